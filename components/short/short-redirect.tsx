import type { Metadata } from 'next';
import { getCity } from '@/lib/content/load';
import type { CityId } from '@/content/schema';
import { ForwardPage } from './short-redirect-page';

/** Where a short number leads: a service page, or the page of a number split into sub-items. */
export function shortTarget(cityId: CityId, n: string): { href: string; title: string } | undefined {
  const city = getCity(cityId);
  const item = city.items.find((i) => i.number === n);
  if (item) return { href: `/zh/${city.id}/${item.id}`, title: item.title.zh };
  const group = city.groups.find((g) => g.number === n);
  if (group) return { href: `/zh/${city.id}/group/${group.number}`, title: group.title.zh };
  return undefined;
}

/** Every short number of a city, for generateStaticParams. */
export function shortNumbers(cityId: CityId) {
  const city = getCity(cityId);
  return [...city.items.map((i) => i.number), ...city.groups.map((g) => g.number)].map((n) => ({ n }));
}

/** Metadata of a short URL page: not for search engines, which index the target. */
export function shortMetadata(cityId: CityId, n: string): Metadata {
  const target = shortTarget(cityId, n);
  return { title: target?.title ?? '医保办事指南', robots: { index: false }, alternates: target ? { canonical: target.href } : undefined };
}

/** A short URL (/ky/15, /sy/3.1) as a static page forwarding to the Chinese service page. */
export function ShortRedirect({ cityId, n }: { cityId: CityId; n: string }) {
  const target = shortTarget(cityId, n)!;
  return <ForwardPage href={target.href} title={`第${n}项：${target.title}`} />;
}
