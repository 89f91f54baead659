import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { City, DocumentRequirement, ToleratedMissing } from '@/lib/content/schema';
import { plainTimeLimit } from './time-limit-text';

type Props = {
  city: City;
  documents: DocumentRequirement[];
  tolerated: Map<string, ToleratedMissing>;
  locale: Locale;
  /** Prefix for checkbox ids, unique on the page. */
  idPrefix: string;
};

/** Documents as a list of boxes to tick, each with its form, seal, source, condition and 容缺 mark. */
export async function DocumentList({ city, documents, tolerated, locale, idPrefix }: Props) {
  const t = await getTranslations({ locale, namespace: 'Service' });
  const rows = await Promise.all(
    documents.map(async (d, i) => {
      const def = city.documents[d.doc];
      const name = (d.text ?? def.name)[locale];
      const badges = [d.form && t(d.form), d.sealed && t('sealed'), d.count && t('count', { count: d.count })].filter(Boolean) as string[];
      const condition = d.when && city.conditions[d.when.condition];
      const conditionLabel = condition ? (d.when!.is ? condition.whenYes : condition.whenNo)[locale] : undefined;
      const row = tolerated.get(d.doc);
      const deadline = row?.deadline ? await plainTimeLimit(row.deadline, locale) : undefined;
      const source = d.source && [t(`sourceKind_${d.source.kind}`), d.source.note?.[locale]].filter(Boolean).join(locale === 'en' ? ': ' : '：');
      const id = `${idPrefix}-${i}`;
      return (
        <li key={id} className="flex gap-3 border-b border-brand-100 py-3 last:border-b-0">
          <input id={id} type="checkbox" className="mt-1 size-7 shrink-0 accent-brand-700" />
          <div className="min-w-0 flex-1">
            <label htmlFor={id} className="font-bold">
              {conditionLabel && <span className="mr-2 inline-block rounded bg-accent-50 px-1.5 text-base font-bold text-accent-700">{conditionLabel}</span>}
              {name}
            </label>
            {d.anyOf && (
              <p className="text-base">
                {t('anyOf')} {d.anyOf.map((a) => city.documents[a].name[locale]).join(locale === 'en' ? ' / ' : '／')}
              </p>
            )}
            {badges.length > 0 && (
              <p className="mt-1 flex flex-wrap gap-1.5">
                {badges.map((b) => (
                  <span key={b} className="rounded border border-brand-600 px-1.5 text-base text-brand-800">
                    {b}
                  </span>
                ))}
              </p>
            )}
            {d.notes && <p className="text-base text-muted">{d.notes[locale]}</p>}
            {source && <p className="text-base text-muted">{t('from', { source })}</p>}
            {d.source?.url && (
              <p className="text-base">
                <a href={d.source.url} rel="noopener" className="break-all">
                  {d.source.url}
                </a>
              </p>
            )}
            {row && <p className="mt-1 text-base font-bold text-accent-700">{deadline ? t('tolerated', { deadline }) : t('toleratedNoDeadline')}</p>}
          </div>
        </li>
      );
    }),
  );
  return <ul className="rounded-xl border-2 border-brand-100 px-3">{rows}</ul>;
}
