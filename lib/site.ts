import { htmlLang, routing, type Locale } from './i18n/routing';
import { PREVIEW_ORIGIN } from './site-url';

/** Absolute origin of the deployed site, fixed at build time from SITE_URL (checked in next.config.ts). */
export const SITE_URL = (process.env.NEXT_PUBLIC_SITE_URL ?? PREVIEW_ORIGIN).replace(/\/+$/, '');

/** True for a build without a public origin: printables carry a "not for printing" mark. */
export const SITE_PREVIEW = process.env.NEXT_PUBLIC_SITE_PREVIEW === '1' || process.env.NEXT_PUBLIC_SITE_URL === undefined;

/** hreflang alternates of a path (without the locale prefix) in every locale, the default as x-default. */
export function alternateLanguages(path: string, origin = ''): Record<string, string> {
  const suffix = path === '/' ? '' : path;
  return {
    ...Object.fromEntries(routing.locales.map((l) => [htmlLang[l], `${origin}/${l}${suffix}`])),
    'x-default': `${origin}/${routing.defaultLocale}${suffix}`,
  };
}

/** Title, description and hreflang alternates for a page at `path` (without the locale prefix, e.g. "/<city>"). */
export function pageMetadata(locale: Locale, path: string, title: string, description: string) {
  const suffix = path === '/' ? '' : path;
  return {
    title,
    description,
    alternates: {
      canonical: `/${locale}${suffix}`,
      languages: alternateLanguages(path),
    },
  };
}
