import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/routing';
import type { ChannelView } from '@/lib/guide';

type Props = { channel: ChannelView; locale: Locale; children?: ReactNode };

/** One way to apply as the model gives it: label, place or name, windows, address, menu steps and scope. */
export function ChannelEntry({ channel: c, locale, children }: Props) {
  const t = useTranslations('Channel');
  const sep = locale === 'en' ? ', ' : '、';
  return (
    <li data-guide-channel={c.kind} className="break-inside-avoid rounded-xl border-2 border-brand-100 p-3 print:border print:p-2">
      <p className="font-bold text-brand-800">{c.label[locale]}</p>
      {c.kind === 'email' && c.url ? (
        <p>
          <a href={c.url} className="inline-flex min-h-11 items-center break-all print:min-h-0">
            {c.title[locale]}
          </a>
        </p>
      ) : (
        <p>{c.title[locale]}</p>
      )}
      {c.windows.length > 0 && <p className="text-xl font-bold">{t('windowNumbers', { numbers: c.windows.join(sep) })}</p>}
      {c.kind !== 'email' && c.url && (
        <p>
          <a href={c.url} rel="noopener" className="inline-flex min-h-11 items-center break-all print:min-h-0">
            {c.url}
          </a>
        </p>
      )}
      {c.steps.length > 0 && (
        <div className="mt-1">
          <p className="text-base text-muted">{t('steps')}</p>
          <ol className="flex flex-wrap items-center gap-1">
            {c.steps.map((s, j) => (
              <li key={j} className="flex items-center gap-1">
                {j > 0 && <span aria-hidden="true">→</span>}
                <span className="rounded bg-brand-50 px-2 font-bold">{s[locale]}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
      {c.scope && <p className="mt-1 text-base text-accent-700">{c.scope[locale]}</p>}
      {children}
    </li>
  );
}
