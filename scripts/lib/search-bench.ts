// The search part of `npm run bench` (also `npx tsx scripts/lib/search-bench.ts` alone, no build
// needed): per-city index sizes from out/ when built, accuracy on the labelled queries and query
// time, all through findServices as the pages call it.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { getCities } from '../../lib/content/load';
import { findServices } from '../../lib/search/answer';
import { measureAccuracy, quantile } from '../../lib/search/bench';
import { buildCityIndex, serializeSearchIndex } from '../../lib/search/build-index';
import type { SearchIndex } from '../../lib/search/types';
import { LABELLED_QUERIES } from '../../tests/content/search-queries';

export function benchSearch(runs = 20) {
  const sizes: { city: string; raw: number; gzip: number }[] = [];
  const indexes = getCities().map((city) => {
    const file = `out/search-index/${city.id}.json`;
    const raw = existsSync(file) ? readFileSync(file) : Buffer.from(serializeSearchIndex(buildCityIndex(city)));
    sizes.push({ city: city.id, raw: raw.length, gzip: gzipSync(raw).length });
    return JSON.parse(raw.toString('utf8')) as SearchIndex;
  });
  const accuracy = measureAccuracy(indexes, LABELLED_QUERIES);
  // Each query as typed from its city, over both cities' indexes; the first pass unpacks them.
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    for (const q of LABELLED_QUERIES) {
      const start = performance.now();
      findServices(indexes, q.q, { locale: q.locale, city: q.city });
      if (r > 0) times.push(performance.now() - start);
    }
  }
  const timing = { medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95), maxMs: Math.max(...times) };
  return { sizes, accuracy, timing };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { sizes, accuracy, timing } = benchSearch();
  const held = measureAccuracy(
    getCities().map((c) => buildCityIndex(c)),
    LABELLED_QUERIES.filter((q) => q.heldOut),
  );
  for (const s of sizes) console.log(`index ${s.city}: ${(s.raw / 1024).toFixed(1)} KB, ${(s.gzip / 1024).toFixed(1)} KB gzipped`);
  console.log(
    `accuracy: top-1 ${(accuracy.top1 * 100).toFixed(1)}%, top-3 ${(accuracy.top3 * 100).toFixed(1)}% on ${accuracy.total} queries`,
  );
  console.log(`  of which held out: top-1 ${(held.top1 * 100).toFixed(1)}%, top-3 ${(held.top3 * 100).toFixed(1)}% on ${held.total}`);
  for (const m of accuracy.misses) console.log(`  miss: ${m.query.city} "${m.query.q}" → ${m.got.join(', ') || '(nothing)'}`);
  console.log(`query time: median ${timing.medianMs.toFixed(3)} ms, p95 ${timing.p95Ms.toFixed(3)} ms, max ${timing.maxMs.toFixed(1)} ms`);
}
