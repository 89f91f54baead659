import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/site';

const CITY_IDS = ['kaiyuan', 'shenyang'] as const;
type Props = { params: Promise<{ locale: Locale; city: (typeof CITY_IDS)[number] }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return CITY_IDS.map((city) => ({ city }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city } = await params;
  const t = await getTranslations({ locale, namespace: 'City' });
  const cities = await getTranslations({ locale, namespace: 'Cities' });
  return pageMetadata(locale, `/${city}`, t('title', { city: cities(city) }), t('description', { office: cities(city) }));
}

export default async function CityPage({ params }: Props) {
  const { locale, city } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('City');
  const cities = await getTranslations('Cities');
  return <h1 className="text-3xl font-bold">{t('title', { city: cities(city) })}</h1>;
}
