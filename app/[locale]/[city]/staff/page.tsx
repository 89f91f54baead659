import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PreviewMark } from '@/components/qr/preview-mark';
import { ClientMessages } from '@/components/layout/client-messages';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { StaffList } from '@/components/staff/staff-list';
import { allCityParams, cityOr404, cityPageMetadata, type CityParams } from '@/app/_lib/params';
import { staffRows } from '@/lib/content/staff';
import { Link } from '@/components/i18n/link';
import { Mixed } from '@/components/i18n/mixed';
import { PrintedEdition } from '@/components/edition/edition-line';

type Props = { params: Promise<CityParams> };
export const dynamicParams = false;
export const generateStaticParams = allCityParams;

export const generateMetadata = cityPageMetadata('staff', 'Staff', 'title', 'description');

/** For window staff: every item's short URL and QR code, a full-screen view, and the printables. */
export default async function StaffPage({ params }: Props) {
  const { locale, city: cityId } = await params;
  setRequestLocale(locale);
  const city = cityOr404(cityId);
  const t = await getTranslations('Staff');
  return (
    <div className="space-y-6">
      <PreviewMark />
      <Breadcrumbs trail={[{ href: `/${city.id}`, label: city.name[locale] }, { label: t('staffLink') }]} />
      <h1 className="text-3xl font-bold">
        <Mixed locale={locale}>{t('title', { city: city.name[locale] })}</Mixed>
      </h1>
      <PrintedEdition city={city} locale={locale} className="text-base font-bold" />
      <p className="no-print">
        <Mixed locale={locale}>{t('intro')}</Mixed>
      </p>
      <p className="no-print">
        <Link href={`/${city.id}/labels`} className="inline-flex min-h-11 items-center font-bold">
          <Mixed locale={locale}>{t('labels')}</Mixed>
        </Link>
      </p>
      <ClientMessages namespaces={['Staff']}>
        <StaffList rows={staffRows(city, locale)} />
      </ClientMessages>
    </div>
  );
}
