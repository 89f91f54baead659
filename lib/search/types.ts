// Types shared by the build-time indexer (build-index.ts) and the browser search (query.ts).
// Type-only module: importing it costs the browser bundle nothing.

/** City ids the search knows, in display order. */
/** A city id from the content registry. */
export type SearchCity = string;

/** Page language. */
export type SearchLocale = 'zh' | 'en';

/** Text in both languages, as in the content schema. */
export interface BilingualText {
  zh: string;
  en: string;
}

/** One service item as the indexer sees it (see toSearchSource for the mapping from content). */
export interface SearchSource {
  /** City the item belongs to. */
  city: SearchCity;
  /** Item id (URL slug). */
  id: string;
  /** Official number, e.g. "15" or "3.1". */
  number: string;
  /** Item title. */
  title: BilingualText;
  /** True when only employers or medical institutions and pharmacies apply (not residents). */
  organisation?: boolean;
  /** Searchable text, weighted: title > keywords > description, documents and tips. */
  fields: {
    /** Short key terms weighted just below the title: list title, scenario names (在职转退休, 死亡 …). */
    keywords?: BilingualText[];
    /** What the item is, paragraph by paragraph (scenario descriptions included). */
    description: BilingualText[];
    /** Documents to bring, one per entry (with their notes). */
    documents: BilingualText[];
    /** Tips (温馨提示). */
    tips: BilingualText[];
  };
}

export type { SynonymEntry } from '@/content/search/schema';

/**
 * The serialised index (compact JSON, built at build time by buildSearchIndex).
 * Every text is stored once in the string table `s`; everything else points into it by number.
 */
export interface SearchIndex {
  /** Format version; search() returns [] for an index of another version. */
  v: 2;
  /** String table: every distinct text once. */
  s: string[];
  /** Cities, referenced by position from items. */
  c: SearchCity[];
  /** Names a resident may type for each city in `c` (its Chinese and English names and id): they narrow results to it. */
  cn?: string[][];
  /** Items. */
  i: SearchIndexItem[];
  /**
   * Pinyin of Chinese titles, keywords, short document names and synonym terms, keyed by string-table
   * position: one token per UTF-16 unit of the string, space-separated, empty for non-Han units,
   * alternative readings joined by "/" (e.g. "yin hang/xing ka").
   */
  p: Record<string, string>;
  /** Synonyms: [term string positions, official string positions]. */
  y: [number[], number[]][];
  /** Question frames and fillers dropped from queries (Chinese, and English words), longest first. */
  w?: string[];
  /** Words that say little about which service is meant (登记, 申请): they weigh less in a query. */
  l?: string[];
  /** Things another office serves (养老保险, passport): a query asking for one finds nothing here. */
  x?: number[];
  /** Intents: [groups of term string positions (one term of each group needed), item positions in `i`, best first]. */
  q?: [number[][], number[]][];
  /** Sound-alike table: syllable → the characters a resident may type for it. */
  h?: Record<string, string>;
}

/** The gist of an item in the index: string positions [zh, en] and counts. */
export interface SearchIndexGist {
  /** Where to go in person. */
  w?: [number, number];
  /** Ways that need no visit. */
  r?: [number, number];
  /** Documents: always, depending on an answer, cases with their own. */
  d: [number, number, number];
  /** How long it takes. */
  t?: [number, number];
}

/** One item in the serialised index. */
export interface SearchIndexItem {
  /** City position in `c`. */
  c: number;
  /** Item id. */
  d: string;
  /** Official number. */
  n: string;
  /** Title: [zh, en] string positions. */
  t: [number, number];
  /** Keywords: flat [zh, en, zh, en …] string positions. */
  k: number[];
  /** Body texts (description, documents, tips): flat [zh, en, zh, en …] string positions. */
  b: number[];
  /** The gist shown with the first result. */
  g?: SearchIndexGist;
  /** 1 when only organisations apply: on a tie, residents' items come first. */
  o?: 1;
}

/** A highlighted range [start, end) in UTF-16 code units of the string it belongs to. */
export type HighlightRange = [start: number, end: number];

/** How the best part of a result matched. */
export type MatchKind = 'title' | 'pinyin' | 'synonym' | 'body' | 'fuzzy' | 'sound' | 'intent';

/** One search hit, ready to render (text plus ranges; never HTML). */
export interface SearchResult {
  /** City of the item. */
  city: SearchCity;
  /** Item id. */
  id: string;
  /** Official number. */
  number: string;
  /** Title in the requested locale. */
  title: string;
  /** Higher is better; only meaningful within one result list. */
  score: number;
  /** How the item matched: title text, pinyin, a synonym, body text, a misspelling, a sound-alike or an intent. */
  matchedBy: MatchKind;
  /** Ranges of `title` to highlight. */
  titleHighlights: HighlightRange[];
  /** A piece of matched text other than the title (possibly Chinese on /en when Chinese was typed). */
  snippet?: { text: string; highlights: HighlightRange[] };
  /** Where to go, how many documents, how long: from the guide model, in the requested locale. */
  gist?: SearchGist;
}

/** The gist of an item, as the first result shows it. */
export interface SearchGist {
  where?: string;
  remote?: string;
  /** Documents everyone brings. */
  always: number;
  /** Documents that depend on the resident's situation. */
  depending: number;
  /** Cases with documents of their own. */
  cases: number;
  time?: string;
}

/** Options of search(). */
export interface SearchOptions {
  /** Page language: decides the title shown and which text to prefer. */
  locale: SearchLocale;
  /** Only this city's items. */
  city?: SearchCity;
  /** Most results to return (default 20). */
  limit?: number;
}
