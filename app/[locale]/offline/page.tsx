import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getCities } from '@/lib/content/load';
import { Link } from '@/components/i18n/link';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/site';
import { Mixed } from '@/components/i18n/mixed';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Offline' });
  return { ...pageMetadata(locale, '/offline', t('title'), t('description')), robots: { index: false } };
}

/** What the service worker shows for a page it has not saved when there is no network. */
export default async function OfflinePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Offline');
  const checklist = await getTranslations('Checklist');
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">
        <Mixed locale={locale}>{t('title')}</Mixed>
      </h1>
      <p>
        <Mixed locale={locale}>{t('body')}</Mixed>
      </p>
      <ul className="space-y-1">
        {getCities().map((c) => (
          <li key={c.id}>
            <Link href={`/${c.id}`} className="inline-flex min-h-11 items-center font-bold">
              <Mixed locale={locale}>{c.name[locale]}</Mixed>
            </Link>
          </li>
        ))}
        <li>
          <Link href="/checklist" className="inline-flex min-h-11 items-center font-bold">
            {checklist('title')}
          </Link>
        </li>
        <li>
          <Link href="/" className="inline-flex min-h-11 items-center font-bold">
            <Mixed locale={locale}>{t('home')}</Mixed>
          </Link>
        </li>
      </ul>
    </div>
  );
}
