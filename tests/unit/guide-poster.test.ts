import { describe, expect, it } from 'vitest';
import { planPosterSheets, resolveGuide, type GuideView } from '@/lib/guide';
import { checklistCity as city } from '../fixtures/checklist-city';

const view = (id: string) =>
  resolveGuide(
    city,
    city.items.find((i) => i.id === id)!,
  );
const docKeys = (sheets: ReturnType<typeof planPosterSheets>) =>
  sheets.flatMap((s) => s.groups.flatMap((g) => g.documents.map((d) => d.key)));

// A view made long by repeating one document's wording, to force continuation sheets.
function longView(): GuideView {
  const v = view('account-withdrawal');
  const long = (d: GuideView['common'][number], i: number) => ({
    ...d,
    key: `long${i}`,
    wording: { zh: d.wording.zh.repeat(20), en: d.wording.en.repeat(10) },
  });
  return { ...v, common: [...v.common, ...v.common.map(long), ...v.common.map((d, i) => long(d, i + 100))] };
}

describe('planPosterSheets', () => {
  it('gives a short item without cases one sheet with everything', () => {
    const sheets = planPosterSheets(view('account-withdrawal'), 'zh');
    expect(sheets).toHaveLength(1);
    expect(sheets[0].rest).toBe(true);
    expect(docKeys(sheets).sort()).toEqual(
      view('account-withdrawal')
        .common.map((d) => d.key)
        .sort(),
    );
  });

  it('gives each case its own sheet, repeating the common documents', () => {
    const v = view('employee-registration');
    const sheets = planPosterSheets(v, 'en');
    expect(sheets.map((s) => s.caseItem?.id)).toEqual(['add', 'suspend', 'terminate', 'retire']);
    for (const s of sheets) expect(s.groups[0].documents.map((d) => d.doc)).toEqual(['employee-enrolment-form']);
  });

  it('continues a long item on further sheets, whole groups at a time, every document once, the rest last', () => {
    const v = longView();
    const sheets = planPosterSheets(v, 'zh');
    expect(sheets.length).toBeGreaterThan(1);
    expect(sheets.map((s) => s.rest)).toEqual([...sheets.slice(1).map(() => false), true]);
    expect(docKeys(sheets).sort()).toEqual(v.common.map((d) => d.key).sort());
  });
});
