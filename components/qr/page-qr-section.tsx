import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { PageQr } from './page-qr';
import { Mixed } from '@/components/i18n/mixed';

/** "Open on your phone": the QR code of a page's short path (with its edition, on a city's page) with the address under it. */
export async function PageQrSection({ path, locale, edition }: { path: string; locale: Locale; edition?: string }) {
  const t = await getTranslations({ locale, namespace: 'Qr' });
  return (
    <section aria-labelledby="page-qr" className="flex flex-wrap items-center gap-4 rounded-xl bg-brand-50 p-4">
      <PageQr path={path} label={t('label', { url: path })} edition={edition} />
      <div className="min-w-0 flex-1 space-y-1">
        <h2 id="page-qr" className="text-xl font-bold">
          <Mixed locale={locale}>{t('sectionTitle')}</Mixed>
        </h2>
        <p className="text-base">
          <Mixed locale={locale}>{t('sectionHelp')}</Mixed>
        </p>
      </div>
    </section>
  );
}
