import { officialCounts } from '@/lib/content/localize';
import { officesInWords } from '@/lib/content/localize';
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PhoneLink } from '@/components/service/phone-link';
import { getCities } from '@/lib/content/load';
import { Link } from '@/components/i18n/link';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/site';
import { Mixed } from '@/components/i18n/mixed';
import { longDate } from '@/lib/i18n/dates';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Site' });
  return {
    ...pageMetadata(locale, '/', t('name'), t('description', { offices: officesInWords(getCities(), locale) })),
    title: { absolute: t('name') },
  };
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Home');
  const c = await getTranslations('City');
  const e = await getTranslations('Edition');
  const cities = getCities();
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">
          <Mixed locale={locale}>{t('title')}</Mixed>
        </h1>
        <p className="text-lg">
          <Mixed locale={locale}>{t('intro')}</Mixed>
        </p>
      </div>
      <section aria-labelledby="choose-city">
        <h2 id="choose-city" className="mb-3 text-2xl font-bold">
          <Mixed locale={locale}>{t('chooseCity')}</Mixed>
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2">
          {cities.map((city) => (
            <li key={city.id}>
              <Link href={`/${city.id}`} className="block rounded-xl border-2 border-brand-600 p-4 no-underline hover:bg-brand-50">
                <span className="block text-2xl font-bold underline">
                  <Mixed locale={locale}>{city.name[locale]}</Mixed>
                </span>
                <span className="block text-base text-ink">
                  <Mixed locale={locale}>{city.office[locale]}</Mixed>
                </span>
                <span className="block text-base text-ink">{t('itemCount', officialCounts(city))}</span>
                <span className="block text-base text-ink">{e('checked', { date: longDate(city.edition.checked, locale) })}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="checklist" className="space-y-2 rounded-xl bg-brand-50 p-4">
        <h2 id="checklist" className="text-2xl font-bold">
          <Mixed locale={locale}>{t('checklistTitle')}</Mixed>
        </h2>
        <p>
          <Mixed locale={locale}>{t('checklistBody')}</Mixed>
        </p>
        <Link
          href="/checklist"
          className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-bold text-white no-underline"
        >
          <Mixed locale={locale}>{t('checklistLink')}</Mixed>
        </Link>
      </section>
      <section aria-labelledby="hotlines" className="space-y-2">
        <h2 id="hotlines" className="text-2xl font-bold">
          <Mixed locale={locale}>{t('hotlines')}</Mixed>
        </h2>
        {cities.map((city) => (
          <div key={city.id}>
            <h3 className="font-bold">
              <Mixed locale={locale}>{city.name[locale]}</Mixed>
            </h3>
            <ul>
              {city.hotlines.slice(0, 3).map((p) => (
                <li key={p.number}>
                  <PhoneLink number={p.number} label={p.label} locale={locale} areaCode={city.areaCode} />
                </li>
              ))}
            </ul>
            <Link href={`/${city.id}/offices`} className="inline-flex min-h-11 items-center">
              {city.name[locale]} · {c('offices')}
            </Link>
          </div>
        ))}
      </section>
    </div>
  );
}
