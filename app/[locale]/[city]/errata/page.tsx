import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { PageQrSection } from '@/components/qr/page-qr-section';
import { ItemLinks } from '@/components/lists/item-links';
import { getErrata } from '@/lib/content/load';
import { allCityParams, cityOr404, cityPageMetadata, type CityParams } from '@/app/_lib/params';

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
      <h1 className="text-3xl font-bold">{t('errataTitle', { city: city.name[locale] })}</h1>
      <p>{t('errataIntro')}</p>
      {errata.length === 0 && <p>{t('noErrata')}</p>}
      <ol className="space-y-4">
        {errata.map((e, i) => (
          <li key={i} className="space-y-1 rounded-xl border-2 border-brand-100 p-3">
            <h2 className="text-xl font-bold">{e.where[locale]}</h2>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3">
              <dt className="font-bold">{t('erratumOriginal')}</dt>
              <dd lang="zh-CN">{e.original}</dd>
              <dt className="font-bold">{t('erratumCorrected')}</dt>
              <dd lang="zh-CN">{e.corrected}</dd>
            </dl>
            <p className="text-base">{e.note[locale]}</p>
            {e.item && <ItemLinks city={city} ids={[e.item]} locale={locale} />}
          </li>
        ))}
      </ol>
      <PageQrSection path={`/${locale}/${city.id}/errata`} locale={locale} />
    </div>
  );
}
