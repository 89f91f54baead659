import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { PageQrSection } from '@/components/qr/page-qr-section';
import { ItemLinks } from '@/components/lists/item-links';
import { allCityParams, cityOr404, cityPageMetadata, type CityParams } from '@/app/_lib/params';
import { Mixed } from '@/components/i18n/mixed';
import { editionView } from '@/lib/guide';
import { longDate } from '@/lib/i18n/dates';

type Props = { params: Promise<CityParams> };
export const dynamicParams = false;
export const generateStaticParams = allCityParams;

export const generateMetadata = cityPageMetadata('changes', 'Lists', 'changesTitle', 'changesIntro');

/** The city's change log, newest first: the edition date, each change with the services it concerns, down to the first publication. */
export default async function ChangesPage({ params }: Props) {
  const { locale, city: cityId } = await params;
  setRequestLocale(locale);
  const city = cityOr404(cityId);
  const edition = editionView(city);
  const t = await getTranslations('Lists');
  const e = await getTranslations('Edition');
  const c = await getTranslations('City');
  const entries = [...edition.changes, edition.published];
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Breadcrumbs trail={[{ href: `/${city.id}`, label: city.name[locale] }, { label: c('changes') }]} />
      <h1 className="text-3xl font-bold">
        <Mixed locale={locale}>{t('changesTitle', { city: city.name[locale] })}</Mixed>
      </h1>
      <p className="text-xl font-bold">{t('changesChecked', { date: longDate(edition.checked, locale) })}</p>
      <p>
        <Mixed locale={locale}>{t('changesIntro', { office: city.office[locale] })}</Mixed>
      </p>
      <ol className="space-y-4">
        {entries.map((change, i) => (
          <li key={i} className="space-y-2 rounded-xl border-2 border-brand-100 p-3">
            <h2 className="text-xl font-bold">
              <time dateTime={change.date}>{longDate(change.date, locale)}</time>
            </h2>
            <p>
              <Mixed locale={locale}>{change.summary[locale]}</Mixed>
            </p>
            {change.items.length > 0 ? (
              <div>
                <h3 className="font-bold">{t('changesItems')}</h3>
                <ItemLinks city={city} ids={change.items.map((item) => item.id)} locale={locale} />
              </div>
            ) : (
              <p className="text-base text-muted">{e('allServices')}</p>
            )}
          </li>
        ))}
      </ol>
      <PageQrSection path={`/${locale}/${city.id}/changes`} locale={locale} edition={city.edition.checked} />
    </div>
  );
}
