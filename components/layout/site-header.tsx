import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/i18n/link';
import { otherLocale, type Locale } from '@/lib/i18n/routing';
import { SearchBox } from '@/components/search/search-box';
import { getCities } from '@/lib/content/load';
import { INLINE_CITIES } from '@/lib/content/localize';
import { LanguageSwitch } from './language-switch';
import { TextSizeToggle } from './text-size-toggle';
import { Mixed } from '@/components/i18n/mixed';

/** Product name, city switch, language switch and the larger-text switch. */
export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Header' });
  const site = await getTranslations({ locale, namespace: 'Site' });
  return (
    <header className="no-print bg-brand-700 text-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-3 focus:text-brand-800"
      >
        <Mixed locale={locale}>{t('skip')}</Mixed>
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-2">
        <Link href="/" className="inline-flex min-h-11 items-center text-xl font-bold text-white no-underline">
          {site('name')}
        </Link>
        <div className="flex flex-wrap items-center gap-2">
          <LanguageSwitch target={otherLocale(locale)} label={t('language')} name={t('languageName')} />
          <TextSizeToggle label={t('largeText')} />
        </div>
        <div className="w-full md:w-auto md:min-w-80">
          <SearchBox locale={locale} />
        </div>
      </div>
      <nav aria-label={t('cities')} className="bg-brand-800">
        <ul className="mx-auto flex max-w-5xl flex-wrap gap-1 px-4">
          {(getCities().length <= INLINE_CITIES
            ? getCities().map((c) => ({ href: `/${c.id}`, label: c.name[locale] }))
            : [{ href: '/', label: t('allCities') }]
          ).map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="inline-flex min-h-11 items-center px-3 font-bold text-white no-underline hover:underline">
                {link.label}
              </Link>
            </li>
          ))}
          <li>
            <Link href="/checklist" className="inline-flex min-h-11 items-center px-3 font-bold text-white no-underline hover:underline">
              <Mixed locale={locale}>{t('checklist')}</Mixed>
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
