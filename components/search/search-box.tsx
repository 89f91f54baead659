import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { Mixed } from '@/components/i18n/mixed';
import { getCities } from '@/lib/content/load';
import { SearchCityField } from './search-city-field';

/** The search box in every page's header: a plain GET form, so it works before any script loads; on a city's pages it searches that city first. */
export async function SearchBox({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Search' });
  return (
    <form role="search" action={`/${locale}/search`} method="get" className="flex w-full gap-2">
      <label htmlFor="site-search" className="sr-only">
        <Mixed locale={locale}>{t('label')}</Mixed>
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        maxLength={100}
        placeholder={t('placeholder')}
        autoComplete="off"
        enterKeyHint="search"
        className="min-h-11 min-w-0 flex-1 rounded-lg border-2 border-white bg-white px-3 text-ink placeholder:text-muted"
      />
      <SearchCityField cities={getCities().map((c) => c.id)} />
      <button type="submit" className="min-h-11 rounded-lg border-2 border-white px-4 font-bold text-white hover:bg-brand-800">
        <Mixed locale={locale}>{t('submit')}</Mixed>
      </button>
    </form>
  );
}
