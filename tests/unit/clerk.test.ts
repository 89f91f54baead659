import { describe, expect, it } from 'vitest';
import { buildChecklist, checklistLines, clerkSheet, emptySelection } from '@/lib/checklist';
import { wrapText } from '@/lib/text-wrap';
import { checklistCity as city } from '../fixtures/checklist-city';

const list = buildChecklist(city, {
  ...emptySelection('kaiyuan'),
  items: ['outpatient-reimbursement', 'account-withdrawal', 'employee-registration'],
  scenarios: { 'employee-registration': 'add' },
});
const lines = checklistLines(list);

describe('clerkSheet', () => {
  it('lists ticked and missing documents apart, each once, in list order, in the model’s Chinese', () => {
    const ticks = new Set([lines[1].key, lines[3].key]);
    const sheet = clerkSheet(list, ticks);
    expect(sheet.ticked.map((d) => d.key)).toEqual([lines[1].key, lines[3].key]);
    expect(sheet.missing).toHaveLength(lines.length - 2);
    expect([...sheet.ticked, ...sheet.missing].map((d) => d.key).sort()).toEqual(lines.map((l) => l.key).sort());
    for (const d of [...sheet.ticked, ...sheet.missing]) {
      const line = lines.find((l) => l.key === d.key)!;
      expect(d.wording).toBe(line.document.wording.zh);
      expect(d.marks).toEqual(line.document.marks.map((m) => m.zh));
      expect(d.condition).toBe(line.document.status === 'depends' ? line.document.conditionText?.zh : undefined);
    }
  });

  it('names every service with its chosen case, and carries every tip of every service', () => {
    const sheet = clerkSheet(list, new Set());
    expect(sheet.items.map((i) => i.title)).toEqual(list.items.map((v) => v.title.zh));
    expect(sheet.items.find((i) => i.id === 'employee-registration')?.case).toBe(
      city.items.find((i) => i.id === 'employee-registration')!.scenarios.find((s) => s.id === 'add')!.title.zh,
    );
    const tips = list.items.flatMap((v) => v.tips.map((t) => t.zh));
    expect(tips.length).toBeGreaterThan(0);
    expect(sheet.tips.flatMap((t) => t.tips)).toEqual(tips);
  });

  it('ignores ticks of lines that are not on the list', () => {
    expect(clerkSheet(list, new Set(['nope~1'])).ticked).toEqual([]);
  });
});

describe('wrapText', () => {
  // Every character is 10 wide.
  const measure = (s: string) => Array.from(s).length * 10;

  it('breaks Chinese between any two characters and keeps every character', () => {
    const text = '出生后90天内参保缴费的，自出生之日起享受待遇';
    const out = wrapText(text, 80, measure);
    expect(out.every((l) => measure(l) <= 80)).toBe(true);
    expect(out.join('')).toBe(text);
  });

  it('keeps Latin words whole where they fit, cuts one that cannot fit, and keeps line breaks', () => {
    expect(wrapText('send to hall.example.org today', 120, measure)).toEqual(['send to', 'hall.example', '.org today']);
    expect(wrapText('a\nb', 100, measure)).toEqual(['a', 'b']);
    expect(wrapText('', 100, measure)).toEqual(['']);
  });
});

describe('wrapText and Chinese punctuation', () => {
  it('never starts a line with closing punctuation', () => {
    const measure = (s: string) => Array.from(s).length * 10;
    const out = wrapText('一二三四五六七。八九）十', 70, measure);
    expect(out.every((l) => !/^[。）]/.test(l))).toBe(true);
    expect(out.join('')).toBe('一二三四五六七。八九）十');
  });
});
