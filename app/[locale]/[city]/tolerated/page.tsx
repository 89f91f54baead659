import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { PageQrSection } from '@/components/qr/page-qr-section';
import { ItemLinks } from '@/components/lists/item-links';
import { plainTimeLimit } from '@/components/service/time-limit-text';
import { glossCity } from '@/lib/guide/gloss';
import { bracketed } from '@/lib/content/localize';
import { windowTerms } from '@/lib/glossary';
import { allCityParams, cityOr404, cityPageMetadata, type CityParams } from '@/app/_lib/params';
import { Mixed } from '@/components/i18n/mixed';
import { ChangedSinceNotice } from '@/components/edition/changed-since-notice';
import type { Locale } from '@/lib/i18n/routing';

/** The deadline in words, and the guide's wording in brackets when it says more ("5 working days" does not). */
function withSource(deadline: string, source: string, locale: Locale): string {
  if (deadline.includes(source)) return deadline;
  return deadline + bracketed(source, locale);
}

type Props = { params: Promise<CityParams> };
export const dynamicParams = false;
export const generateStaticParams = allCityParams;

export const generateMetadata = cityPageMetadata('tolerated', 'Lists', 'toleratedTitle', 'toleratedIntro');

export default async function ToleratedPage({ params }: Props) {
  const { locale, city: cityId } = await params;
  setRequestLocale(locale);
  const city = glossCity(locale, cityOr404(cityId), (c) => [c.toleratedMissing], windowTerms());
  const t = await getTranslations('Lists');
  const c = await getTranslations('City');
  const rows = await Promise.all(
    city.toleratedMissing.map(async (row) => ({ row, deadline: row.deadline && (await plainTimeLimit(row.deadline, locale)) })),
  );
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Breadcrumbs trail={[{ href: `/${city.id}`, label: city.name[locale] }, { label: c('tolerated') }]} />
      <h1 className="text-3xl font-bold">
        <Mixed locale={locale}>{t('toleratedTitle', { city: city.name[locale] })}</Mixed>
      </h1>
      <ChangedSinceNotice city={city} locale={locale} />
      <p>
        <Mixed locale={locale}>{t('toleratedIntro')}</Mixed>
      </p>
      <ol className="space-y-4">
        {rows.map(({ row, deadline }) => (
          <li key={row.number} className="space-y-2 rounded-xl border-2 border-brand-100 p-3">
            <h2 className="text-xl font-bold">
              {row.number}. <Mixed locale={locale}>{row.matter[locale]}</Mixed>
            </h2>
            <ItemLinks city={city} ids={row.items} locale={locale} />
            <p className="font-bold">
              <Mixed locale={locale}>{t('toleratedDocs')}</Mixed>
            </p>
            <ul className="list-disc pl-6">
              {row.documents.map((d, i) => (
                <li key={i}>
                  <Mixed locale={locale}>{d.text[locale]}</Mixed>
                </li>
              ))}
            </ul>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-base">
              {row.method && (
                <>
                  <dt className="font-bold">
                    <Mixed locale={locale}>{t('method')}</Mixed>
                  </dt>
                  <dd>
                    <Mixed locale={locale}>{row.method[locale]}</Mixed>
                  </dd>
                </>
              )}
              {row.source && (
                <>
                  <dt className="font-bold">
                    <Mixed locale={locale}>{t('source')}</Mixed>
                  </dt>
                  <dd>
                    <Mixed locale={locale}>{row.source[locale]}</Mixed>
                  </dd>
                </>
              )}
              {deadline && (
                <>
                  <dt className="font-bold">
                    <Mixed locale={locale}>{t('deadline')}</Mixed>
                  </dt>
                  <dd>
                    <Mixed locale={locale}>{withSource(deadline, row.deadline!.source[locale], locale)}</Mixed>
                  </dd>
                </>
              )}
            </dl>
            {row.note && (
              <p className="text-base text-accent-700">
                <Mixed locale={locale}>{row.note[locale]}</Mixed>
              </p>
            )}
          </li>
        ))}
      </ol>
      <PageQrSection path={`/${locale}/${city.id}/tolerated`} locale={locale} edition={city.edition.checked} />
    </div>
  );
}
