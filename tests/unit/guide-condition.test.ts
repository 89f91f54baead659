import { describe, expect, it } from 'vitest';
import { describeCondition, evaluate, pendingIds, situationIds } from '@/lib/guide';
import { checklistCity } from '../fixtures/checklist-city';

const situations = checklistCity.situations;

describe('evaluate', () => {
  it('gives undefined while the answer is missing, then the answer', () => {
    expect(evaluate('death', {})).toBeUndefined();
    expect(evaluate('death', { death: true })).toBe(true);
    expect(evaluate('death', { death: false })).toBe(false);
    expect(evaluate({ not: 'death' }, { death: false })).toBe(true);
    expect(evaluate({ not: 'death' }, {})).toBeUndefined();
  });

  it('settles "all" as soon as one part is false, and "any" as soon as one is true', () => {
    const all = { all: ['death', 'proxy'] };
    expect(evaluate(all, { death: false })).toBe(false);
    expect(evaluate(all, { death: true })).toBeUndefined();
    expect(evaluate(all, { death: true, proxy: true })).toBe(true);
    const any = { any: ['death', 'proxy'] };
    expect(evaluate(any, { proxy: true })).toBe(true);
    expect(evaluate(any, { proxy: false })).toBeUndefined();
    expect(evaluate(any, { proxy: false, death: false })).toBe(false);
  });

  it('evaluates "(A and B) or C"', () => {
    const c = { any: [{ all: ['death', 'proxy'] }, 'voluntary-withdrawal'] };
    expect(evaluate(c, { 'voluntary-withdrawal': true })).toBe(true);
    expect(evaluate(c, { 'voluntary-withdrawal': false, death: true, proxy: false })).toBe(false);
    expect(evaluate(c, { 'voluntary-withdrawal': false, death: true, proxy: true })).toBe(true);
  });

  it('ignores answers that are not booleans or are inherited', () => {
    expect(evaluate('death', { death: 'yes' } as unknown as Record<string, boolean>)).toBeUndefined();
    expect(evaluate('toString', {})).toBeUndefined();
  });
});

describe('describeCondition', () => {
  it('uses the situation’s own words, whenNo under "not"', () => {
    expect(describeCondition('death', situations)).toEqual({ zh: '因死亡办理时', en: 'When applying because of death' });
    expect(describeCondition({ not: 'local-hukou' }, situations).zh).toBe('外地户籍时');
  });

  it('joins parts with 且/或 and brackets nested groups', () => {
    expect(describeCondition({ all: ['death', 'proxy'] }, situations)).toEqual({
      zh: '因死亡办理时且代办时',
      en: 'When applying because of death and if someone applies on your behalf',
    });
    expect(describeCondition({ any: [{ all: ['death', 'proxy'] }, 'voluntary-withdrawal'] }, situations).zh).toBe(
      '（因死亡办理时且代办时）或主动放弃参保时',
    );
  });
});

describe('situationIds', () => {
  it('lists every id once, in order', () => {
    expect(situationIds({ any: [{ all: ['death', 'proxy'] }, { not: 'death' }] })).toEqual(['death', 'proxy']);
  });
});

describe('pendingIds', () => {
  it('asks the parts of all/any left to right, and nothing once settled', () => {
    const c = { all: ['death', { not: 'proxy' }] };
    expect(pendingIds(c, {})).toEqual(['death']);
    expect(pendingIds(c, { death: true })).toEqual(['proxy']);
    expect(pendingIds(c, { death: false })).toEqual([]);
    expect(pendingIds({ any: ['death', 'proxy'] }, { death: false })).toEqual(['proxy']);
  });
});
