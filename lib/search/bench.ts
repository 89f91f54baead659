// Timing helper for the benchmark script: how long search() takes per query.
import { findServices, type FindOptions, type SearchAnswer } from './answer';
import { search } from './query';
import type { SearchIndex, SearchOptions } from './types';

/** Per-query timings in milliseconds. */
export interface QueryTimings {
  /** Median over all runs of all queries. */
  medianMs: number;
  /** 95th percentile over all runs of all queries. */
  p95Ms: number;
  /** Slowest single run. */
  maxMs: number;
  /** Median per query, in the order given. */
  perQuery: { query: string; medianMs: number }[];
}

/**
 * Run every query `runs` times (after one warm-up run that also unpacks the index) and report
 * median, 95th percentile and maximum milliseconds per query, using performance.now().
 */
export function measureQueries(
  index: SearchIndex,
  queries: readonly string[],
  runs = 20,
  options: SearchOptions = { locale: 'zh' },
): QueryTimings {
  const all: number[] = [];
  const perQuery = queries.map((query) => {
    search(index, query, options);
    const times: number[] = [];
    for (let r = 0; r < Math.max(1, runs); r++) {
      const start = performance.now();
      search(index, query, options);
      times.push(performance.now() - start);
    }
    all.push(...times);
    return { query, medianMs: quantile(times, 0.5) };
  });
  return { medianMs: quantile(all, 0.5), p95Ms: quantile(all, 0.95), maxMs: all.length ? Math.max(...all) : 0, perQuery };
}

/** The q-quantile of the values (nearest rank, from below); 0 for none. */
export function quantile(values: number[], q: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** A query with the items of its city that answer it ([] when nothing fits). */
export interface LabelledSearch {
  q: string;
  city: string;
  locale: 'zh' | 'en';
  expect: readonly string[];
}

/** Accuracy on labelled queries, with the ones that missed. */
export interface Accuracy {
  total: number;
  /** Share whose first result in the city is right (or, for nothing-fits queries, that show nothing there). */
  top1: number;
  /** Share with a right item among the city's first three (nothing-fits: as top1). */
  top3: number;
  /** Queries whose first result was wrong, with what came first. */
  misses: { query: LabelledSearch; got: string[] }[];
}

/** Run every labelled query through findServices (or another engine's `find`) from its city and score the answers. */
export function measureAccuracy<I = SearchIndex>(
  indexes: readonly I[],
  queries: readonly LabelledSearch[],
  find: (indexes: readonly I[], query: string, options: FindOptions) => SearchAnswer = findServices as never,
): Accuracy {
  let top1 = 0;
  let top3 = 0;
  const misses: Accuracy['misses'] = [];
  for (const query of queries) {
    const answer = find(indexes, query.q, { locale: query.locale, city: query.city });
    const here = answer.results.slice(0, answer.here).map((r) => r.id);
    const right = (ids: string[]) => (query.expect.length ? ids.some((id) => query.expect.includes(id)) : here.length === 0);
    if (right(here.slice(0, 1))) top1++;
    else misses.push({ query, got: here.slice(0, 3) });
    if (right(here.slice(0, 3))) top3++;
  }
  const n = Math.max(1, queries.length);
  return { total: queries.length, top1: top1 / n, top3: top3 / n, misses };
}
