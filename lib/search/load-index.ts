// Browser: fetch the prebuilt index once, the first time search is used.
import type { SearchIndex } from './types';

let pending: { url: string; promise: Promise<SearchIndex> } | undefined;

/**
 * Fetch and cache the search index JSON written at build time. Call it when the search box is
 * focused or first typed in, not on page load. A failed fetch is forgotten so it can be retried.
 */
export function loadSearchIndex(url: string): Promise<SearchIndex> {
  if (pending?.url === url) return pending.promise;
  const promise = fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status} for ${url}`);
      return response.json() as Promise<SearchIndex>;
    })
    .then((index) => {
      if (index?.v !== 2) throw new Error(`search index: unsupported version in ${url}`);
      return index;
    });
  pending = { url, promise };
  promise.catch(() => {
    if (pending?.promise === promise) pending = undefined;
  });
  return promise;
}
