import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, normalizeQuery, splitQuery } from '@/lib/search/normalize';

describe('normalizeQuery', () => {
  it('turns full-width letters and spaces into half-width and lower case', () => {
    expect(normalizeQuery('ＹＩＤＩ　备案')).toBe('yidi 备案');
  });
  it('strips punctuation, Chinese and Latin, and collapses spaces', () => {
    expect(normalizeQuery('  门诊，费用报销？！  Hello,   World! ')).toBe('门诊 费用报销 hello world');
  });
  it('drops tone marks so pinyin with tones reads as plain letters', () => {
    expect(normalizeQuery('chángqī jūzhù')).toBe('changqi juzhu');
  });
  it('keeps a dot between digits, for item numbers like 3.1', () => {
    expect(normalizeQuery('3.1')).toBe('3.1');
    expect(normalizeQuery('a.b 3.')).toBe('a b 3');
  });
  it('reduces markup to its words', () => {
    expect(normalizeQuery('<script>alert(1)</script>')).toBe('script alert 1 script');
  });
  it('removes emoji and lone surrogates without throwing', () => {
    expect(normalizeQuery('😀🏥')).toBe('');
    expect(normalizeQuery('\uD800异地\uDC00')).toBe('异地');
  });
  it('cuts long input to the maximum length', () => {
    expect(Array.from(normalizeQuery('异'.repeat(150)))).toHaveLength(MAX_QUERY_LENGTH);
    expect(normalizeQuery('ab '.repeat(10_000)).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });
  it('returns an empty string for anything that is not a string', () => {
    expect(normalizeQuery(undefined)).toBe('');
    expect(normalizeQuery(42)).toBe('');
    expect(normalizeQuery({ toString: () => '异地' })).toBe('');
  });
});

describe('splitQuery', () => {
  it('splits runs of Chinese, Latin letters and digits', () => {
    expect(splitQuery('yidi备案3.1 baby')).toEqual([
      { kind: 'latin', text: 'yidi' },
      { kind: 'han', text: '备案' },
      { kind: 'digits', text: '3.1' },
      { kind: 'latin', text: 'baby' },
    ]);
  });
  it('marks letters of other scripts as other', () => {
    expect(splitQuery('привет')).toEqual([{ kind: 'other', text: 'привет' }]);
  });
});
