import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/i18n/link';
import { longDate } from '@/lib/i18n/dates';
import type { Locale } from '@/lib/i18n/routing';
import type { CityContent } from '@/lib/content/load';
import { Mixed } from '@/components/i18n/mixed';

/** "核对日期：2026年11月30日 · 更新记录": when a city's content was last checked, and a link to what changed. */
async function CheckedAndChanges({ city, locale }: { city: CityContent; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Edition' });
  return (
    <>
      {t('checked', { date: longDate(city.edition.checked, locale) })} ·{' '}
      <Link href={`/${city.id}/changes`} className="inline-flex min-h-11 items-center">
        {t('changesLink')}
      </Link>
    </>
  );
}

/** That line under every page of a city: when its content was last checked, and what changed. */
export function EditionLine({ city, locale }: { city: CityContent; locale: Locale }) {
  return (
    <p data-edition={city.edition.checked} className="no-print mx-auto mt-10 max-w-3xl border-t-2 border-brand-100 pt-3 text-base">
      <CheckedAndChanges city={city} locale={locale} />
    </p>
  );
}

/**
 * On pages that serve every city (search, checklist): each city's 核对日期 with its changes link, so
 * every page says how current its guide is.
 */
export function CityEditions({ cities, locale }: { cities: CityContent[]; locale: Locale }) {
  return (
    <ul className="no-print mx-auto mt-10 max-w-3xl border-t-2 border-brand-100 pt-3 text-base">
      {cities.map((city) => (
        <li key={city.id} data-edition={city.edition.checked}>
          <span className="font-bold">
            <Mixed locale={locale}>{city.name[locale]}</Mixed>
          </span>{' '}
          · <CheckedAndChanges city={city} locale={locale} />
        </li>
      ))}
    </ul>
  );
}

/** The edition a printout carries, printed on it: "核对日期：… 扫码可看此后的更新。" */
export async function PrintedEdition({ city, locale, className = '' }: { city: CityContent; locale: Locale; className?: string }) {
  const t = await getTranslations({ locale, namespace: 'Edition' });
  return (
    <p data-printed-edition={city.edition.checked} className={className}>
      {t('printed', { date: longDate(city.edition.checked, locale) })}
    </p>
  );
}
