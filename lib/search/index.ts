// The browser-side entry of the search: no pinyin library, no dictionary. The index itself is
// built in Node by ./build-index (import that module directly from build scripts only).
export { search, searchIndex } from './query';
export { loadSearchIndex } from './load-index';
export { normalizeQuery, MAX_QUERY_LENGTH } from './normalize';
export { SEARCH_SUGGESTIONS, searchSuggestions } from './suggestions';
export type {
  HighlightRange,
  MatchKind,
  SearchCity,
  SearchIndex,
  SearchLocale,
  SearchOptions,
  SearchResult,
  SearchSource,
  SynonymEntry,
} from './types';
