// Build-time only (Node): turns content into the compact search index. Imports pinyin-pro, so it
// must never be imported by browser code; the browser gets the JSON this produces.
//
// Use in a build script:
//   const docs = getCities().flatMap((c) => c.items.map((item) => toSearchSource(c.id, item, c.documents)));
//   writeFileSync('out/search-index.json', serializeSearchIndex(buildSearchIndex(docs)));
// and in the browser: search(await loadSearchIndex('/search-index.json'), query, { locale }).
import { pinyin } from 'pinyin-pro';
import type { z } from 'zod';
import { phrases as defaultPhrases } from '@/content/search/phrases';
import { SearchPhrasesSchema, SynonymEntrySchema, type SearchPhrases } from '@/content/search/schema';
import { synonyms as defaultSynonyms } from '@/content/search/synonyms';
import type { DocumentDefinition, LocalizedText, ServiceItem } from '@/content/schema';
import type { CityContent } from '@/lib/content/validate';
import { beforeYouGo, resolveGuide } from '@/lib/guide';
import { normalizeQuery } from './normalize';
import type { BilingualText, SearchCity, SearchIndex, SearchIndexItem, SearchSource, SynonymEntry } from './types';

const HAN = /\p{Script=Han}/u;
/** Audiences that are residents themselves (the rest are employers, institutions and pharmacies). */
const INDIVIDUAL = new Set(['resident', 'employee', 'flexibleWorker', 'retiree', 'assistanceRecipient']);
/** Documents with names up to this many characters get pinyin in the index. */
const MAX_DOCUMENT_PINYIN = 12;

/** Options of buildSearchIndex. */
export interface BuildSearchIndexOptions {
  /** Synonyms to bake into the index (default: content/search/synonyms.ts). */
  synonyms?: readonly SynonymEntry[];
  /** Names a resident may type for each city id, from the registry. */
  cityNames?: Record<string, string[]>;
  /** Question frames and intents (default: content/search/phrases.ts). */
  phrases?: SearchPhrases;
  /** The gist of each item, by "city/id", shown with the first result. */
  gists?: Record<string, SearchGistSource>;
  /** Fail on an intent naming an item the corpus lacks (true for a whole city; fixtures hold only some items). */
  strict?: boolean;
  /** Ship the table that turns typed characters into syllables (sound-alike search); default true. */
  homophones?: boolean;
}

/** What the first result shows, from the guide model (lib/guide): never new text. */
export interface SearchGistSource {
  /** Places to go in person, joined. */
  where?: LocalizedText;
  /** Ways that need no visit (online, app), joined. */
  remote?: LocalizedText;
  /** Documents everyone brings, documents that depend on an answer, cases with documents of their own. */
  documents: [always: number, depending: number, cases: number];
  /** How long it takes, in the guide's words. */
  time?: LocalizedText;
}

/** Build the search index from items of both cities (run in Node at build time). */
export function buildSearchIndex(docs: readonly SearchSource[], options: BuildSearchIndexOptions = {}): SearchIndex {
  const strings: string[] = [];
  const positions = new Map<string, number>();
  const intern = (text: string): number => {
    const t = text.trim();
    let at = positions.get(t);
    if (at === undefined) {
      at = strings.length;
      strings.push(t);
      positions.set(t, at);
    }
    return at;
  };
  const withPinyin = new Set<number>();
  const cities: SearchCity[] = [];
  const cityAt = (city: SearchCity) => {
    if (!cities.includes(city)) cities.push(city);
    return cities.indexOf(city);
  };

  const items: SearchIndexItem[] = docs.map((doc) => {
    const title: [number, number] = [intern(doc.title.zh), intern(doc.title.en)];
    withPinyin.add(title[0]);
    const keywords = flatPairs(doc.fields.keywords ?? [], intern, [doc.title]);
    for (let k = 0; k < keywords.length; k += 2) withPinyin.add(keywords[k]);
    const { description, documents, tips } = doc.fields;
    const body = flatPairs([...description, ...documents, ...tips], intern, [doc.title, ...(doc.fields.keywords ?? [])]);
    // Short document names (社会保障卡, 户口簿 …) are what residents look for, so they get pinyin too.
    for (const d of documents) if (d.zh.trim().length <= MAX_DOCUMENT_PINYIN) withPinyin.add(intern(d.zh));
    const item: SearchIndexItem = { c: cityAt(doc.city), d: doc.id, n: doc.number, t: title, k: keywords, b: body };
    if (doc.organisation) item.o = 1;
    const gist = options.gists?.[`${doc.city}/${doc.id}`];
    if (gist) {
      const pair = (t?: LocalizedText): [number, number] | undefined => (t ? [intern(t.zh), intern(t.en)] : undefined);
      item.g = { w: pair(gist.where), r: pair(gist.remote), d: gist.documents, t: pair(gist.time) };
    }
    return item;
  });

  const y: [number[], number[]][] = [];
  for (const [n, raw] of (options.synonyms ?? defaultSynonyms).entries()) {
    const entry = parseOrThrow(SynonymEntrySchema, raw, `content/search/synonyms.ts: entry ${n + 1}`);
    if (entry.cities && !entry.cities.some((c) => cities.includes(c))) continue;
    const terms = unique(entry.terms.map(normalizeQuery).filter(Boolean)).map(intern);
    const official = unique(entry.official.map((t) => t.trim()).filter(Boolean)).map(intern);
    if (!terms.length || !official.length) continue;
    for (const t of terms) if (HAN.test(strings[t])) withPinyin.add(t);
    y.push([terms, official]);
  }

  const phrases = parseOrThrow(SearchPhrasesSchema, options.phrases ?? defaultPhrases, 'content/search/phrases.ts');
  const w = unique(phrases.stopWords.map(normalizeQuery).filter(Boolean)).sort((a, b) => b.length - a.length);
  const q: [number[][], number[]][] = [];
  phrases.intents.forEach((intent, n) => {
    const targets: number[] = [];
    for (const [city, ids] of Object.entries(intent.items)) {
      if (!cities.includes(city)) continue;
      for (const [k, id] of ids.entries()) {
        const at = items.findIndex((it) => cities[it.c] === city && it.d === id);
        if (at < 0 && !options.strict) continue;
        if (at < 0) throw new Error(`content/search/phrases.ts: intents[${n}].items.${city}[${k}]: no item "${id}" in ${city}`);
        targets.push(at);
      }
    }
    if (!targets.length) return;
    const groups = intent.when.map((group) =>
      unique(group.map(normalizeQuery).filter(Boolean)).map((term) => {
        const at = intern(term);
        if (HAN.test(term)) withPinyin.add(at);
        return at;
      }),
    );
    q.push([groups, targets]);
  });

  const p: Record<string, string> = {};
  for (const at of [...withPinyin].sort((a, b) => a - b)) if (HAN.test(strings[at])) p[at] = pinyinTokens(strings[at]);

  const cn = cities.map((c) => (options.cityNames?.[c] ?? [c]).map((n) => n.toLowerCase()));
  const x = unique(phrases.notServed.map(normalizeQuery).filter(Boolean)).map(intern);
  const l = unique(phrases.lightWords.map(normalizeQuery).filter(Boolean));
  const index: SearchIndex = { v: 2, s: strings, c: cities, cn, i: items, p, y, w, q, x, l };
  if (options.homophones !== false) index.h = homophoneTable(strings, p);
  return index;
}

/** Parse with a zod schema, or throw an error that names the file and the field. */
function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('');
  throw new Error(`${where}: ${path.replace(/^\./, '') || '(entry)'}: ${issue.message}`);
}

/**
 * The characters a resident may type for each syllable of the index, so the browser can hear a
 * query without a pinyin dictionary: every character of the indexed Chinese with pinyin, plus the
 * 3,755 common characters (GB 2312 level 1) that share one of those syllables (要 for 药, 消 for 销).
 */
function homophoneTable(strings: string[], p: Record<string, string>): Record<string, string> {
  const bySyllable = new Map<string, Set<string>>();
  const add = (syllable: string, ch: string) => {
    let set = bySyllable.get(syllable);
    if (!set) bySyllable.set(syllable, (set = new Set()));
    set.add(ch);
  };
  for (const [at, tokens] of Object.entries(p)) {
    const text = strings[Number(at)];
    tokens.split(' ').forEach((token, unit) => {
      if (token) for (const r of token.split('/')) add(r, text[unit]);
    });
  }
  for (const ch of commonCharacters()) {
    for (const r of pinyin(ch, { multiple: true, type: 'array', toneType: 'none', v: true }).slice(0, 2)) {
      if (bySyllable.has(r)) add(r, ch);
    }
  }
  return Object.fromEntries(
    [...bySyllable].sort(([a], [b]) => (a < b ? -1 : 1)).map(([syllable, chars]) => [syllable, [...chars].join('')]),
  );
}

/** GB 2312 level 1: the 3,755 most used characters, in pinyin order. */
function commonCharacters(): string[] {
  const decoder = new TextDecoder('gb18030');
  const out: string[] = [];
  for (let hi = 0xb0; hi <= 0xd7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe && !(hi === 0xd7 && lo > 0xf9); lo++) out.push(decoder.decode(new Uint8Array([hi, lo])));
  }
  return out;
}

/**
 * The search index of one city, from its content: items, the gist of each from the guide model,
 * its synonyms, question frames, intents and the sound-alike table.
 */
export function buildCityIndex(city: CityContent, options: Omit<BuildSearchIndexOptions, 'gists'> = {}): SearchIndex {
  const docs = city.items.map((item) => toSearchSource(city.id, item, city.documents));
  const gists: Record<string, SearchGistSource> = {};
  for (const item of city.items) {
    const view = resolveGuide(city, item);
    const s = beforeYouGo(city, view);
    const join = (parts: LocalizedText[], zh: string, en: string): LocalizedText | undefined =>
      parts.length ? { zh: parts.map((p) => p.zh).join(zh), en: parts.map((p) => p.en).join(en) } : undefined;
    gists[`${city.id}/${item.id}`] = {
      where: join(uniqueTexts(s.inPerson.map((c) => c.title)), '、', '; '),
      remote: join(
        s.remote.map((c) => c.label),
        '、',
        ', ',
      ),
      documents: [s.documents.always, s.documents.depending, s.documents.cases],
      time: view.timeLimit?.source,
    };
  }
  const cityNames = options.cityNames ?? { [city.id]: [city.name.zh.replace(/市$/, ''), city.name.en, city.id] };
  return buildSearchIndex(docs, { strict: true, ...options, cityNames, gists });
}

/** The index as compact JSON, to write next to the static pages. */
export function serializeSearchIndex(index: SearchIndex): string {
  return JSON.stringify(index);
}

/**
 * Map a content item to what the indexer reads. Pass the city's document vocabulary so documents
 * given only by id are indexed by their name.
 */
export function toSearchSource(
  city: SearchCity,
  item: ServiceItem,
  documentNames: Readonly<Record<string, DocumentDefinition>> = {},
): SearchSource {
  const documents: LocalizedText[] = [];
  const addDocs = (list: ServiceItem['documents']) => {
    for (const d of list) {
      const text = d.text ?? documentNames[d.doc]?.name;
      if (text) documents.push(text);
      if (d.notes) documents.push(d.notes);
    }
  };
  addDocs(item.documents);
  for (const s of item.scenarios) addDocs(s.documents);
  documents.push(...item.documentNotes);
  return {
    city,
    id: item.id,
    number: item.number,
    title: item.title,
    organisation: !item.audience.some((a) => INDIVIDUAL.has(a)),
    fields: {
      keywords: [...(item.listTitle ? [item.listTitle] : []), ...item.scenarios.map((s) => s.title)],
      description: [...item.description, ...item.scenarios.flatMap((s) => (s.description ? [s.description] : []))],
      documents,
      tips: item.tips,
    },
  };
}

/** [zh, en, zh, en …] positions of the texts, without repeats or texts already in `skip`. */
function flatPairs(texts: readonly BilingualText[], intern: (t: string) => number, skip: readonly BilingualText[]): number[] {
  const seen = new Set(skip.map((t) => `${t.zh.trim()}\n${t.en.trim()}`));
  const out: number[] = [];
  for (const t of texts) {
    const key = `${t.zh.trim()}\n${t.en.trim()}`;
    if (seen.has(key) || !t.zh.trim() || !t.en.trim()) continue;
    seen.add(key);
    out.push(intern(t.zh), intern(t.en));
  }
  return out;
}

function uniqueTexts(list: LocalizedText[]): LocalizedText[] {
  return list.filter((t, i) => list.findIndex((o) => o.zh === t.zh) === i);
}

function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}

/**
 * Pinyin of a Chinese string, one token per UTF-16 unit (see SearchIndex.p). pinyin-pro reads the
 * whole string, so it picks readings by context (银行 yinhang, 长期 changqi, 重要 zhongyao). Where
 * its reading in context differs from the character's everyday reading, that one is kept as an
 * alternative too, because residents often type the reading they know (银行 → hang/xing).
 */
export function pinyinTokens(text: string): string {
  const chars = Array.from(text);
  let inContext = pinyin(text, { type: 'array', toneType: 'none', v: true, nonZh: 'spaced' });
  if (inContext.length !== chars.length) inContext = chars.map((ch) => pinyin(ch, { toneType: 'none', v: true }));
  const tokens: string[] = [];
  chars.forEach((ch, i) => {
    if (!HAN.test(ch)) tokens.push('');
    else {
      const reading = inContext[i].toLowerCase();
      const usual = pinyin(ch, { toneType: 'none', v: true }).toLowerCase();
      tokens.push(usual && usual !== reading ? `${reading}/${usual}` : reading);
    }
    // Keep one token per UTF-16 unit so ranges line up with the string.
    if (ch.length === 2) tokens.push('');
  });
  return tokens.join(' ');
}
