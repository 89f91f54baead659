import { CityEditions } from '@/components/edition/edition-line';
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/client-messages';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { SearchApp, type SearchCityInfo } from '@/components/search/search-app';
import { itemsForLifeEvent } from '@/lib/checklist';
import { getCities } from '@/lib/content/load';
import { Link } from '@/components/i18n/link';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/site';
import { Mixed } from '@/components/i18n/mixed';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Search' });
  return pageMetadata(locale, '/search', t('title'), t('description'));
}

export default async function SearchPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Search');
  const events = await getTranslations('Checklist');
  const cities: SearchCityInfo[] = getCities().map((c) => ({
    id: c.id,
    name: c.name[locale],
    hotline: c.hotlines[0].number,
    areaCode: c.areaCode,
    lifeEvents: c.lifeEvents.map((e) => ({ id: e.id, label: events(`lifeEvent_${e.id}`), items: itemsForLifeEvent(c, e.id) })),
  }));
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Breadcrumbs trail={[{ label: t('title') }]} />
      <h1 className="text-3xl font-bold">
        <Mixed locale={locale}>{t('title')}</Mixed>
      </h1>
      <noscript>
        <p>
          <Mixed locale={locale}>{t('noScript')}</Mixed>
        </p>
        <ul>
          {cities.map((c) => (
            <li key={c.id}>
              <Link href={`/${c.id}`}>{c.name}</Link>
            </li>
          ))}
        </ul>
      </noscript>
      <ClientMessages namespaces={['Search', 'Before']}>
        <SearchApp cities={cities} />
      </ClientMessages>
      <CityEditions cities={getCities()} locale={locale} />
    </div>
  );
}
