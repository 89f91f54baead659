import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/client-messages';
import { CatalogList } from '@/components/catalog/catalog-list';
import { CityLists } from '@/components/catalog/city-lists';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { PageQrSection } from '@/components/qr/page-qr-section';
import { plainTimeLimit } from '@/components/service/time-limit-text';
import { audienceGroups, canApplyRemotely, channelKinds, isDoneOnTheSpot, officialCounts } from '@/lib/content/localize';
import { allCityParams, cityOr404, type CityParams } from '@/app/_lib/params';
import { Link } from '@/components/i18n/link';
import { pageMetadata } from '@/lib/site';
import { Mixed } from '@/components/i18n/mixed';
import { ChangedSinceNotice } from '@/components/edition/changed-since-notice';
import { numberedTitle } from '@/lib/i18n/numerals';

type Props = { params: Promise<CityParams> };

export const dynamicParams = false;
export const generateStaticParams = allCityParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city: cityId } = await params;
  const city = cityOr404(cityId);
  const t = await getTranslations({ locale, namespace: 'City' });
  return pageMetadata(locale, `/${city.id}`, t('title', { city: city.name[locale] }), t('description', { office: city.office[locale] }));
}

export default async function CityPage({ params }: Props) {
  const { locale, city: cityId } = await params;
  setRequestLocale(locale);
  const city = cityOr404(cityId);
  const t = await getTranslations('City');
  const channel = await getTranslations('Channel');
  const categories = await Promise.all(
    city.categories.map(async (cat) => ({
      id: cat.id,
      title: numberedTitle(cat.ordinal, cat.title[locale], locale),
      rows: await Promise.all(
        city.items
          .filter((item) => item.category === cat.id)
          .map(async (item) => ({
            href: `/${city.id}/${item.id}`,
            number: item.number,
            title: item.title[locale],
            titleZh: locale === 'en' ? item.title.zh : undefined,
            timeLimit: await plainTimeLimit(item.timeLimit, locale),
            channels: channelKinds(item).map((k) => channel(k)),
            groups: audienceGroups(item),
            remote: canApplyRemotely(item),
            onTheSpot: isDoneOnTheSpot(item),
          })),
      ),
    })),
  );
  return (
    <div className="space-y-6">
      <Breadcrumbs trail={[{ label: city.name[locale] }]} />
      <h1 className="text-3xl font-bold">
        <Mixed locale={locale}>{t('title', { city: city.name[locale] })}</Mixed>
      </h1>
      <ChangedSinceNotice city={city} locale={locale} />
      <p>
        <Mixed locale={locale}>{t('intro', { office: city.office[locale], ...officialCounts(city) })}</Mixed>
      </p>
      <p className="no-print">
        <Link href={{ pathname: '/checklist', query: { city: city.id } }} className="inline-flex min-h-11 items-center font-bold">
          {(await getTranslations('Checklist'))('fromCatalog')}
        </Link>
      </p>
      <ClientMessages namespaces={['City']}>
        <CatalogList categories={categories} />
      </ClientMessages>
      <CityLists city={city} locale={locale} />
      <PageQrSection path={`/${city.short}`} locale={locale} edition={city.edition.checked} />
    </div>
  );
}
