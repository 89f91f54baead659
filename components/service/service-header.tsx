import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/i18n/link';
import type { Locale } from '@/lib/i18n/routing';
import { shortPath } from '@/lib/content/localize';
import type { CityContent } from '@/lib/content/load';
import type { ServiceItem } from '@/content/schema';
import { PageQr } from '@/components/qr/page-qr';
import { PrintedEdition } from '@/components/edition/edition-line';
import { PrintButton } from './print-button';
import { ShortUrl } from './short-url';
import { Mixed } from '@/components/i18n/mixed';

/** Title, official number and short path, parent item and dated-content notice. */
export async function ServiceHeader({ city, item, locale }: { city: CityContent; item: ServiceItem; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Service' });
  const main = item.number.split('.')[0];
  const group = item.number.includes('.') ? city.groups.find((g) => g.number === main) : undefined;
  return (
    <header className="space-y-4">
      <div className="hidden border-b-2 border-ink pb-1 print:block">
        <p className="font-bold">
          <Mixed locale={locale}>{t('printTitle')}</Mixed>
        </p>
        <PrintedEdition city={city} locale={locale} className="text-base" />
      </div>
      <p className="text-lg font-bold text-brand-800">
        {city.name[locale]} · {t('number', { number: item.number })} · <span translate="no">{shortPath(city, item.number).slice(1)}</span>
      </p>
      <h1 className="text-3xl font-bold leading-tight">
        <Mixed locale={locale}>{item.title[locale]}</Mixed>
      </h1>
      {group && (
        <p className="no-print">
          <Link href={`/${city.id}/group/${group.number}`}>
            <Mixed locale={locale}>{t('partOf', { number: group.number, title: group.title[locale] })}</Mixed>
          </Link>
        </p>
      )}
      {item.dated && (
        <div role="note" className="rounded-xl border-2 border-accent-700 bg-accent-50 p-3">
          <p className="font-bold text-accent-700">
            <Mixed locale={locale}>{t('dated', { year: item.dated.year })}</Mixed>
          </p>
          <p className="text-base">
            <Mixed locale={locale}>{item.dated.note[locale]}</Mixed>
          </p>
        </div>
      )}
    </header>
  );
}

/** Short URL in large type and the page actions; after the essentials on a phone. */
export async function ServiceActions({ city, item, locale }: { city: CityContent; item: ServiceItem; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Service' });
  const q = await getTranslations({ locale, namespace: 'Qr' });
  return (
    <section aria-label={t('shortUrl')} className="space-y-3">
      <div className="flex flex-wrap items-center gap-4">
        <div className="min-w-[min(16rem,100%)] flex-1">
          <ShortUrl path={shortPath(city, item.number)} locale={locale} />
        </div>
        <PageQr
          path={shortPath(city, item.number)}
          label={q('labelPage', { title: item.title[locale] })}
          size="size-36 print:size-28"
          caption={false}
          edition={city.edition.checked}
        />
      </div>
      <div className="no-print flex flex-wrap gap-2">
        <Link
          href={{ pathname: '/checklist', query: { city: city.id, add: item.id } }}
          className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-bold text-white no-underline hover:bg-brand-800"
        >
          <Mixed locale={locale}>{t('addToChecklist')}</Mixed>
        </Link>
        <PrintButton label={t('print')} hint={t('printHint')} />
      </div>
    </section>
  );
}
