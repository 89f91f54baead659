import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { LocalizedText } from '@/content/schema';
import type { Locale } from '@/lib/i18n/routing';
import { Mixed } from '@/components/i18n/mixed';

type Props = {
  /** The condition in words; undefined for documents everyone brings. */
  conditionText?: LocalizedText;
  /** True when the whole list is one group with no condition: no heading is needed. */
  only?: boolean;
  locale: Locale;
  /** DocumentEntry elements. */
  children: ReactNode;
  className?: string;
};

/** A list of documents under its condition ("因死亡办理时，还要带："), or under "everyone brings". */
export function DocumentGroup({ conditionText, only, locale, children, className = '' }: Props) {
  const t = useTranslations('Guide');
  return (
    <div data-guide-group={conditionText?.[locale] ?? ''} className={`break-inside-avoid-page space-y-1 ${className}`}>
      {!only && (
        <p className={`font-bold ${conditionText ? 'text-accent-700' : ''}`}>
          <Mixed locale={locale}>{conditionText ? t('ifCondition', { condition: conditionText[locale] }) : t('everyone')}</Mixed>
        </p>
      )}
      <ul className="rounded-xl border-2 border-brand-100 px-3 print:border print:px-2">{children}</ul>
    </div>
  );
}
