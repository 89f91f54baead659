import type { Locale } from '@/lib/i18n/routing';
import { editionQuery } from '@/lib/guide';
import { absoluteUrl, qrShape } from '@/lib/qr';
import { SITE_URL } from '@/lib/site';
import type { CityContent } from './validate';
import { shortPath } from './localize';

/** Every short number of a city (items and groups of sub-items) with its QR code (carrying the city's edition), in official order. */
export function staffRows(city: CityContent, locale: Locale) {
  const other = locale === 'zh' ? 'en' : 'zh';
  const host = SITE_URL.replace(/^https?:\/\//, '');
  const groups = city.groups.map((g) => ({
    number: g.number,
    title: g.title,
    href: `/${city.id}/group/${g.number}`,
    poster: false,
    item: undefined as string | undefined,
  }));
  const items = city.items.map((i) => ({ number: i.number, title: i.title, href: `/${city.id}/${i.id}`, poster: true, item: i.id }));
  return [...groups, ...items]
    .sort(
      (a, b) =>
        Number(a.number.split('.')[0]) - Number(b.number.split('.')[0]) ||
        a.number.length - b.number.length ||
        a.number.localeCompare(b.number),
    )
    .map((r) => {
      const path = shortPath(city, r.number);
      return {
        city: city.id,
        item: r.item,
        number: r.number,
        title: r.title[locale],
        altTitle: r.title[other],
        shortPath: path,
        host,
        href: r.href,
        posterHref: r.poster ? `${r.href}/poster` : undefined,
        qr: qrShape(absoluteUrl(SITE_URL, path) + editionQuery(city.edition.checked)),
      };
    });
}
