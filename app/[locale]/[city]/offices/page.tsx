import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { PageQrSection } from '@/components/qr/page-qr-section';
import { PhoneLink } from '@/components/service/phone-link';
import { colon, mapSearchUrl } from '@/lib/content/localize';
import { glossCity } from '@/lib/guide/gloss';
import { windowTerms } from '@/lib/glossary';
import { allCityParams, cityOr404, cityPageMetadata, type CityParams } from '@/app/_lib/params';
import { Mixed } from '@/components/i18n/mixed';
import { ChangedSinceNotice } from '@/components/edition/changed-since-notice';
import { CopyText } from '@/components/offices/copy-text';

type Props = { params: Promise<CityParams> };
export const dynamicParams = false;
export const generateStaticParams = allCityParams;

export const generateMetadata = cityPageMetadata('offices', 'Lists', 'officesTitle', 'officesIntro');

export default async function OfficesPage({ params }: Props) {
  const { locale, city: cityId } = await params;
  setRequestLocale(locale);
  const city = glossCity(locale, cityOr404(cityId), (c) => [c.hotlines, c.offices], windowTerms());
  const t = await getTranslations('Lists');
  const c = await getTranslations('City');
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Breadcrumbs trail={[{ href: `/${city.id}`, label: city.name[locale] }, { label: c('offices') }]} />
      <h1 className="text-3xl font-bold">
        <Mixed locale={locale}>{t('officesTitle', { city: city.name[locale] })}</Mixed>
      </h1>
      <ChangedSinceNotice city={city} locale={locale} />
      <p>
        <Mixed locale={locale}>{t('officesIntro')}</Mixed>
      </p>
      <section aria-labelledby="hotlines" className="rounded-xl bg-brand-50 p-3">
        <h2 id="hotlines" className="text-xl font-bold">
          <Mixed locale={locale}>{t('hotlines')}</Mixed>
        </h2>
        <ul>
          {city.hotlines.map((p) => (
            <li key={p.number}>
              <PhoneLink number={p.number} label={p.label} locale={locale} areaCode={city.areaCode} />
            </li>
          ))}
        </ul>
      </section>
      <ol className="space-y-4">
        {city.offices.map((office) => (
          <li key={office.id} id={office.id} className="space-y-1 rounded-xl border-2 border-brand-100 p-3">
            <h2 className="text-xl font-bold">
              <Mixed locale={locale}>{office.name[locale]}</Mixed>
            </h2>
            {office.address && (
              <p>
                <span className="font-bold">
                  {t('address')}
                  {colon(locale)}
                </span>
                <a
                  href={mapSearchUrl(office.address.zh, city.name.zh)}
                  rel="noopener"
                  className="inline-flex min-h-11 items-center"
                  aria-label={`${office.address[locale]} (${t('map')})`}
                >
                  <Mixed locale={locale}>{office.address[locale]}</Mixed>
                </a>
              </p>
            )}
            {office.address && locale === 'en' && (
              <p>
                <span className="font-bold">
                  {t('addressInChinese')}
                  {colon(locale)}
                </span>
                <span lang="zh-CN" className="text-xl">
                  {office.address.zh}
                </span>
              </p>
            )}
            {office.address && <CopyText text={office.address.zh} label={t('copyAddress')} done={t('copied')} />}
            {office.phones.map((p) => (
              <p key={p.number}>
                <span className="font-bold">
                  {t('phone')}
                  {colon(locale)}
                </span>
                <PhoneLink number={p.number} label={p.label} locale={locale} areaCode={city.areaCode} />
              </p>
            ))}
            {office.windows.length > 0 && (
              <div>
                <h3 className="font-bold">
                  <Mixed locale={locale}>{t('windows')}</Mixed>
                </h3>
                <ul className="space-y-2">
                  {office.windows.map((w) => (
                    <li key={w.numbers.join()}>
                      <span className="font-bold">
                        {w.floor && `${w.floor[locale]} `}
                        {t('windowNumbers', { numbers: w.numbers.join(locale === 'en' ? ', ' : '、') })}
                      </span>
                      {colon(locale)}
                      <Mixed locale={locale}>{w.purpose[locale]}</Mixed>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </li>
        ))}
      </ol>
      <PageQrSection path={`/${locale}/${city.id}/offices`} locale={locale} edition={city.edition.checked} />
    </div>
  );
}
