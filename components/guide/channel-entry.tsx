import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/routing';
import type { ChannelView } from '@/lib/guide';
import { Mixed } from '@/components/i18n/mixed';

type Props = { channel: ChannelView; locale: Locale; children?: ReactNode };

/** One way to apply as the model gives it: label, place or name, windows, address, menu steps and scope. */
export function ChannelEntry({ channel: c, locale, children }: Props) {
  const t = useTranslations('Channel');
  const sep = locale === 'en' ? ', ' : '、';
  return (
    <li data-guide-channel={c.kind} className="break-inside-avoid rounded-xl border-2 border-brand-100 p-3 print:border print:p-2">
      <p className="font-bold text-brand-800">
        <Mixed locale={locale}>{c.label[locale]}</Mixed>
      </p>
      {c.kind === 'email' && c.url ? (
        <p>
          <a href={c.url} className="inline-flex min-h-11 items-center break-all print:min-h-0">
            <Mixed locale={locale}>{c.title[locale]}</Mixed>
          </a>
        </p>
      ) : (
        <p>
          <Mixed locale={locale}>{c.title[locale]}</Mixed>
        </p>
      )}
      {c.windows.length > 0 && (
        <p className="text-xl font-bold">
          <Mixed locale={locale}>{t('windowNumbers', { numbers: c.windows.join(sep) })}</Mixed>
        </p>
      )}
      {c.kind !== 'email' && c.url && (
        <p>
          <a href={c.url} rel="noopener" lang="en" translate="no" className="inline-flex min-h-11 items-center break-all print:min-h-0">
            {c.url}
          </a>
        </p>
      )}
      {c.steps.length > 0 && (
        <div className="mt-1">
          <p className="text-base text-muted">
            <Mixed locale={locale}>{t('steps')}</Mixed>
          </p>
          <ol className="flex flex-wrap items-center gap-1">
            {c.steps.map((s, j) => (
              <li key={j} className="flex items-center gap-1">
                {j > 0 && <span aria-hidden="true">→</span>}
                <span className="rounded bg-brand-50 px-2 font-bold">
                  <Mixed locale={locale}>{s[locale]}</Mixed>
                </span>
              </li>
            ))}
          </ol>
        </div>
      )}
      {c.scope && (
        <p className="mt-1 text-base text-accent-700">
          <Mixed locale={locale}>{c.scope[locale]}</Mixed>
        </p>
      )}
      {children}
    </li>
  );
}
