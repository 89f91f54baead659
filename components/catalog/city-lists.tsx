import { getTranslations } from 'next-intl/server';
import { PhoneLink } from '@/components/service/phone-link';
import { Link } from '@/components/i18n/link';
import type { Locale } from '@/lib/i18n/routing';
import type { City } from '@/content/schema';
import { Mixed } from '@/components/i18n/mixed';

/** Links to a city's lists (prohibited cases, 容缺, offices, errata, changes) and its hotlines. */
export async function CityLists({ city, locale }: { city: City; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'City' });
  const lists = await getTranslations({ locale, namespace: 'Lists' });
  const staff = await getTranslations({ locale, namespace: 'Staff' });
  const links = [
    ['prohibited', t('prohibited')],
    ['tolerated', t('tolerated')],
    ['offices', t('offices')],
    ['errata', t('errata')],
    ['changes', t('changes')],
    ['staff', staff('staffLink')],
  ] as const;
  return (
    <section aria-labelledby="city-lists" className="space-y-3 border-t-4 border-brand-600 pt-4">
      <h2 id="city-lists" className="text-2xl font-bold">
        <Mixed locale={locale}>{t('lists')}</Mixed>
      </h2>
      <ul className="grid gap-2 sm:grid-cols-2">
        {links.map(([slug, label]) => (
          <li key={slug}>
            <Link href={`/${city.id}/${slug}`} className="flex min-h-11 items-center rounded-xl border-2 border-brand-100 p-3 font-bold">
              <Mixed locale={locale}>{label}</Mixed>
            </Link>
          </li>
        ))}
      </ul>
      <h3 className="text-xl font-bold">{lists('hotlines')}</h3>
      <ul>
        {city.hotlines.map((p) => (
          <li key={p.number}>
            <PhoneLink number={p.number} label={p.label} locale={locale} areaCode={city.areaCode} />
          </li>
        ))}
      </ul>
    </section>
  );
}
