// Accuracy of the site search on the labelled query set (tests/content/search-queries.ts) over the
// real content. The floors are the figures reached when #15 was closed: a change that loses a
// query fails here, and either fixes it or says in its commit why the label was wrong.
import { describe, expect, it } from 'vitest';
import { getCities } from '@/lib/content/load';
import { measureAccuracy } from '@/lib/search/bench';
import { buildCityIndex } from '@/lib/search/build-index';
import { LABELLED_QUERIES } from './search-queries';

const indexes = getCities().map((city) => buildCityIndex(city));

describe('search accuracy on the labelled queries', () => {
  const accuracy = measureAccuracy(indexes, LABELLED_QUERIES);

  it('has at least 200 queries in both languages, of every kind, with items that exist', () => {
    expect(LABELLED_QUERIES.length).toBeGreaterThanOrEqual(200);
    expect(LABELLED_QUERIES.filter((q) => q.locale === 'en').length).toBeGreaterThanOrEqual(50);
    const kinds = new Set(LABELLED_QUERIES.map((q) => q.kind));
    for (const kind of ['typo', 'sound', 'question', 'english', 'pinyin', 'initials', 'abbreviation', 'none'])
      expect(kinds).toContain(kind);
    for (const q of LABELLED_QUERIES) {
      const city = getCities().find((c) => c.id === q.city)!;
      for (const id of q.expect)
        expect(
          city.items.map((i) => i.id),
          `${q.q}: ${q.city}/${id}`,
        ).toContain(id);
    }
  });
  it('ranks a right item first for 99.6% of them (325 of 326 when measured)', () => {
    expect(accuracy.misses.map((m) => `${m.query.city} ${m.query.q} → ${m.got.join(', ') || '(nothing)'}`).length).toBeLessThanOrEqual(1);
    expect(accuracy.top1).toBeGreaterThanOrEqual(0.996);
  });
  it('has a right item among the first three for all of them', () => {
    expect(accuracy.top3).toBe(1);
  });
});
