// Browser: fetch each prebuilt index once, the first time search is used.
import type { SearchIndex } from './types';

const pending = new Map<string, Promise<SearchIndex>>();

/**
 * Fetch and cache a search index JSON written at build time (/search-index/<city>.json). Call it
 * when the search box is focused or first typed in, not on page load. A failed fetch is forgotten so
 * it can be retried.
 */
export function loadSearchIndex(url: string): Promise<SearchIndex> {
  const known = pending.get(url);
  if (known) return known;
  const promise = fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status} for ${url}`);
      return response.json() as Promise<SearchIndex>;
    })
    .then((index) => {
      if (index?.v !== 2) throw new Error(`search index: unsupported version in ${url}`);
      return index;
    });
  pending.set(url, promise);
  promise.catch(() => {
    if (pending.get(url) === promise) pending.delete(url);
  });
  return promise;
}

/** Where a city's index is served. */
export function searchIndexUrl(city: string): string {
  return `/search-index/${city}.json`;
}
