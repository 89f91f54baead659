import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';

/** Names the source guides and says this is not an official site. */
export async function SiteFooter({ locale, children }: { locale: Locale; children?: React.ReactNode }) {
  const t = await getTranslations({ locale, namespace: 'Footer' });
  return (
    <footer className="no-print mt-12 border-t-4 border-brand-600 bg-brand-50">
      <div className="mx-auto max-w-5xl space-y-3 px-4 py-6 text-base">
        {children}
        <p>{t('source')}</p>
        <p className="text-muted">{t('unofficial')}</p>
      </div>
    </footer>
  );
}
