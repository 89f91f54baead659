import type { LocalizedText } from '@/content/schema';
import type { Locale } from '@/lib/i18n/routing';
import { telHref } from '@/lib/phone';
import { Mixed } from '@/components/i18n/mixed';

/** A phone number as printed, dialled when tapped (with the city's area code when the guide prints none). */
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
  return (
    <a href={telHref(number, areaCode)} className="inline-flex min-h-11 max-w-full flex-wrap items-center gap-x-2 font-bold">
      <span aria-hidden="true">☎</span>
      <span className="whitespace-nowrap">{number}</span>
      {label && (
        <span className="font-normal text-ink">
          <Mixed locale={locale}>{label[locale]}</Mixed>
        </span>
      )}
    </a>
  );
}
