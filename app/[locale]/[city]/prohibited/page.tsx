import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { PageQrSection } from '@/components/qr/page-qr-section';
import { ItemLinks } from '@/components/lists/item-links';
import { allCityParams, cityOr404, cityPageMetadata, type CityParams } from '@/app/_lib/params';

type Props = { params: Promise<CityParams> };
export const dynamicParams = false;
export const generateStaticParams = allCityParams;

export const generateMetadata = cityPageMetadata('prohibited', 'Lists', 'prohibitedTitle', 'prohibitedIntro');

export default async function ProhibitedPage({ params }: Props) {
  const { locale, city: cityId } = await params;
  setRequestLocale(locale);
  const city = cityOr404(cityId);
  const t = await getTranslations('Lists');
  const c = await getTranslations('City');
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Breadcrumbs trail={[{ href: `/${city.id}`, label: city.name[locale] }, { label: c('prohibited') }]} />
      <h1 className="text-3xl font-bold">{t('prohibitedTitle', { city: city.name[locale] })}</h1>
      <p>{t('prohibitedIntro', { office: city.office[locale] })}</p>
      {city.prohibited.map((list) => (
        <section key={list.id} aria-labelledby={`list-${list.id}`} className="space-y-4">
          <h2 id={`list-${list.id}`} className="border-b-4 border-brand-600 pb-1 text-2xl font-bold">
            {list.title[locale]}
          </h2>
          {list.entries.map((entry, i) => (
            <div key={i} className="space-y-2 rounded-xl border-2 border-brand-100 p-3">
              <h3 className="text-xl font-bold">{entry.matter[locale]}</h3>
              <ol className="list-decimal space-y-1 pl-6">
                {entry.cases.map((cs, j) => (
                  <li key={j}>{cs[locale]}</li>
                ))}
              </ol>
              {entry.items.length > 0 && (
                <div>
                  <p className="font-bold">{t('relatedItems')}</p>
                  <ItemLinks city={city} ids={entry.items} locale={locale} />
                </div>
              )}
            </div>
          ))}
        </section>
      ))}
      <PageQrSection path={`/${locale}/${city.id}/prohibited`} locale={locale} />
    </div>
  );
}
