import { describe, expect, it } from 'vitest';
import { buildChecklist, checklistBeforeYouGo, emptySelection } from '@/lib/checklist';
import { beforeYouGo, resolveGuide } from '@/lib/guide';
import { checklistCity } from '../fixtures/checklist-city';

const summary = (id: string) => {
  const item = checklistCity.items.find((i) => i.id === id)!;
  return beforeYouGo(checklistCity, resolveGuide(checklistCity, item));
};

describe('beforeYouGo', () => {
  it('counts the documents everyone brings, originals and photocopies apart from those that depend on an answer', () => {
    expect(summary('outpatient-reimbursement').documents).toEqual({
      always: 3,
      originals: 1,
      copies: 2,
      depending: 1,
      optional: 0,
      cases: 0,
    });
  });
  it('sorts the ways to apply into visits and ways that need none', () => {
    const s = summary('outpatient-reimbursement');
    expect(s.inPerson.map((c) => c.kind)).toEqual(['window']);
    expect(s.inPerson[0].windows).toEqual(['5', '6']);
    expect(s.remote.map((c) => c.kind)).toEqual(['online', 'mobile']);
    expect(summary('inpatient-reimbursement').inPerson.map((c) => c.kind)).toEqual(['window', 'institution']);
  });
  it('gives the item’s own phone first, else the city’s hotline', () => {
    expect(summary('outpatient-reimbursement').phone?.number).toBe('11110001');
    const noPhone = checklistCity.items.find((i) => i.phones.length === 0)!;
    expect(beforeYouGo(checklistCity, resolveGuide(checklistCity, noPhone)).phone?.number).toBe('11110000');
  });
  it('lists what may follow later (容缺) and what makes the office refuse, only where the source links them', () => {
    for (const item of checklistCity.items) {
      const s = beforeYouGo(checklistCity, resolveGuide(checklistCity, item));
      expect(s.later.every((d) => d.tolerated)).toBe(true);
      const linked = checklistCity.prohibited.flatMap((l) => l.entries.filter((e) => e.items.includes(item.id)));
      expect(s.refused.map((r) => r.matter)).toEqual(linked.map((e) => e.matter));
    }
    expect(checklistCity.items.some((i) => beforeYouGo(checklistCity, resolveGuide(checklistCity, i)).later.length > 0)).toBe(true);
  });
});

describe('checklistBeforeYouGo', () => {
  const select = (items: string[], answers: Record<string, boolean> = {}) =>
    buildChecklist(checklistCity, { ...emptySelection('kaiyuan'), items, answers });

  it('is the service page’s summary when one service is chosen', () => {
    const item = checklistCity.items.find((i) => i.id === 'outpatient-reimbursement')!;
    const one = checklistBeforeYouGo(checklistCity, select([item.id]));
    const page = beforeYouGo(checklistCity, resolveGuide(checklistCity, item));
    expect(one.documents).toEqual(page.documents);
    expect(one.inPerson).toEqual(page.inPerson);
    expect(one.remote).toEqual(page.remote);
    expect(one.phone).toEqual(page.phone);
  });

  it('counts a document two services share once, and a place both use once', () => {
    const ids = ['outpatient-reimbursement', 'inpatient-reimbursement'];
    const both = checklistBeforeYouGo(checklistCity, select(ids));
    const list = select(ids);
    const lines = list.groups.flatMap((g) => g.lines).filter((l) => !l.document.optional);
    expect(both.documents.always + both.documents.depending).toBe(lines.length);
    const sum = ids.map((id) => summary(id).documents.always).reduce((a, b) => a + b, 0);
    expect(both.documents.always).toBeLessThan(sum);
    const places = both.inPerson.map((c) => JSON.stringify(c));
    expect(new Set(places).size).toBe(places.length);
  });

  it('follows the answers: a document needed because of a “yes” counts as one to bring', () => {
    const before = checklistBeforeYouGo(checklistCity, select(['outpatient-reimbursement']));
    const yes = checklistBeforeYouGo(checklistCity, select(['outpatient-reimbursement'], { proxy: true }));
    const no = checklistBeforeYouGo(checklistCity, select(['outpatient-reimbursement'], { proxy: false }));
    expect(before.documents.depending).toBeGreaterThan(0);
    expect(yes.documents.always).toBe(before.documents.always + before.documents.depending);
    expect(no.documents).toMatchObject({ always: before.documents.always, depending: 0 });
  });
});
