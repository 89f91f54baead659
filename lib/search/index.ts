// The browser-side entry of the search: no pinyin library, no dictionary. The index itself is
// built in Node by ./build-index (import that module directly from build scripts only).
export { search } from './query';
export { findServices, type SearchAnswer } from './answer';
export { loadSearchIndex } from './load-index';
export { normalizeQuery } from './normalize';
export { searchSuggestions } from './suggestions';
export type { HighlightRange, SearchCity, SearchGist, SearchIndex, SearchResult } from './types';
