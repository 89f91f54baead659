import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/i18n/link';
import { otherLocale, type Locale } from '@/lib/i18n/routing';
import { SearchBox } from '@/components/search/search-box';
import { SearchLink } from '@/components/search/search-link';
import { getCities } from '@/lib/content/load';
import { INLINE_CITIES } from '@/lib/content/localize';
import { LanguageSwitch } from './language-switch';
import { TextSizeToggle } from './text-size-toggle';
import { Mixed } from '@/components/i18n/mixed';

// Touch targets are 2.5rem: 45 px in normal mode, 60 px in 大字 mode (the 适老化 guidance).
// In 大字 mode the city links are 22 px (still body size) so a row holds them in English too.
const navLink = 'inline-flex min-h-10 items-center px-2 font-bold [.large-text_&]:text-[0.92rem] text-white no-underline hover:underline';

/**
 * Product name, language and larger-text switches, the search box, the city links and the checklist.
 * On a phone it takes two short rows (name, search link and switches; cities and checklist), so even
 * in 大字 mode the page's own content starts in the top quarter of the screen.
 */
export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Header' });
  const site = await getTranslations({ locale, namespace: 'Site' });
  const search = await getTranslations({ locale, namespace: 'Search' });
  return (
    <header className="no-print bg-brand-700 text-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-3 focus:text-brand-800"
      >
        <Mixed locale={locale}>{t('skip')}</Mixed>
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-2 px-3 py-0.5 md:justify-between md:px-4 md:py-2">
        <Link
          href="/"
          className="inline-flex min-h-10 min-w-0 flex-[1_1_2.5em] items-center text-base leading-tight font-bold [overflow-wrap:normal] text-white no-underline md:flex-none md:text-xl"
        >
          <span className="md:hidden">{t('shortName')}</span>
          <span className="max-md:hidden">{site('name')}</span>
        </Link>
        <div className="flex max-w-full flex-wrap items-center gap-2">
          {/* On a phone the search box waits on its own page, one tap away, instead of taking a row. */}
          <SearchLink
            locale={locale}
            cities={getCities().map((c) => c.id)}
            label={search('submit')}
            className="inline-flex min-h-10 min-w-10 items-center justify-center text-white no-underline md:hidden"
          >
            <svg aria-hidden="true" viewBox="0 0 24 24" className="size-[1.4em]" fill="none" stroke="currentColor" strokeWidth="2.5">
              <circle cx="10.5" cy="10.5" r="6.5" />
              <path d="m15.5 15.5 5.5 5.5" strokeLinecap="round" />
            </svg>
          </SearchLink>
          <LanguageSwitch target={otherLocale(locale)} label={t('language')} name={t('languageName')} short={t('languageShort')} />
          <TextSizeToggle label={t('largeText')} short={t('largeTextShort')} />
        </div>
        <div className="hidden w-full md:block md:w-auto md:min-w-80">
          <SearchBox locale={locale} />
        </div>
      </div>
      <nav aria-label={t('cities')} className="bg-brand-800">
        <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-1 px-1.5 md:px-4">
          {(getCities().length <= INLINE_CITIES
            ? getCities().map((c) => ({ href: `/${c.id}`, label: c.name[locale] }))
            : [{ href: '/', label: t('allCities') }]
          ).map((link) => (
            <li key={link.href}>
              <Link href={link.href} className={navLink}>
                {link.label}
              </Link>
            </li>
          ))}
          <li>
            <Link href="/checklist" className={navLink}>
              <Mixed locale={locale}>{t('checklist')}</Mixed>
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
