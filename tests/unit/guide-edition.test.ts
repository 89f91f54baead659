import { describe, expect, it } from 'vitest';
import { changesForItem, changesSince, editionQuery, editionView, parseEditionParam } from '@/lib/guide';
import { EditionSchema } from '@/content/schema';
import { editionCity } from '../fixtures/edition-city';

const edition = editionView(editionCity);
const dates = (changes: { date: string }[]) => changes.map((c) => c.date);

describe('editionView', () => {
  it('gives the checked date, the first publication and the later changes newest first', () => {
    expect(edition.checked).toBe('2026-04-05');
    expect(edition.published).toEqual({ date: '2026-03-01', summary: { zh: '首次发布', en: 'First published' }, items: [] });
    expect(dates(edition.changes)).toEqual(['2026-04-01', '2026-04-01', '2026-03-20', '2026-03-10']);
  });

  it('keeps the log’s order within a day', () => {
    expect(edition.changes.slice(0, 2).map((c) => c.summary.en)).toEqual(['Floors on every page', 'English wording']);
  });

  it('leaves out, for one language’s readers, changes to the other language only', () => {
    expect(editionView(editionCity, 'zh').changes.map((c) => c.summary.en)).not.toContain('English wording');
    expect(editionView(editionCity, 'en').changes).toEqual(edition.changes);
  });

  it('names the items of a change in official order, with their numbers and titles', () => {
    expect(edition.changes[3].items).toEqual([
      { id: 'registration', number: '1', title: { zh: '参保登记', en: 'Enrolment' } },
      { id: 'transfer', number: '3', title: { zh: '转移', en: 'Transfer' } },
    ]);
    expect(edition.changes[0].items).toEqual([]);
    expect(edition.changes[1].items.map((i) => i.id)).toEqual(['reimbursement']);
  });
});

describe('parseEditionParam', () => {
  it('accepts a date that exists, trimmed', () => {
    expect(parseEditionParam('2026-03-10')).toBe('2026-03-10');
    expect(parseEditionParam(' 2028-02-29 ')).toBe('2028-02-29');
  });

  it.each([
    null,
    undefined,
    '',
    'yesterday',
    '2026-3-10',
    '20260310',
    '2026-02-30',
    '2026-13-01',
    '2026-03-10x',
    '<script>',
    '2026-03-10?ed=1',
  ])('refuses %j', (raw) => expect(parseEditionParam(raw)).toBeUndefined());
});

describe('changesSince', () => {
  it('lists the changes after a printed edition, newest first', () => {
    expect(dates(changesSince(edition, '2026-03-15'))).toEqual(['2026-04-01', '2026-04-01', '2026-03-20']);
  });

  it('counts a change made on the printed day as already in the printout', () => {
    expect(dates(changesSince(edition, '2026-03-20'))).toEqual(['2026-04-01', '2026-04-01']);
  });

  it('shows nothing for the current edition, a later one, or a parameter that is not a date', () => {
    for (const ed of ['2026-04-05', '2026-04-02', '2099-01-01', 'garbage', '2026-02-31', null, undefined])
      expect(changesSince(edition, ed)).toEqual([]);
  });

  it('reads a date before the first publication as the first edition', () => {
    expect(dates(changesSince(edition, '1999-01-01'))).toEqual(['2026-04-01', '2026-04-01', '2026-03-20', '2026-03-10']);
    expect(changesSince(edition, '1999-01-01')).toEqual(changesSince(edition, '2026-03-01'));
  });
});

describe('changesForItem', () => {
  const since = changesSince(edition, '2026-03-01');

  it('puts an item’s own changes and changes to the whole guide first, the rest after', () => {
    const { item, other } = changesForItem(since, 'transfer');
    expect(dates(item)).toEqual(['2026-04-01', '2026-03-10']);
    expect(dates(other)).toEqual(['2026-04-01', '2026-03-20']);
  });

  it('lists every change as the page’s own on a page of no item', () => {
    expect(changesForItem(since, undefined)).toEqual({ item: since, other: [] });
  });
});

describe('EditionSchema', () => {
  const first = { date: '2026-03-01', summary: { zh: '首次发布', en: 'First published' } };
  const issues = (value: unknown) => {
    const r = EditionSchema.safeParse(value);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('refuses entries out of date order, after the edition date, or on a day that does not exist', () => {
    expect(issues({ checked: '2026-03-31', changes: [first, { ...first, date: '2026-02-01' }] })).toEqual([
      'changes.1.date: 2026-02-01 is before the entry above it (2026-03-01); keep entries in date order',
    ]);
    expect(issues({ checked: '2026-03-31', changes: [first, { ...first, date: '2026-04-01' }] })).toEqual([
      'changes.1.date: 2026-04-01 is after the edition date (checked: 2026-03-31); move checked forward',
    ]);
    expect(issues({ checked: '2026-03-31', changes: [{ ...first, date: '2026-02-30' }] })).toEqual([
      'changes.0.date: expected a date that exists, as YYYY-MM-DD',
    ]);
    expect(issues({ checked: '2026-03-31', changes: [] })).toEqual(['changes: expected at least the first publication']);
  });
});

it('editionQuery is the ?ed= a printout’s QR code carries', () => {
  expect(editionQuery('2026-11-30')).toBe('?ed=2026-11-30');
});
