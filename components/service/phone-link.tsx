import { useTranslations } from 'next-intl';
import type { LocalizedText } from '@/content/schema';
import type { Locale } from '@/lib/i18n/routing';
import { menuKeys, telHref } from '@/lib/phone';
import { Mixed } from '@/components/i18n/mixed';

/**
 * A phone number as printed, dialled when tapped (with the city's area code when the guide prints none),
 * and what to press when a number carries menu keys (024-12345-1-7).
 */
export function PhoneLink({
  number,
  label,
  locale,
  areaCode,
}: {
  number: string;
  label?: LocalizedText;
  locale: Locale;
  areaCode: string;
}) {
  const t = useTranslations('Phone');
  const keys = menuKeys(number);
  return (
    <a href={telHref(number, areaCode)} className="inline-flex min-h-11 max-w-full flex-wrap items-center gap-x-2 font-bold">
      <span aria-hidden="true">☎</span>
      <span className="whitespace-nowrap">{number}</span>
      {keys.length > 0 && <span className="text-base font-normal">{t('menu', { keys: keys.reduce((a, b) => t('then', { a, b })) })}</span>}
      {label && (
        <span className="font-normal text-ink">
          <Mixed locale={locale}>{label[locale]}</Mixed>
        </span>
      )}
    </a>
  );
}
