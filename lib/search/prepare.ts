// Browser side: unpacks the serialised index once into structures that are quick to scan.
import { tokenizeEnglish, type WordToken } from './english';
import { normalizeQuery } from './normalize';
import { parseReadings, type Readings } from './pinyin-match';
import type { SearchCity, SearchIndex, SearchIndexGist } from './types';

/** Where a text sits in an item: 0 title, 1 keyword, 2 body. */
export type Field = 0 | 1 | 2;

/** One text of an item, ready for matching. */
export interface PreparedText {
  text: string;
  field: Field;
  zh: boolean;
  /** English texts: their words. */
  words?: WordToken[];
  /** Chinese titles, keywords and short document names: pinyin readings per UTF-16 unit. */
  readings?: Readings;
}

/** One item, ready for matching. */
export interface PreparedItem {
  city: SearchCity;
  id: string;
  number: string;
  titleZh: PreparedText;
  titleEn: PreparedText;
  /** The titles normalised like a query, without spaces (to spot a query that is the title). */
  plainZh: string;
  plainEn: string;
  /** Chinese texts, title first, then keywords, then body. */
  zh: PreparedText[];
  /** English texts in the same order. */
  en: PreparedText[];
  /** Every English word and word stem of the item, to skip items quickly. */
  enWords: Set<string>;
  /** The gist from the index (string positions into `strings`). */
  gist?: SearchIndexGist;
  /** Only organisations apply. */
  organisation: boolean;
  /** Position in the index (official order). */
  order: number;
}

/** An intent, ready for matching queries. */
export interface PreparedIntent {
  /** Each group: Chinese terms (with their syllables) and Latin terms as word lists. */
  groups: { han: { term: string; sounds: string[][] }[]; latin: string[][] }[];
  /** Items (positions in `items`), best first. */
  items: number[];
}

/** A synonym entry, ready for matching queries. */
export interface PreparedSynonym {
  /** Chinese terms, with their pinyin (whole and initials) and readings per character when known. */
  han: { term: string; full?: string; initials?: string; sounds?: string[][] }[];
  /** Latin terms as word lists. */
  latin: string[][];
  /** Official terms: Chinese ones as strings, English ones as word lists. */
  official: (string | string[])[];
}

/** The unpacked index. */
export interface PreparedIndex {
  items: PreparedItem[];
  /** City ids in index order. */
  cities: string[];
  /** Names a resident may type for each city, in index order. */
  cityNames: string[][];
  /** Every English word of the corpus → its stem (for misspellings and inflections). */
  vocabulary: Map<string, string>;
  /** Every pinyin syllable of the corpus (to split unspaced pinyin). */
  syllables: Set<string>;
  synonyms: PreparedSynonym[];
  /** Chinese question frames to drop (one pattern, longest first), or undefined. */
  stopWords?: RegExp;
  /** Words that weigh less in a query (登记, 申请). */
  lightWords: Set<string>;
  /** English words to drop from a query that has others ("insurance"). */
  latinStopWords: Set<string>;
  /** Things other offices serve: Chinese terms and English word lists. */
  notServed: { han: string[]; latin: string[][] };
  intents: PreparedIntent[];
  /** Character → the syllables it may stand for (sound-alike search). */
  sounds: Map<string, string[]>;
  /** The index's string table. */
  strings: string[];
}

const HAN = /\p{Script=Han}/u;
const cache = new WeakMap<SearchIndex, PreparedIndex>();

/** Unpack an index (memoised per index object). Returns undefined for an unusable index. */
export function prepareIndex(index: SearchIndex): PreparedIndex | undefined {
  const hit = cache.get(index);
  if (hit) return hit;
  if (!index || index.v !== 2 || !Array.isArray(index.s) || !Array.isArray(index.i)) return undefined;
  const s = index.s;
  const syllables = new Set<string>();
  const readingsOf = new Map<number, Readings>();
  const readings = (at: number): Readings | undefined => {
    const py = index.p?.[at];
    if (py === undefined) return undefined;
    let r = readingsOf.get(at);
    if (!r) {
      const parsed = parseReadings(py);
      for (const list of parsed) for (const syl of list) syllables.add(syl);
      readingsOf.set(at, (r = parsed));
    }
    return r;
  };
  const zhText = (at: number, field: Field): PreparedText => ({ text: s[at] ?? '', field, zh: true, readings: readings(at) });
  // English words are tokenised on first use: a Chinese query never pays for stemming the whole corpus.
  const englishTexts: PreparedText[] = [];
  const enText = (at: number, field: Field): PreparedText => {
    const text = s[at] ?? '';
    let words: WordToken[] | undefined;
    const prepared: PreparedText = {
      text,
      field,
      zh: false,
      get words() {
        return (words ??= tokenizeEnglish(text));
      },
    };
    englishTexts.push(prepared);
    return prepared;
  };

  const items: PreparedItem[] = index.i.map((it, order) => {
    const titleZh = zhText(it.t[0], 0);
    const titleEn = enText(it.t[1], 0);
    const zh = [titleZh];
    const en = [titleEn];
    const add = (flat: number[], field: Field) => {
      for (let k = 0; k + 1 < flat.length; k += 2) {
        zh.push(zhText(flat[k], field));
        en.push(enText(flat[k + 1], field));
      }
    };
    add(it.k ?? [], 1);
    add(it.b ?? [], 2);
    let enWords: Set<string> | undefined;
    const plain = (t: PreparedText) => normalizeQuery(t.text).replace(/ /g, '');
    return {
      city: index.c[it.c],
      id: it.d,
      number: it.n,
      titleZh,
      titleEn,
      plainZh: plain(titleZh),
      plainEn: plain(titleEn),
      zh,
      en,
      gist: it.g,
      organisation: it.o === 1,
      order,
      get enWords() {
        return (enWords ??= new Set(en.flatMap((t) => t.words!.flatMap((w) => [w.w, w.s]))));
      },
    };
  });

  const synonyms: PreparedSynonym[] = (index.y ?? []).map(([terms, official]) => {
    const han: PreparedSynonym['han'] = [];
    const latin: string[][] = [];
    for (const at of terms) {
      const term = s[at] ?? '';
      if (HAN.test(term)) {
        const r = readings(at)?.filter((x) => x.length);
        const full = r?.map((x) => x[0]).join('');
        han.push({ term: term.replace(/ /g, ''), full, initials: r?.map((x) => x[0][0]).join(''), sounds: r?.map((x) => [...x]) });
      } else if (term) latin.push(term.split(' '));
    }
    return {
      han,
      latin,
      official: official.map((at) => {
        const term = s[at] ?? '';
        return HAN.test(term) ? term : normalizeQuery(term).split(' ');
      }),
    };
  });

  const sounds = new Map<string, string[]>();
  for (const [syllable, chars] of Object.entries(index.h ?? {})) {
    for (const ch of chars) {
      const list = sounds.get(ch);
      if (list) list.push(syllable);
      else sounds.set(ch, [syllable]);
    }
  }
  const intents: PreparedIntent[] = (index.q ?? []).map(([groups, targets]) => ({
    items: targets.filter((t) => t >= 0 && t < items.length),
    groups: groups.map((terms) => {
      const han: PreparedIntent['groups'][number]['han'] = [];
      const latin: string[][] = [];
      for (const at of terms) {
        const term = s[at] ?? '';
        if (HAN.test(term)) han.push({ term, sounds: readings(at)?.map((r) => [...r]) ?? Array.from(term, (ch) => sounds.get(ch) ?? []) });
        else if (term) latin.push(term.split(' '));
      }
      return { han, latin };
    }),
  }));
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const hanStop = (index.w ?? []).filter((w) => HAN.test(w));
  const stopWords = hanStop.length ? new RegExp(hanStop.map(escape).join('|'), 'g') : undefined;
  const latinStopWords = new Set((index.w ?? []).filter((w) => /^[a-z]+$/.test(w)));
  const notServed = { han: [] as string[], latin: [] as string[][] };
  for (const at of index.x ?? []) {
    const term = s[at] ?? '';
    if (HAN.test(term)) notServed.han.push(term);
    else if (term) notServed.latin.push(term.split(' '));
  }

  let vocabulary: Map<string, string> | undefined;
  const prepared: PreparedIndex = {
    cities: index.c,
    cityNames: index.c.map((c, i) => index.cn?.[i] ?? [c]),
    items,
    // Every English word of the corpus → its stem, built the first time an English query needs it.
    get vocabulary() {
      if (!vocabulary) {
        vocabulary = new Map();
        for (const t of englishTexts) for (const w of t.words!) vocabulary.set(w.w, w.s);
      }
      return vocabulary;
    },
    syllables,
    synonyms,
    stopWords,
    latinStopWords,
    lightWords: new Set(index.l ?? []),
    notServed,
    intents,
    sounds,
    strings: s,
  };
  cache.set(index, prepared);
  return prepared;
}
