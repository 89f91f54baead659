import { describe, expect, it } from 'vitest';
import {
  buildChecklist,
  checklistLines,
  decodeSelection,
  decodeTicks,
  emptySelection,
  encodeSelection,
  encodeTicks,
  readTicksParam,
  type ChecklistLine,
} from '@/lib/checklist';
import { tickCode } from '@/lib/checklist/ticks';
import { checklistCity as city } from '../fixtures/checklist-city';

const list = buildChecklist(city, {
  ...emptySelection('kaiyuan'),
  items: ['outpatient-reimbursement', 'inpatient-reimbursement', 'account-withdrawal'],
});
const lines = checklistLines(list);
const keys = (n: number[]) => new Set(n.map((i) => lines[i].key));

describe('ticks in the share URL', () => {
  it('round-trips any set of ticks through a short parameter', () => {
    expect(lines.length).toBeGreaterThan(6);
    for (const picked of [[], [0], [1, 3, 5], lines.map((_, i) => i)]) {
      const value = encodeTicks(lines, keys(picked));
      expect(decodeTicks(lines, value)).toEqual(keys(picked));
      // Four characters a tick (more only where two lines share a prefix), plus a comma between.
      if (picked.length) expect(value.length).toBeLessThanOrEqual(picked.length * 5 - 1);
    }
    expect(encodeTicks(lines, new Set())).toBe('');
  });

  it('reads ticks from a whole link, alongside the selection, and tells a link without ticks apart', () => {
    const value = encodeTicks(lines, keys([0, 2]));
    const query = `${encodeSelection(decodeSelection(city, `items=outpatient-reimbursement`).selection)}&t=${value}`;
    expect(readTicksParam(`https://example.org/zh/checklist/?${query}`)).toBe(value);
    expect(readTicksParam('city=kaiyuan&items=outpatient-reimbursement')).toBeUndefined();
    expect(readTicksParam('city=kaiyuan&T=')).toBe('');
    // The selection decoder ignores the parameter, so old and new links decode alike.
    expect(decodeSelection(city, query).problems).toEqual([]);
  });

  it('keeps ticks when the list is reordered or grows, and drops only the tick of a line that is gone', () => {
    const value = encodeTicks(lines, keys([0, 1]));
    const reordered = checklistLines(
      buildChecklist(city, {
        ...emptySelection('kaiyuan'),
        items: ['account-withdrawal', 'inpatient-reimbursement', 'outpatient-reimbursement', 'maternity-allowance'],
      }),
    );
    expect(decodeTicks(reordered, value)).toEqual(keys([0, 1]));
    const fewer = lines.filter((l) => l.key !== lines[0].key);
    expect(decodeTicks(fewer, value)).toEqual(keys([1]));
  });

  it('lengthens a code that another line shares, and ignores a code that matches two lines', () => {
    // Two made-up lines whose codes share their first four characters.
    const line = (key: string) => ({ key }) as ChecklistLine;
    const byPrefix = new Map<string, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; !pair; i++) {
      const key = `doc-${i}~x`;
      const prefix = tickCode(key).slice(0, 4);
      const other = byPrefix.get(prefix);
      if (other) pair = [other, key];
      else byPrefix.set(prefix, key);
    }
    const clashing = [line(pair[0]), line(pair[1])];
    const value = encodeTicks(clashing, new Set([pair[1]]));
    expect(value.length).toBeGreaterThan(4);
    expect(decodeTicks(clashing, value)).toEqual(new Set([pair[1]]));
    expect(decodeTicks(clashing, value.slice(0, 4))).toEqual(new Set());
  });

  it('ignores malformed, unknown and repeated codes, and never throws', () => {
    const good = encodeTicks(lines, keys([2]));
    for (const value of [undefined, '', ',,,', 'zzzzzzzz', '<script>', '%%%', '__proto__', 'ab', `${good},${good}`, 'x'.repeat(100_000)]) {
      const ticked = decodeTicks(lines, value);
      expect([...ticked].every((k) => lines.some((l) => l.key === k))).toBe(true);
    }
    expect(decodeTicks(lines, ` ${good.toUpperCase()} ,nope`)).toEqual(keys([2]));
  });
});
