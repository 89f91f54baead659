import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { pageMetadata } from '@/lib/site';
import type { Locale } from '@/lib/i18n/routing';
import { getCity, getCities, isCityId, type CityContent } from '@/lib/content/load';

/** Route params of city pages. */
export type CityParams = { locale: Locale; city: string };

/** The city named in the URL, or the 404 page. */
export function cityOr404(id: string): CityContent {
  if (!isCityId(id)) notFound();
  return getCity(id);
}

/** { city, item } params for every item of every city, for generateStaticParams. */
export function allItemParams() {
  return getCities().flatMap((city) => city.items.map((item) => ({ city: city.id, item: item.id })));
}

/** { city } params for every city, for generateStaticParams. */
export function allCityParams() {
  return getCities().map((c) => ({ city: c.id }));
}

/**
 * generateMetadata for a city page whose title and description are messages taking {city} and {office},
 * e.g. cityPageMetadata('prohibited', 'Lists', 'prohibitedTitle', 'prohibitedIntro').
 */
export function cityPageMetadata(slug: string, namespace: 'Lists' | 'Staff', titleKey: string, descriptionKey: string) {
  return async ({ params }: { params: Promise<CityParams> }): Promise<Metadata> => {
    const { locale, city: cityId } = await params;
    const city = cityOr404(cityId);
    const t = (await getTranslations({ locale, namespace })) as unknown as (key: string, values: Record<string, string>) => string;
    const values = { city: city.name[locale], office: city.office[locale] };
    return pageMetadata(locale, `/${city.id}/${slug}`, t(titleKey, values), t(descriptionKey, values));
  };
}
