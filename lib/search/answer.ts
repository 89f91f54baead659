// One answer for every search surface (search page, header search, staff filter): the current
// city's results first, other cities' below, and nothing at all rather than weak matches.
import { search } from './query';
import type { SearchCity, SearchIndex, SearchLocale, SearchResult } from './types';

/** A result must score this much to be shown at all (a title word, a keyword, a document name). */
export const MIN_SCORE = 3.6;
/** …and this share of the best score of its city: "lost card" brings the best few, not thirteen. */
export const MIN_SHARE = 0.5;

/** What a search surface shows for a query. */
export interface SearchAnswer {
  /** The current city's results (best first), then the other cities' (best first). */
  results: SearchResult[];
  /** How many of `results` are the current city's (all of them when no city is given). */
  here: number;
}

/** Options of findServices. */
export interface FindOptions {
  locale: SearchLocale;
  /** The city the resident is in: its results come first. */
  city?: SearchCity;
  /** Most results per city (default 20). */
  limit?: number;
}

/**
 * Search one index per city and answer: results that fit well, the current city's first. A query
 * that fits nothing well gets no results (the surface then says so and offers the catalog).
 */
export function findServices(indexes: readonly SearchIndex[], query: string, options: FindOptions): SearchAnswer {
  const limit = options.limit ?? 20;
  const byCity = indexes.map((index) => {
    const found = search(index, query, { locale: options.locale, limit });
    const best = found[0]?.score ?? 0;
    return found.filter((r) => r.score >= MIN_SCORE && r.score >= best * MIN_SHARE);
  });
  const all = byCity.flat();
  if (!options.city) return { results: all.sort((a, b) => b.score - a.score), here: all.length };
  const here = all.filter((r) => r.city === options.city);
  const elsewhere = all.filter((r) => r.city !== options.city).sort((a, b) => b.score - a.score);
  return { results: [...here, ...elsewhere], here: here.length };
}

/**
 * Unpack one index and run a query over it, so that the first character typed does not pay for it.
 * The search page calls it when the browser is idle after the indexes load, one index at a time.
 */
export function warmUpSearch(index: SearchIndex, locale: SearchLocale): void {
  search(index, locale === 'zh' ? '医保卡' : 'card', { locale, limit: 1 });
}
