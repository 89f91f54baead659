import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { PageQrSection } from '@/components/qr/page-qr-section';
import { ItemLinks } from '@/components/lists/item-links';
import { getErrata } from '@/lib/content/load';
import { allCityParams, cityOr404, cityPageMetadata, type CityParams } from '@/app/_lib/params';
import { Mixed } from '@/components/i18n/mixed';
import { ChangedSinceNotice } from '@/components/edition/changed-since-notice';

type Props = { params: Promise<CityParams> };
export const dynamicParams = false;
export const generateStaticParams = allCityParams;

export const generateMetadata = cityPageMetadata('errata', 'Lists', 'errataTitle', 'errataIntro');

export default async function ErrataPage({ params }: Props) {
  const { locale, city: cityId } = await params;
  setRequestLocale(locale);
  const city = cityOr404(cityId);
  const errata = getErrata(city.id);
  const t = await getTranslations('Lists');
  const c = await getTranslations('City');
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Breadcrumbs trail={[{ href: `/${city.id}`, label: city.name[locale] }, { label: c('errata') }]} />
      <h1 className="text-3xl font-bold">
        <Mixed locale={locale}>{t('errataTitle', { city: city.name[locale] })}</Mixed>
      </h1>
      <ChangedSinceNotice city={city} locale={locale} />
      <p>
        <Mixed locale={locale}>{t('errataIntro')}</Mixed>
      </p>
      {errata.length === 0 && (
        <p>
          <Mixed locale={locale}>{t('noErrata')}</Mixed>
        </p>
      )}
      <ol className="space-y-4">
        {errata.map((e, i) => (
          <li key={i} className="space-y-1 rounded-xl border-2 border-brand-100 p-3">
            <h2 className="text-xl font-bold">
              <Mixed locale={locale}>{e.where[locale]}</Mixed>
            </h2>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3">
              <dt className="font-bold">
                <Mixed locale={locale}>{t('erratumOriginal')}</Mixed>
              </dt>
              <dd lang="zh-CN">{e.original}</dd>
              <dt className="font-bold">
                <Mixed locale={locale}>{t('erratumCorrected')}</Mixed>
              </dt>
              <dd lang="zh-CN">{e.corrected}</dd>
            </dl>
            <p className="text-base">
              <Mixed locale={locale}>{e.note[locale]}</Mixed>
            </p>
            {e.item && <ItemLinks city={city} ids={[e.item]} locale={locale} />}
          </li>
        ))}
      </ol>
      <PageQrSection path={`/${locale}/${city.id}/errata`} locale={locale} edition={city.edition.checked} />
    </div>
  );
}
