import { useTranslations } from 'next-intl';
import type { Locale } from '@/lib/i18n/routing';
import { documentGroups, type DocumentGroup as Group, type GuideCase, type GuideView } from '@/lib/guide';
import { DocumentEntry } from './document-entry';
import { DocumentGroup } from './document-group';
import { Mixed } from '@/components/i18n/mixed';

type Props = {
  view: GuideView;
  locale: Locale;
  /** The cases to show (default: all of them; a poster sheet shows one). */
  cases?: GuideCase[];
  /** The groups to show (default: every group of those cases); a poster sheet may show part of them. */
  groups?: Group[];
  /** Offer a box to tick beside each document (service page). */
  ticks?: boolean;
  /** Heading level class for case titles. */
  caseTitleClass?: string;
};

/**
 * What to bring for a surface that cannot ask questions: the common documents grouped by condition
 * (in words), then every case under its title, grouped the same way. Never a flat list of everything.
 */
export function GuideDocuments({
  view,
  locale,
  cases = view.cases,
  groups = documentGroups(view, cases),
  ticks = false,
  caseTitleClass = 'text-xl font-bold',
}: Props) {
  const t = useTranslations('Guide');
  const commonGroups = groups.filter((g) => !g.caseId);
  const only = groups.length === 1 && !groups[0].conditionText;
  const tick = (labelId: string) => <input id={labelId} type="checkbox" className="mt-1 size-7 shrink-0 accent-brand-700 print:size-5" />;
  const renderGroup = (g: (typeof groups)[number], i: number) => (
    <DocumentGroup key={`${g.caseId ?? ''}-${i}`} conditionText={g.conditionText} only={only} locale={locale}>
      {g.documents.map((d) => (
        <DocumentEntry key={d.key} document={d} locale={locale} dataKey={`${view.id}:${d.key}`} tick={ticks ? tick : undefined} />
      ))}
    </DocumentGroup>
  );
  return (
    <div className="guide-documents space-y-4 print:space-y-2">
      {commonGroups.length > 0 && cases.length > 0 && (
        <p className="font-bold">
          <Mixed locale={locale}>{t('commonToAllCases')}</Mixed>
        </p>
      )}
      {commonGroups.map(renderGroup)}
      {cases.length > 1 && (
        <p className="font-bold">
          <Mixed locale={locale}>{t('casesIntro')}</Mixed>
        </p>
      )}
      {cases
        // A case the guide gives no documents of its own still shows, saying so.
        .filter((c) => c.documents.length === 0 || groups.some((g) => g.caseId === c.id))
        .map((c) => (
          <section key={c.id} data-guide-case={c.id} className="space-y-2 print:space-y-1">
            <h3 className={caseTitleClass}>
              <Mixed locale={locale}>{c.title[locale]}</Mixed>
            </h3>
            {c.description && (
              <p className="text-base">
                <Mixed locale={locale}>{c.description[locale]}</Mixed>
              </p>
            )}
            {c.documents.length === 0 && (
              <p className="text-base">
                <Mixed locale={locale}>{t('noCaseDocuments')}</Mixed>
              </p>
            )}
            {groups.filter((g) => g.caseId === c.id).map(renderGroup)}
          </section>
        ))}
    </div>
  );
}
