// Timing helper for the benchmark script: how long search() takes per query.
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
