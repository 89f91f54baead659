// Issue #15, "a maintained engine underneath": the same search with MiniSearch doing the inverted
// index, BM25 ranking, prefix and fuzzy matching, and only what is ours plugged in: Chinese cut as our
// engine cuts it (character pairs), pinyin and sound-alike expansion (the index's readings and
// sound table), synonyms, question frames, other offices' business and intents (parseQuery), the
// coverage rule and the city grouping of findServices. Measured on the same labelled queries, per-city
// indexes and timing loop as scripts/lib/search-bench.ts, side by side with the hand-written engine.
//
//   npm run bench:search-library      (no build needed; uses out/search-index/*.json when built)
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import MiniSearch, { type Query, type SearchOptions as MiniOptions } from 'minisearch';
import { getCities } from '../../lib/content/load';
import { findServices, MIN_SHARE, type FindOptions, type SearchAnswer } from '../../lib/search/answer';
import { measureAccuracy, quantile, type Accuracy } from '../../lib/search/bench';
import { buildCityIndex, serializeSearchIndex } from '../../lib/search/build-index';
import { maxEdits, stem, tokenizeEnglish } from '../../lib/search/english';
import { normalizeQuery, splitQuery } from '../../lib/search/normalize';
import { splitSyllables } from '../../lib/search/pinyin-match';
import { prepareIndex, type PreparedIndex, type PreparedItem, type PreparedText } from '../../lib/search/prepare';
import { parseQuery, type Unit } from '../../lib/search/query';
import type { SearchIndex, SearchResult } from '../../lib/search/types';
import { LABELLED_QUERIES } from '../../tests/content/search-queries';

/** The knobs tuned by hand (see bench/README.md for what was tried). */
export interface Tuning {
  /** Field boosts: title, keywords, body (Chinese and English alike). */
  title: number;
  keywords: number;
  body: number;
  /** Weight of pinyin/sound-alike matches (syllable pairs) against the characters themselves. */
  sound: number;
  /** Weight of initials (yd, ba) matches. */
  initials: number;
  /** Weight of a synonym's official term against the term typed. */
  synonym: number;
  /** MiniSearch fuzzy for English words: 'ours' = our maxEdits (0 below 5 letters, 1, 2 from 8), or a fraction. */
  fuzzy: 'ours' | number;
  /** Prefix search on the last English word / pinyin syllable. */
  prefix: boolean;
  /** Part of the query (by unit weight) an item must match, as findServices' engine requires. */
  minCoverage: number;
  /** Smallest score shown, as a share of the best score of any city for this query (MIN_SCORE analogue). */
  minScore: number;
  /** Bonus factor when the query is the item's title (our titleBonus, +30% of the best). */
  titleBonus: number;
  /** Factor for organisation-only items (residents' items first on a near tie). */
  organisation: number;
  /** Scores within this share of the best are a tie (then official order). */
  tie: number;
  /** Show only items matched somewhere other than the body text (our MIN_SCORE: a title word, a keyword, a document name). */
  strongOnly: boolean;
  /** Score an alternative by its mean term score rather than the sum (a long official phrase does not outweigh a short one). */
  perTerm: boolean;
  bm25: { k: number; b: number; d: number };
}

export const DEFAULT_TUNING: Tuning = {
  title: 3,
  keywords: 2,
  body: 1,
  sound: 0.6,
  initials: 0.5,
  synonym: 0.75,
  fuzzy: 'ours',
  prefix: true,
  minCoverage: 0.5,
  minScore: 0,
  titleBonus: 0.3,
  organisation: 0.93,
  tie: 0.03,
  strongOnly: true,
  perTerm: true,
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
};

const ZH = ['tZh', 'kZh', 'bZh'] as const;
const EN = ['tEn', 'kEn', 'bEn'] as const;
const PY = ['pT', 'pK'] as const;
const INI = ['iT', 'iK'] as const;
const FIELDS = [...ZH, ...EN, ...PY, ...INI, 'n'];

/** One city: its unpacked index (for our plugins and the results) and the MiniSearch index. */
export interface LibraryCity {
  index: SearchIndex;
  prepared: PreparedIndex;
  mini: MiniSearch<PreparedItem>;
}

// ---------------------------------------------------------------------------------------------
// Tokenizer: our normalisation, Chinese as character pairs (as matchHan cuts a query), English
// words with our stem, pinyin and initials as syllable pairs from the index's readings.

/** Chinese runs → overlapping character pairs (a lone character stays itself); digits and Latin words whole. */
function hanTokens(text: string): string[] {
  const out: string[] = [];
  for (const p of splitQuery(normalizeQuery(text))) {
    if (p.kind === 'han') {
      const chars = Array.from(p.text);
      if (chars.length === 1) out.push(p.text);
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
    } else if (p.kind === 'digits' || p.kind === 'latin') out.push(p.text);
  }
  return out;
}

/** Syllable pairs (whole syllables, every reading) and initial pairs of the Han runs of a text with readings. */
function pinyinTokens(t: PreparedText, initials: boolean): string[] {
  const out: string[] = [];
  const r = t.readings;
  if (!r) return out;
  for (let i = 0; i < r.length; i++) {
    if (!r[i].length) continue;
    const next = r[i + 1];
    const lone = !next?.length && !r[i - 1]?.length;
    if (initials) {
      const a = new Set(r[i].map((x) => x[0]));
      if (next?.length) for (const x of a) for (const y of new Set(next.map((z) => z[0]))) out.push(x + y);
    } else if (next?.length) for (const x of r[i]) for (const y of next) out.push(x + y);
    else if (lone) out.push(...r[i]);
  }
  return out;
}

function textsOf(item: PreparedItem, zh: boolean, field: 0 | 1 | 2): PreparedText[] {
  return (zh ? item.zh : item.en).filter((t) => t.field === field);
}

function extractField(item: PreparedItem, name: string): string | number {
  switch (name) {
    case 'order':
      return item.order;
    case 'tZh':
    case 'kZh':
    case 'bZh':
    case 'tEn':
    case 'kEn':
    case 'bEn': {
      const field = name[0] === 't' ? 0 : name[0] === 'k' ? 1 : 2;
      return textsOf(item, name.endsWith('Zh'), field)
        .map((t) => t.text)
        .join('\n');
    }
    case 'pT':
    case 'iT':
      return pinyinTokens(item.titleZh, name[0] === 'i').join(' ');
    case 'pK':
    case 'iK':
      // Keywords and the short document names that have readings in the index.
      return item.zh
        .filter((t) => t.field !== 0 && t.readings)
        .flatMap((t) => pinyinTokens(t, name[0] === 'i'))
        .join(' ');
    case 'n':
      return item.number;
    default:
      return '';
  }
}

function tokenize(text: string, field?: string): string[] {
  if (!field) return text.split(' ').filter(Boolean);
  if (field.endsWith('Zh')) return hanTokens(text);
  if (field.endsWith('En')) return tokenizeEnglish(text).map((w) => w.w);
  return text.split(' ').filter(Boolean);
}

function processTerm(term: string, field?: string): string {
  return field?.endsWith('En') ? stem(term) : term;
}

function miniOptions() {
  return {
    fields: FIELDS,
    idField: 'order',
    extractField,
    tokenize,
    processTerm,
    // Queries are built as final terms below: no further cutting or stemming at search time.
    searchOptions: { tokenize: (s: string) => [s], processTerm: (s: string) => s },
  };
}

/** Build one city's MiniSearch index from our per-city search index. */
export function buildLibraryCity(index: SearchIndex): LibraryCity {
  const prepared = prepareIndex(index)!;
  const mini = new MiniSearch<PreparedItem>(miniOptions());
  mini.addAll(prepared.items);
  return { index, prepared, mini };
}

// ---------------------------------------------------------------------------------------------
// Query plugins: our units → a MiniSearch query tree, each unit's terms remembered for coverage.

/** One way a unit may match: a MiniSearch query, and the slots (any term of each) that say how much of the unit it found. */
interface Alternative {
  query: Query;
  slots: Set<string>[];
  /** Number of query terms (a long phrase adds up many BM25 terms; perTerm divides by this). */
  terms: number;
}
/** A unit of the query: its weight and its alternatives (the best one per item counts, as in our engine). */
interface PlannedUnit {
  w: number;
  alternatives: Alternative[];
}

/** A syllable run for typed letters: whole syllables, the last possibly cut short while typing. */
function syllablesOf(letters: string, known: ReadonlySet<string>): { syllables: string[]; partial: boolean } | undefined {
  const whole = splitSyllables(letters, known);
  if (whole) return { syllables: whole, partial: false };
  for (let cut = letters.length - 1; cut >= 2 && cut >= letters.length - 5; cut--) {
    const head = splitSyllables(letters.slice(0, cut), known);
    if (head) return { syllables: [...head, letters.slice(cut)], partial: true };
  }
  return undefined;
}

function pairs<T>(list: T[]): [T, T][] {
  return list.slice(0, -1).map((x, i) => [x, list[i + 1]]);
}

function plan(units: Unit[], prepared: PreparedIndex, t: Tuning): PlannedUnit[] {
  const zhBoost = { tZh: t.title, kZh: t.keywords, bZh: t.body };
  const enBoost = { tEn: t.title, kEn: t.keywords, bEn: t.body };
  const pyBoost = { pT: t.title, pK: t.keywords };
  const iniBoost = { iT: t.title, iK: t.keywords };
  const weighted = (w: number): Pick<MiniOptions, 'boostTerm'> => ({ boostTerm: () => w });
  const fuzzy = (term: string) => (t.fuzzy === 'ours' ? maxEdits(term) : t.fuzzy);
  const hanGrams = (text: string) => {
    const chars = Array.from(text);
    return chars.length === 1 ? [text] : pairs(chars).map(([a, b]) => a + b);
  };

  return units.map((unit): PlannedUnit => {
    const alternatives: Alternative[] = [];
    const w = unit.w;
    if (unit.k === 'han') {
      const grams = hanGrams(unit.text);
      const chars = Array.from(unit.text);
      const sounds = unit.sounds.length === chars.length ? unit.sounds : [];
      const heard = sounds.length >= 2 ? pairs(sounds).map(([a, b]) => a.flatMap((x) => b.map((y) => x + y))) : [];
      alternatives.push({
        query: { queries: grams, fields: [...ZH], boost: zhBoost, prefix: chars.length === 1, ...weighted(w) },
        slots: grams.map((g) => new Set([g])),
        terms: grams.length,
      });
      if (heard.length && heard.every((h) => h.length))
        alternatives.push({
          query: { queries: heard.flat(), fields: [...PY], boost: pyBoost, ...weighted(w * t.sound) },
          slots: heard.map((h) => new Set(h)),
          terms: heard.length,
        });
    } else if (unit.k === 'latin') {
      const word = stem(unit.text);
      alternatives.push({
        query: {
          queries: [word],
          fields: [...EN],
          boost: enBoost,
          prefix: t.prefix && unit.text.length >= 3,
          fuzzy: fuzzy(unit.text),
          ...weighted(w),
        },
        slots: [new Set([word])],
        terms: 1,
      });
      const py = syllablesOf(unit.text, prepared.syllables);
      if (py) {
        const grams = py.syllables.length === 1 ? py.syllables : pairs(py.syllables).map(([a, b]) => a + b);
        alternatives.push({
          query: {
            queries: grams,
            fields: [...PY],
            boost: pyBoost,
            prefix: (_, i, all) => t.prefix && (py.syllables.length === 1 || (py.partial && i === all.length - 1)),
            ...weighted(w * t.sound),
          },
          slots: grams.map((g) => new Set([g])),
          terms: grams.length,
        });
      } else if (unit.text.length >= 2 && unit.text.length <= 8) {
        const letters = unit.text.match(/[zcs]h|[a-z]/g)!.map((x) => x[0]);
        const grams = pairs(letters).map(([a, b]) => a + b);
        alternatives.push({
          query: { queries: grams, fields: [...INI], boost: iniBoost, ...weighted(w * t.initials) },
          slots: grams.map((g) => new Set([g])),
          terms: grams.length,
        });
      }
    } else if (unit.k === 'digits') {
      alternatives.push({
        query: { queries: [unit.text], fields: ['n'], boost: { n: t.title }, ...weighted(w) },
        slots: [new Set([unit.text])],
        terms: 1,
      });
      if (unit.text.length >= 3)
        alternatives.push({
          query: { queries: [unit.text], fields: [...ZH], boost: zhBoost, ...weighted(w) },
          slots: [new Set([unit.text])],
          terms: 1,
        });
    } else if (unit.k === 'concept') {
      for (const alt of unit.alts) {
        const aw = w * (unit.factor ?? 1) * (alt.literal ? 1 : t.synonym);
        const grams = 'han' in alt ? hanGrams(alt.han) : alt.stems;
        alternatives.push({
          query: {
            queries: grams,
            fields: 'han' in alt ? [...ZH] : [...EN],
            boost: 'han' in alt ? zhBoost : enBoost,
            combineWith: 'AND',
            ...weighted(aw),
          },
          slots: [new Set(grams)],
          terms: grams.length,
        });
      }
    }
    // 'void' (another office's business) has no alternative: it only counts against coverage.
    return { w, alternatives };
  });
}

const BODY = new Set(['bZh', 'bEn']);

/** One city's results, best first, in findServices' SearchResult shape (title and score only). */
export function searchLibrary(city: LibraryCity, query: string, locale: 'zh' | 'en', t: Tuning, limit = 20): SearchResult[] {
  const { prepared, mini } = city;
  const normalized = normalizeQuery(query);
  if (!normalized) return [];
  const parsed = parseQuery(normalized, prepared);
  const items = prepared.items.filter((it) => !parsed.city || it.city === parsed.city);
  const toResult = (it: PreparedItem, score: number): SearchResult => ({
    city: it.city,
    id: it.id,
    number: it.number,
    title: (locale === 'zh' ? it.titleZh : it.titleEn).text,
    score,
    matchedBy: 'body',
    titleHighlights: [],
  });
  if (!parsed.units.length && !parsed.intents.length) return parsed.city ? items.slice(0, limit).map((it) => toResult(it, 0.1)) : [];
  const planned = plan(parsed.units, prepared, t);
  const totalWeight = planned.reduce((n, u) => n + u.w, 0);
  // Per item: score (sum over units of the best alternative), covered weight, matched outside the body.
  const acc = new Map<number, { score: number; covered: number; strong: boolean }>();
  const options: MiniOptions = { bm25: t.bm25 };
  for (const unit of planned) {
    const best = new Map<number, { score: number; frac: number; strong: boolean }>();
    for (const alt of unit.alternatives) {
      for (const r of mini.search(alt.query, options)) {
        const matched = new Set([...r.queryTerms, ...r.terms]);
        const frac = alt.slots.filter((slot) => [...slot].some((x) => matched.has(x))).length / alt.slots.length;
        const strong = Object.values(r.match).some((fields) => fields.some((f) => !BODY.has(f)));
        const score = t.perTerm ? r.score / alt.terms : r.score;
        const prev = best.get(r.id as number);
        if (!prev || score * frac > prev.score * prev.frac) best.set(r.id as number, { score, frac, strong });
      }
    }
    for (const [id, b] of best) {
      const a = acc.get(id) ?? { score: 0, covered: 0, strong: false };
      a.score += b.score;
      a.covered += unit.w * b.frac;
      a.strong ||= b.strong;
      acc.set(id, a);
    }
  }
  const compact = normalized.replace(/ /g, '');
  const scored: { item: PreparedItem; score: number }[] = [];
  const wordScores = new Map<number, number>();
  let top = 0;
  for (const [id, a] of acc) {
    const item = prepared.items[id];
    const coverage = totalWeight ? a.covered / totalWeight : 0;
    let score = a.score * coverage;
    if ((locale === 'zh' ? item.plainZh : item.plainEn) === compact) score *= 1 + t.titleBonus;
    if (item.organisation) score *= t.organisation;
    wordScores.set(id, score);
    if (parsed.intents.includes(id) || coverage < t.minCoverage || (t.strongOnly && !a.strong)) continue;
    top = Math.max(top, score);
    scored.push({ item, score });
  }
  // Scores within a step of each other are a tie, and ties keep official order (as in our engine).
  const step = (score: number) => Math.round(score / (Math.max(top, 1e-9) * t.tie));
  scored.sort((a, b) => step(b.score) - step(a.score) || a.item.order - b.item.order);
  // Intents put their items first, in their order, nudged by how well the words match (as our engine: 12 − rank/2 + up to 1).
  const wordTop = Math.max(1e-9, ...wordScores.values());
  const head = (top || 1) * 2;
  const intents = parsed.intents.map((at, rank) => ({
    item: prepared.items[at],
    score: (head * (12 - rank * 0.5 + (wordScores.get(at) ?? 0) / wordTop)) / 13,
  }));
  intents.sort((a, b) => b.score - a.score);
  return [...intents, ...scored]
    .filter((r) => items.includes(r.item))
    .slice(0, limit)
    .map((r) => toResult(r.item, r.score));
}

/** findServices over the library: per city, results that fit well; the current city's first. */
export function findServicesLibrary(
  cities: readonly LibraryCity[],
  query: string,
  options: FindOptions & { tuning?: Tuning },
): SearchAnswer {
  const t = options.tuning ?? DEFAULT_TUNING;
  const byCity = cities.map((c) => searchLibrary(c, query, options.locale, t, options.limit ?? 20));
  // BM25 scores have no fixed scale: the floor is a share of the best score of any city.
  const top = Math.max(0, ...byCity.map((r) => r[0]?.score ?? 0));
  const all = byCity.flatMap((found) => {
    const best = found[0]?.score ?? 0;
    return found.filter((r) => r.score >= top * t.minScore && r.score >= best * MIN_SHARE);
  });
  if (!options.city) return { results: all.sort((a, b) => b.score - a.score), here: all.length };
  const here = all.filter((r) => r.city === options.city);
  const elsewhere = all.filter((r) => r.city !== options.city).sort((a, b) => b.score - a.score);
  return { results: [...here, ...elsewhere], here: here.length };
}

// ---------------------------------------------------------------------------------------------
// The side-by-side

/** Query times of several engines, interleaved query by query so that both see the same machine load. */
function timeQueries(engines: ((q: (typeof LABELLED_QUERIES)[number]) => void)[], runs: number) {
  const times = engines.map(() => [] as number[]);
  for (let r = 0; r < runs; r++) {
    for (const q of LABELLED_QUERIES) {
      engines.forEach((run, e) => {
        const start = performance.now();
        run(q);
        if (r > 0) times[e].push(performance.now() - start);
      });
    }
  }
  return times.map((t) => ({ medianMs: quantile(t, 0.5), p95Ms: quantile(t, 0.95), maxMs: Math.max(...t) }));
}

/**
 * Our index without the pinyin of item texts (the MiniSearch index holds those as terms): what a city
 * would ship beside the MiniSearch JSON at least (synonyms, their pinyin, sound table, intents, titles,
 * gists, texts for snippets).
 */
function leanIndex(index: SearchIndex): SearchIndex {
  const keep = new Set<string>();
  for (const [terms] of index.y) for (const at of terms) keep.add(String(at));
  for (const [groups] of index.q ?? []) for (const g of groups) for (const at of g) keep.add(String(at));
  return { ...index, p: Object.fromEntries(Object.entries(index.p).filter(([at]) => keep.has(at))) };
}

async function gzippedBundle(contents: string): Promise<number> {
  const out = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    logLevel: 'silent',
  });
  return gzipSync(out.outputFiles[0].contents).length;
}

export interface EngineFigures {
  accuracy: Accuracy;
  timing: { medianMs: number; p95Ms: number; maxMs: number };
  /** Per city: gzipped bytes of what the engine needs for that city. */
  sizes: { city: string; gzip: number; detail?: string }[];
  /** Gzipped bytes of the code (minified). */
  codeGzip: number;
}

export async function compareSearchLibrary(tuning: Tuning = DEFAULT_TUNING, runs = 20) {
  const indexes = getCities().map((city) => {
    const file = `out/search-index/${city.id}.json`;
    const raw = existsSync(file) ? readFileSync(file, 'utf8') : serializeSearchIndex(buildCityIndex(city));
    return { city: city.id, raw, index: JSON.parse(raw) as SearchIndex };
  });
  const ourIndexes = indexes.map((x) => x.index);
  const buildStart = performance.now();
  const library = indexes.map((x) => buildLibraryCity(x.index));
  const buildMs = performance.now() - buildStart;
  const find = (cities: readonly LibraryCity[], q: string, o: FindOptions) => findServicesLibrary(cities, q, { ...o, tuning });
  const prepared = library.map((c) => c.prepared);
  const [ourTiming, theirTiming, parseTiming] = timeQueries(
    [
      (q) => findServices(ourIndexes, q.q, { locale: q.locale, city: q.city }),
      (q) => find(library, q.q, { locale: q.locale, city: q.city }),
      // What both engines spend in our query parsing (synonyms, intents, English word candidates).
      (q) => prepared.forEach((p) => parseQuery(normalizeQuery(q.q), p)),
    ],
    runs,
  );
  const ours: EngineFigures = {
    accuracy: measureAccuracy(ourIndexes, LABELLED_QUERIES),
    timing: ourTiming,
    sizes: indexes.map((x) => ({ city: x.city, gzip: gzipSync(x.raw).length })),
    codeGzip: await gzippedBundle(`export * from './lib/search/index.ts';`),
  };
  const theirs: EngineFigures = {
    accuracy: measureAccuracy(library, LABELLED_QUERIES, find),
    timing: theirTiming,
    sizes: library.map((c, i) => {
      const mini = gzipSync(JSON.stringify(c.mini)).length;
      const index = gzipSync(indexes[i].raw).length;
      const lean = gzipSync(JSON.stringify(leanIndex(c.index))).length;
      return {
        city: indexes[i].city,
        gzip: mini + lean,
        detail: `MiniSearch toJSON ${kb(mini)} + our index without item pinyin ${kb(lean)} (whole index ${kb(index)})`,
      };
    }),
    codeGzip: await gzippedBundle(`export { default as MiniSearch } from 'minisearch';`),
  };
  // The library plus the parts of lib/search the plugins use (query parsing, pinyin, normalisation), tree-shaken.
  const withPluginsGzip = await gzippedBundle(
    [
      `export { default as MiniSearch } from 'minisearch';`,
      `export { parseQuery } from './lib/search/query.ts';`,
      `export { prepareIndex } from './lib/search/prepare.ts';`,
      `export { normalizeQuery, splitQuery } from './lib/search/normalize.ts';`,
      `export { splitSyllables } from './lib/search/pinyin-match.ts';`,
      `export { maxEdits, stem, tokenizeEnglish } from './lib/search/english.ts';`,
    ].join('\n'),
  );
  // Loading a serialised MiniSearch index in the browser (loadJSON) instead of building it there.
  const loadStart = performance.now();
  for (const c of library) MiniSearch.loadJSON(JSON.stringify(c.mini), miniOptions());
  const loadMs = performance.now() - loadStart;
  return { ours, theirs, buildMs, loadMs, withPluginsGzip, parseTiming };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const { ours, theirs, buildMs, loadMs, withPluginsGzip, parseTiming } = await compareSearchLibrary();
  const row = (name: string, f: EngineFigures) => ({
    engine: name,
    'top-1': pct(f.accuracy.top1),
    'top-3': pct(f.accuracy.top3),
    'median ms': f.timing.medianMs.toFixed(2),
    'p95 ms': f.timing.p95Ms.toFixed(2),
    'max ms': f.timing.maxMs.toFixed(1),
    ...Object.fromEntries(f.sizes.map((s) => [`${s.city} gz`, kb(s.gzip)])),
    'code gz': kb(f.codeGzip),
  });
  console.log(`Search engines side by side on ${ours.accuracy.total} labelled queries (both cities' indexes, from each query's city)`);
  console.table([row('hand-written (lib/search)', ours), row('MiniSearch 7.2 + our plugins', theirs)]);
  for (const s of theirs.sizes) console.log(`  MiniSearch ${s.city}: ${s.detail}`);
  console.log(`  MiniSearch: both cities indexed in ${buildMs.toFixed(0)} ms, loaded from JSON in ${loadMs.toFixed(0)} ms (Node)`);
  console.log(
    `  code gz: hand-written = lib/search/index.ts bundled; MiniSearch = the library alone, ${kb(withPluginsGzip)} with the lib/search parts its plugins use`,
  );
  console.log(
    `  of each query's time, parseQuery over both cities (both engines run it): median ${parseTiming.medianMs.toFixed(2)} ms, p95 ${parseTiming.p95Ms.toFixed(2)} ms`,
  );
  for (const m of theirs.accuracy.misses)
    console.log(`  MiniSearch top-1 miss: ${m.query.city} ${m.query.locale} "${m.query.q}" → ${m.got.join(', ') || '(nothing)'}`);
}
