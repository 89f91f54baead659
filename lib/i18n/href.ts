import type { Locale } from './routing';

/** A path inside a locale, e.g. "/<city>", or a path with a query string. */
export type Href = string | { pathname: string; query?: Record<string, string> };

/** The URL of a path in a locale: localeHref("/<city>", "en") → "/en/<city>". */
export function localeHref(href: Href, locale: Locale): string {
  const path = typeof href === 'string' ? href : href.pathname + (href.query ? `?${new URLSearchParams(href.query)}` : '');
  return `/${locale}${path === '/' ? '' : path}`;
}
