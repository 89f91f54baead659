// Build-time only (Node): turns content into the compact search index. Imports pinyin-pro, so it
// must never be imported by browser code; the browser gets the JSON this produces.
//
// Use in a build script:
//   const docs = getCities().flatMap((c) => c.items.map((item) => toSearchSource(c.id, item, c.documents)));
//   writeFileSync('out/search-index.json', serializeSearchIndex(buildSearchIndex(docs)));
// and in the browser: search(await loadSearchIndex('/search-index.json'), query, { locale }).
import { pinyin } from 'pinyin-pro';
import { synonyms as defaultSynonyms } from '@/content/search/synonyms';
import type { DocumentDefinition, LocalizedText, ServiceItem } from '@/content/schema';
import { normalizeQuery } from './normalize';
import type { BilingualText, SearchCity, SearchIndex, SearchIndexItem, SearchSource, SynonymEntry } from './types';

const HAN = /\p{Script=Han}/u;
/** Documents with names up to this many characters get pinyin in the index. */
const MAX_DOCUMENT_PINYIN = 12;

/** Options of buildSearchIndex. */
export interface BuildSearchIndexOptions {
  /** Synonyms to bake into the index (default: content/search/synonyms.ts). */
  synonyms?: readonly SynonymEntry[];
  /** Names a resident may type for each city id, from the registry. */
  cityNames?: Record<string, string[]>;
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
    return { c: cityAt(doc.city), d: doc.id, n: doc.number, t: title, k: keywords, b: body };
  });

  const y: [number[], number[]][] = [];
  for (const entry of options.synonyms ?? defaultSynonyms) {
    const terms = unique(entry.terms.map(normalizeQuery).filter(Boolean)).map(intern);
    const official = unique(entry.official.map((t) => t.trim()).filter(Boolean)).map(intern);
    if (!terms.length || !official.length) continue;
    for (const t of terms) if (HAN.test(strings[t])) withPinyin.add(t);
    y.push([terms, official]);
  }

  const p: Record<string, string> = {};
  for (const at of [...withPinyin].sort((a, b) => a - b)) if (HAN.test(strings[at])) p[at] = pinyinTokens(strings[at]);

  const cn = cities.map((c) => (options.cityNames?.[c] ?? [c]).map((n) => n.toLowerCase()));
  return { v: 1, s: strings, c: cities, cn, i: items, p, y };
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
