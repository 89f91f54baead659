import { notFound } from 'next/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { getCity, getCities, isCityId, type CityContent } from './load';

/** Route params of city pages. */
export type CityParams = { locale: Locale; city: string };

/** The city named in the URL, or the 404 page. */
export function cityOr404(id: string): CityContent {
  if (!isCityId(id)) notFound();
  return getCity(id);
}

/** { city } params for every city, for generateStaticParams. */
export function allCityParams() {
  return getCities().map((c) => ({ city: c.id }));
}
