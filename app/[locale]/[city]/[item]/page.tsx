import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { ServiceActions, ServiceHeader } from '@/components/service/service-header';
import { ServiceDetails } from '@/components/service/service-details';
import { BringSection, HowLongSection, TipsSection, WhereSection } from '@/components/service/service-sections';
import { ServiceJsonLd } from '@/components/service/service-json-ld';
import { getErrata } from '@/lib/content/load';
import { allItemParams, cityOr404, type CityParams } from '@/app/_lib/params';
import { resolveGuide } from '@/lib/guide';
import { pageGlossary, servicePageOrder } from '@/lib/guide/gloss';
import { windowTerms } from '@/lib/glossary';
import { pageMetadata } from '@/lib/site';
import { SayAtWindow } from '@/components/service/say-at-window';
import { BeforeYouGo } from '@/components/service/before-you-go';
import { ChangedSinceNotice } from '@/components/edition/changed-since-notice';

type Props = { params: Promise<CityParams & { item: string }> };

export const dynamicParams = false;

export const generateStaticParams = allItemParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city: cityId, item: itemId } = await params;
  const city = cityOr404(cityId);
  const item = city.items.find((i) => i.id === itemId);
  if (!item) return {};
  const t = await getTranslations({ locale, namespace: 'Service' });
  const title = `${item.title[locale]} · ${city.name[locale]} ${t('number', { number: item.number })}`;
  const more = item.description[0]?.[locale] ?? city.office[locale];
  const description = t('metaDescription', { city: city.name[locale], title: item.title[locale], more }).slice(0, 220);
  return pageMetadata(locale, `/${city.id}/${item.id}`, title, description);
}

export default async function ServicePage({ params }: Props) {
  const { locale, city: cityId, item: itemId } = await params;
  setRequestLocale(locale);
  const city = cityOr404(cityId);
  const item = city.items.find((i) => i.id === itemId);
  if (!item) notFound();
  const t = await getTranslations('Service');
  const resolved = resolveGuide(city, item);
  // Reading order of the page, for "English (中文)" on each window term's first use.
  const gloss = pageGlossary(locale, servicePageOrder(resolved, item, city.hotlines), windowTerms());
  const view = gloss.apply(resolved);
  const shown = gloss.apply(item);
  const cityShown = { ...city, hotlines: gloss.apply(city.hotlines) };
  return (
    <article className="print-sheet mx-auto max-w-3xl space-y-8">
      <Breadcrumbs trail={[{ href: `/${city.id}`, label: city.name[locale] }, { label: t('number', { number: item.number }) }]} />
      <ServiceHeader city={city} item={shown} locale={locale} />
      <ChangedSinceNotice city={city} locale={locale} item={item.id} />
      <BeforeYouGo city={cityShown} view={view} locale={locale} />
      <BringSection view={view} locale={locale} />
      <SayAtWindow view={view} locale={locale} />
      <WhereSection city={city} view={view} locale={locale} />
      <HowLongSection view={view} locale={locale} />
      <TipsSection view={view} locale={locale} />
      <ServiceActions city={city} item={item} locale={locale} />
      <ServiceDetails city={city} item={shown} locale={locale} errata={getErrata(city.id, item.id)} />
      <ServiceJsonLd city={city} item={item} locale={locale} />
    </article>
  );
}
