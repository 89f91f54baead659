import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { PageQrSection } from '@/components/qr/page-qr-section';
import { ItemLinks } from '@/components/lists/item-links';
import { glossCity } from '@/lib/guide/gloss';
import { windowTerms } from '@/lib/glossary';
import { allCityParams, cityOr404, cityPageMetadata, type CityParams } from '@/app/_lib/params';
import { Mixed } from '@/components/i18n/mixed';
import { ChangedSinceNotice } from '@/components/edition/changed-since-notice';

type Props = { params: Promise<CityParams> };
export const dynamicParams = false;
export const generateStaticParams = allCityParams;

export const generateMetadata = cityPageMetadata('prohibited', 'Lists', 'prohibitedTitle', 'prohibitedIntro');

export default async function ProhibitedPage({ params }: Props) {
  const { locale, city: cityId } = await params;
  setRequestLocale(locale);
  const city = glossCity(locale, cityOr404(cityId), (c) => [c.prohibited], windowTerms());
  const t = await getTranslations('Lists');
  const c = await getTranslations('City');
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Breadcrumbs trail={[{ href: `/${city.id}`, label: city.name[locale] }, { label: c('prohibited') }]} />
      <h1 className="text-3xl font-bold">
        <Mixed locale={locale}>{t('prohibitedTitle', { city: city.name[locale] })}</Mixed>
      </h1>
      <ChangedSinceNotice city={city} locale={locale} />
      <p>
        <Mixed locale={locale}>{t('prohibitedIntro', { office: city.office[locale] })}</Mixed>
      </p>
      {city.prohibited.map((list) => (
        <section key={list.id} aria-labelledby={`list-${list.id}`} className="space-y-4">
          <h2 id={`list-${list.id}`} className="border-b-4 border-brand-600 pb-1 text-2xl font-bold">
            <Mixed locale={locale}>{list.title[locale]}</Mixed>
          </h2>
          {list.entries.map((entry, i) => (
            <div key={i} className="space-y-2 rounded-xl border-2 border-brand-100 p-3">
              <h3 className="text-xl font-bold">
                <Mixed locale={locale}>{entry.matter[locale]}</Mixed>
              </h3>
              <ol className="list-decimal space-y-1 pl-6">
                {entry.cases.map((cs, j) => (
                  <li key={j}>
                    <Mixed locale={locale}>{cs[locale]}</Mixed>
                  </li>
                ))}
              </ol>
              {entry.items.length > 0 && (
                <div>
                  <p className="font-bold">
                    <Mixed locale={locale}>{t('relatedItems')}</Mixed>
                  </p>
                  <ItemLinks city={city} ids={entry.items} locale={locale} />
                </div>
              )}
            </div>
          ))}
        </section>
      ))}
      <PageQrSection path={`/${locale}/${city.id}/prohibited`} locale={locale} edition={city.edition.checked} />
    </div>
  );
}
