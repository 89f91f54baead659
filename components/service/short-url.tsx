import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { SITE_URL } from '@/lib/site';
import { Mixed } from '@/components/i18n/mixed';

/** The short URL in large type, for staff to read out and residents to type. */
export async function ShortUrl({ path, locale }: { path: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Service' });
  const host = SITE_URL.replace(/^https?:\/\//, '');
  return (
    <div className="rounded-xl bg-brand-50 p-3">
      <p className="text-base font-bold text-brand-800">
        <Mixed locale={locale}>{t('shortUrl')}</Mixed>
      </p>
      <p className="text-3xl font-bold tracking-wide" translate="no">
        <span className="text-xl font-normal text-muted">{host}</span>
        <span className="inline-block whitespace-nowrap">{path}</span>
      </p>
      <p className="no-print text-base text-muted">
        <Mixed locale={locale}>{t('shortUrlHelp')}</Mixed>
      </p>
    </div>
  );
}
