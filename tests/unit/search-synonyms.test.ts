// Checks the shape of the editable synonyms list (content/search/synonyms.ts), not its wording,
// so editors may add and change entries freely; search behaviour is tested on fixtures.
import { describe, expect, it } from 'vitest';
import { synonyms } from '@/content/search/synonyms';
import { normalizeQuery } from '@/lib/search/normalize';

describe('content/search/synonyms.ts', () => {
  it('has entries with everyday terms and official terms', () => {
    expect(synonyms.length).toBeGreaterThanOrEqual(20);
    synonyms.forEach((entry, i) => {
      expect(entry.terms.length, `entry ${i}`).toBeGreaterThan(0);
      expect(entry.official.length, `entry ${i}`).toBeGreaterThan(0);
    });
  });
  it('has no term too short to mean anything after normalising', () => {
    for (const term of synonyms.flatMap((e) => e.terms)) expect(Array.from(normalizeQuery(term)).length, term).toBeGreaterThanOrEqual(2);
  });
  it('has no empty official term', () => {
    for (const term of synonyms.flatMap((e) => e.official)) expect(term.trim(), JSON.stringify(term)).not.toBe('');
  });
  it('serves both languages', () => {
    const han = /\p{Script=Han}/u;
    const terms = synonyms.flatMap((e) => e.terms);
    expect(terms.some((t) => han.test(t))).toBe(true);
    expect(terms.some((t) => /^[a-z ]+$/i.test(t))).toBe(true);
  });
});
