import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/lib/i18n/routing';
import { SITE_PREVIEW } from '@/lib/site';
import { Mixed } from '@/components/i18n/mixed';

/**
 * On a build without a public origin (SITE_URL), printables say so: their QR codes and addresses point
 * at this machine, so they must not be printed or posted.
 */
export function PreviewMark({ short = false }: { short?: boolean }) {
  const t = useTranslations('Staff');
  const locale = useLocale() as Locale;
  if (!SITE_PREVIEW) return null;
  return (
    <span
      role="note"
      data-preview-mark=""
      className="block rounded-lg border-4 border-dashed border-accent-700 p-1 text-center text-base font-bold text-accent-700"
    >
      <Mixed locale={locale}>{t(short ? 'previewShort' : 'previewMark')}</Mixed>
    </span>
  );
}
