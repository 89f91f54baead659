import type { Locale } from './i18n/routing';

/** Absolute origin of the deployed site, fixed at build time from SITE_URL. */
export const SITE_URL = (process.env.NEXT_PUBLIC_SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

/** Title, description and hreflang alternates for a page at `path` (without the locale prefix, e.g. "/<city>"). */
export function pageMetadata(locale: Locale, path: string, title: string, description: string) {
  const suffix = path === '/' ? '' : path;
  return {
    title,
    description,
    alternates: {
      canonical: `/${locale}${suffix}`,
      languages: { 'zh-CN': `/zh${suffix}`, en: `/en${suffix}`, 'x-default': `/zh${suffix}` },
    },
  };
}
