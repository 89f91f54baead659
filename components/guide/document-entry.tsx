import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/routing';
import type { DocumentToBring } from '@/lib/guide';
import { Mixed } from '@/components/i18n/mixed';

type Props = {
  /** The document as the guide model returns it. */
  document: DocumentToBring;
  locale: Locale;
  /** Identifies it for the fidelity contract test: "<item>:<key>" or a checklist line key. */
  dataKey: string;
  /** A box to tick, when the surface offers one (rendered before the text). */
  tick?: (labelId: string) => ReactNode;
  /** Extra lines under the document (e.g. the items a checklist line serves). */
  children?: ReactNode;
};

/**
 * One document exactly as the model words it: wording, alternatives, marks (form, seal, count, optional),
 * notes, source, download address and 容缺 mark. Shared by the service page, checklist and poster, so no
 * surface can word a requirement its own way. Its condition is the heading of the group it sits in.
 */
export function DocumentEntry({ document: d, locale, dataKey, tick, children }: Props) {
  const t = useTranslations('Guide');
  const labelId = `doc-${dataKey.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  return (
    <li data-guide-doc={dataKey} className="flex break-inside-avoid gap-3 border-b border-brand-100 py-3 last:border-b-0 print:py-1">
      {tick?.(labelId)}
      <div className="min-w-0 flex-1">
        <p className="font-bold">
          <label htmlFor={tick ? labelId : undefined}>
            <Mixed locale={locale}>{d.wording[locale]}</Mixed>
          </label>
        </p>
        {d.alternatives && (
          <p className="text-base">
            <Mixed locale={locale}>{t('anyOf', { documents: d.alternatives[locale] })}</Mixed>
          </p>
        )}
        {d.marks.length > 0 && (
          <p className="mt-1 flex flex-wrap gap-1.5">
            {d.marks.map((m) => (
              <span key={m.zh} className="rounded border border-brand-600 px-1.5 text-base text-brand-800">
                <Mixed locale={locale}>{m[locale]}</Mixed>
              </span>
            ))}
          </p>
        )}
        {d.notes && (
          <p className="text-base">
            <Mixed locale={locale}>{d.notes[locale]}</Mixed>
          </p>
        )}
        {d.source && (
          <p className="text-base text-muted">
            <Mixed locale={locale}>{t('from', { source: d.source[locale] })}</Mixed>
          </p>
        )}
        {d.url && (
          <p className="text-base">
            <a href={d.url} rel="noopener" className="break-all">
              {d.url}
            </a>
          </p>
        )}
        {d.tolerated && (
          <p className="mt-1 text-base font-bold text-accent-700">
            <Mixed locale={locale}>
              {d.tolerated.deadline
                ? t('tolerated', { row: d.tolerated.row, deadline: d.tolerated.deadline.source[locale] })
                : t('toleratedNoDeadline', { row: d.tolerated.row })}
            </Mixed>
          </p>
        )}
        {children}
      </div>
    </li>
  );
}
