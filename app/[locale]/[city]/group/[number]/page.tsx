import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { ItemLinks } from '@/components/lists/item-links';
import { PageQr } from '@/components/qr/page-qr';
import { ShortUrl } from '@/components/service/short-url';
import { getCities } from '@/lib/content/load';
import { shortPath } from '@/lib/content/localize';
import { cityOr404, type CityParams } from '@/app/_lib/params';
import { pageMetadata } from '@/lib/site';
import { Mixed } from '@/components/i18n/mixed';
import { ChangedSinceNotice } from '@/components/edition/changed-since-notice';

type Props = { params: Promise<CityParams & { number: string }> };
export const dynamicParams = false;

export function generateStaticParams() {
  return getCities().flatMap((city) => city.groups.map((g) => ({ city: city.id, number: g.number })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city: cityId, number } = await params;
  const city = cityOr404(cityId);
  const group = city.groups.find((g) => g.number === number);
  if (!group) return {};
  const t = await getTranslations({ locale, namespace: 'Service' });
  return pageMetadata(
    locale,
    `/${city.id}/group/${number}`,
    `${group.title[locale]} · ${city.name[locale]} ${t('number', { number })}`,
    t('metaDescription', { city: city.name[locale], title: group.title[locale], more: t('subItems') }),
  );
}

/** An official number split into sub-items (e.g. Shenyang 3 → 3.1–3.4). */
export default async function GroupPage({ params }: Props) {
  const { locale, city: cityId, number } = await params;
  setRequestLocale(locale);
  const city = cityOr404(cityId);
  const group = city.groups.find((g) => g.number === number);
  if (!group) notFound();
  const t = await getTranslations('Service');
  const ids = city.items.filter((i) => i.number.split('.')[0] === number).map((i) => i.id);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Breadcrumbs trail={[{ href: `/${city.id}`, label: city.name[locale] }, { label: t('number', { number }) }]} />
      <p className="text-lg font-bold text-brand-800">
        {city.name[locale]} · {t('number', { number })}
      </p>
      <h1 className="text-3xl font-bold">
        <Mixed locale={locale}>{group.title[locale]}</Mixed>
      </h1>
      <ChangedSinceNotice city={city} locale={locale} />
      <div className="flex flex-wrap items-center gap-4">
        <div className="min-w-[min(16rem,100%)] flex-1">
          <ShortUrl path={shortPath(city, number)} locale={locale} />
        </div>
        <PageQr path={shortPath(city, number)} label={group.title[locale]} size="size-36" caption={false} edition={city.edition.checked} />
      </div>
      <h2 className="text-2xl font-bold">
        <Mixed locale={locale}>{t('subItems')}</Mixed>
      </h2>
      <div className="text-xl">
        <ItemLinks city={city} ids={ids} locale={locale} />
      </div>
    </div>
  );
}
