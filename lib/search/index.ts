// The browser-side entry of the search: no pinyin library, no dictionary. The index itself is
// built in Node by ./build-index (import that module directly from build scripts only).
export { findServices, warmUpSearch } from './answer';
export { loadSearchIndex, searchIndexUrl } from './load-index';
export { normalizeQuery } from './normalize';
export { searchSuggestions } from './suggestions';
export type { HighlightRange, SearchCity, SearchGist, SearchIndex, SearchResult } from './types';
