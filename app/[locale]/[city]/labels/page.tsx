import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PreviewMark } from '@/components/qr/preview-mark';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { QrSvg } from '@/components/qr/qr-svg';
import { PrintButton } from '@/components/service/print-button';
import { allCityParams, cityOr404, cityPageMetadata, type CityParams } from '@/app/_lib/params';
import { staffRows } from '@/lib/content/staff';
import { Mixed } from '@/components/i18n/mixed';
import { PrintedEdition } from '@/components/edition/edition-line';

type Props = { params: Promise<CityParams> };
export const dynamicParams = false;
export const generateStaticParams = allCityParams;

export const generateMetadata = cityPageMetadata('labels', 'Staff', 'labelsTitle', 'labelsDescription');

/** An A4 sheet of QR labels for every item, to cut out and insert into the printed guide. */
export default async function LabelsPage({ params }: Props) {
  const { locale, city: cityId } = await params;
  setRequestLocale(locale);
  const city = cityOr404(cityId);
  const t = await getTranslations('Staff');
  const rows = staffRows(city, locale);
  return (
    <div className="space-y-4">
      <PreviewMark />
      <Breadcrumbs
        trail={[
          { href: `/${city.id}`, label: city.name[locale] },
          { href: `/${city.id}/staff`, label: t('staffLink') },
          { label: t('labelsTitle', { city: city.name[locale] }) },
        ]}
      />
      <h1 className="text-3xl font-bold print:hidden">
        <Mixed locale={locale}>{t('labelsTitle', { city: city.name[locale] })}</Mixed>
      </h1>
      <PrintedEdition city={city} locale={locale} className="text-base font-bold" />
      <div className="no-print">
        <PrintButton label={t('printThis')} hint={t('labelsDescription', { city: city.name[locale] })} />
      </div>
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 print:grid-cols-3 print:gap-0">
        {rows.map((r) => (
          <li
            key={r.number}
            className="flex break-inside-avoid flex-col items-center border border-dashed border-muted p-2 text-center print:h-[54mm]"
          >
            <p className="line-clamp-2 text-base font-bold leading-snug">
              {r.number}. <Mixed locale={locale}>{r.title}</Mixed>
            </p>
            <QrSvg shape={r.qr} label={r.title} className="size-28 print:size-[30mm]" />
            <p className="text-lg font-bold" translate="no">
              {r.shortPath}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
