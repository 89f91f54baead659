import { getTranslations } from 'next-intl/server';
import { PhoneLink } from '@/components/service/phone-link';
import { getCities } from '@/lib/content/load';
import type { Locale } from '@/lib/i18n/routing';
import { INLINE_CITIES, officesInWords } from '@/lib/content/localize';
import { Mixed } from '@/components/i18n/mixed';
import { Link } from '@/components/i18n/link';

/** Names the source guides and the hotlines, and says this is not an official site. */
export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Footer' });
  const cities = getCities();
  // Every page carries the footer: with many cities it names none, so a page's weight does not grow with them.
  const few = cities.length <= INLINE_CITIES;
  return (
    <footer className="no-print mt-12 border-t-4 border-brand-600 bg-brand-50">
      <div className="mx-auto max-w-5xl space-y-3 px-4 py-6 text-base">
        {few && (
          <ul>
            {cities.map((city) => (
              <li key={city.id}>
                <span className="font-bold">
                  <Mixed locale={locale}>{city.name[locale]}</Mixed>
                </span>{' '}
                <PhoneLink number={city.hotlines[0].number} label={city.hotlines[0].label} locale={locale} areaCode={city.areaCode} />
              </li>
            ))}
          </ul>
        )}
        <p>
          <Mixed locale={locale}>{t('source', { offices: officesInWords(cities, locale) })}</Mixed>
        </p>
        <p>
          <Link href="/glossary" className="inline-flex min-h-11 items-center">
            <Mixed locale={locale}>{t('glossary')}</Mixed>
          </Link>
        </p>
        <p className="text-muted">
          <Mixed locale={locale}>{t('unofficial')}</Mixed>
        </p>
      </div>
    </footer>
  );
}
