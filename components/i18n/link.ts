import { useLocale } from 'next-intl';
import { createElement, type AnchorHTMLAttributes } from 'react';
import { localeHref, type Href } from '@/lib/i18n/href';
import type { Locale } from '@/lib/i18n/routing';

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { href: Href; locale?: Locale };

/**
 * A link to a page of this site in the current (or given) locale. A plain anchor on purpose: every
 * page is a static file, so a full load is cheap and needs no client router, prefetching or RSC
 * payloads — less script and less data for residents on slow or metered connections.
 */
export function Link({ href, locale, ...rest }: LinkProps) {
  const current = useLocale();
  return createElement('a', { href: localeHref(href, locale ?? current), ...rest });
}
