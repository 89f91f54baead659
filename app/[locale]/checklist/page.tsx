import { CityEditions } from '@/components/edition/edition-line';
import type { Metadata } from 'next';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/client-messages';
import { ChecklistApp } from '@/components/checklist/checklist-app';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { getCities } from '@/lib/content/load';
import { windowTerms } from '@/lib/glossary';
import { Link } from '@/components/i18n/link';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/site';
import { Mixed } from '@/components/i18n/mixed';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Checklist' });
  return pageMetadata(locale, '/checklist', t('title'), t('description'));
}

export default async function ChecklistPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Checklist');
  const cities = getCities().map((c) => ({ id: c.id, short: c.short, name: c.name }));
  // The clerk's sheet is in Chinese on every page: its labels come from the Chinese messages.
  const clerk = (await getMessages({ locale: 'zh' })).Clerk;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Breadcrumbs trail={[{ label: t('title') }]} />
      <h1 className="text-3xl font-bold">
        <Mixed locale={locale}>{t('title')}</Mixed>
      </h1>
      <p className="no-print">
        <Mixed locale={locale}>{t('intro')}</Mixed>
      </p>
      <noscript>
        <p>
          <Mixed locale={locale}>{t('noScript')}</Mixed>
        </p>
        <ul>
          {getCities().map((c) => (
            <li key={c.id}>
              <Link href={`/${c.id}`}>
                <Mixed locale={locale}>{c.name[locale]}</Mixed>
              </Link>
            </li>
          ))}
        </ul>
      </noscript>
      <ClientMessages namespaces={['Checklist', 'Service', 'TimeLimit', 'Channel', 'Guide', 'Before', 'Clerk', 'Phone']}>
        <ChecklistApp cities={cities} clerkMessages={clerk} terms={windowTerms()} />
      </ClientMessages>
      <CityEditions cities={getCities()} locale={locale} />
    </div>
  );
}
