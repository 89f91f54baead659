'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Fragment, useState } from 'react';
import { ChannelEntry } from '@/components/guide/channel-entry';
import { DocumentEntry } from '@/components/guide/document-entry';
import { DocumentGroup } from '@/components/guide/document-group';
import { checklistBeforeYouGo, type Checklist } from '@/lib/checklist';
import { BeforeYouGoBox } from '@/components/guide/before-you-go-box';
import { localeHref } from '@/lib/i18n/href';
import type { CityContent } from '@/content/schema';
import { Link } from '@/components/i18n/link';
import type { Locale } from '@/lib/i18n/routing';
import { formatTimeLimit } from '@/lib/content/time-limit';
import { telHref } from '@/lib/phone';
import { ShareChecklist } from './share-checklist';
import { ClerkView } from './clerk-view';
import { Mixed } from '@/components/i18n/mixed';

type Props = {
  city: CityContent;
  checklist: Checklist;
  /** Ticked line keys. */
  ticks: ReadonlySet<string>;
  onTick: (line: string, on: boolean) => void;
  /** The query string of this checklist's link, ticks included. */
  shareQuery: string;
  /** The Chinese Clerk messages, for the clerk's sheet whatever the page's language. */
  clerkMessages: Record<string, string>;
  onStartAgain: () => void;
};

/**
 * Step 4: "before you go", the merged list to tick (grouped by condition), the items' notes and tips,
 * where to go, how long, phones; print, the clerk's view and the link.
 */
export function ChecklistResult({ city, checklist, ticks, onTick: toggle, shareQuery, clerkMessages, onStartAgain }: Props) {
  const locale = useLocale() as Locale;
  const t = useTranslations('Checklist');
  const tl = useTranslations('TimeLimit');
  const [clerk, setClerk] = useState(false);
  const sep = locale === 'en' ? ', ' : '、';
  const title = (id: string) => checklist.items.find((i) => i.id === id)?.title[locale] ?? id;
  const lines = checklist.groups.flatMap((g) => g.lines);
  const done = lines.filter((l) => ticks.has(l.key)).length;
  const only = checklist.groups.length === 1 && !checklist.groups[0].conditionText;
  const several = checklist.items.length > 1;

  return (
    <section aria-labelledby="step-result" className="print-sheet space-y-6 print:space-y-3">
      <h2 id="step-result" className="text-2xl font-bold print:text-xl">
        <Mixed locale={locale}>{t('documents', { count: lines.length })}</Mixed>
      </h2>
      <p className="hidden print:block">
        <Mixed locale={locale}>{checklist.items.map((i) => `${i.number}. ${i.title[locale]}`).join(sep)}</Mixed>
      </p>
      <p aria-live="polite" className="no-print font-bold text-brand-800">
        <Mixed locale={locale}>{t('ticked', { done, total: lines.length })}</Mixed>
      </p>
      {checklist.items
        .filter((i) => i.awaitingCase)
        .map((i) => (
          <p key={i.id} className="rounded-lg bg-accent-50 p-2 font-bold text-accent-700">
            <Mixed locale={locale}>{t('awaitingCase', { title: i.title[locale] })}</Mixed>
          </p>
        ))}
      <BeforeYouGoBox
        summary={checklistBeforeYouGo(city, checklist)}
        locale={locale}
        areaCode={city.areaCode}
        documentsHref="#checklist-documents"
        refusedHref={localeHref(`/${city.id}/prohibited`, locale)}
      />
      <div id="checklist-documents" className="scroll-mt-4 space-y-4 print:space-y-2">
        {checklist.groups.map((g) => (
          <DocumentGroup key={g.conditionText?.zh ?? ''} conditionText={g.conditionText} only={only} locale={locale}>
            {g.lines.map((line) => (
              <DocumentEntry
                key={line.key}
                document={line.document}
                locale={locale}
                dataKey={line.key}
                tick={(id) => (
                  <input
                    id={id}
                    type="checkbox"
                    checked={ticks.has(line.key)}
                    onChange={(e) => toggle(line.key, e.target.checked)}
                    className="mt-1 size-7 shrink-0 accent-brand-700 print:size-5"
                  />
                )}
              >
                {several && (
                  <p className="text-base text-muted">
                    <Mixed locale={locale}>{t('neededFor', { items: line.items.map(title).join(sep) })}</Mixed>
                  </p>
                )}
              </DocumentEntry>
            ))}
          </DocumentGroup>
        ))}
      </div>

      {checklist.items.map((view) =>
        view.documentNotes.length === 0 ? null : (
          <div key={view.id} data-guide-notes={view.id} className="rounded-xl border-2 border-brand-100 p-3 print:border print:p-2">
            <p className="font-bold">
              <Mixed locale={locale}>{t('itemNotes', { title: view.title[locale] })}</Mixed>
            </p>
            <ul className="list-disc space-y-1 pl-6 text-base">
              {view.documentNotes.map((n, i) => (
                <li key={i}>
                  <Mixed locale={locale}>{n[locale]}</Mixed>
                </li>
              ))}
            </ul>
          </div>
        ),
      )}

      <h2 className="text-2xl font-bold print:text-xl">
        <Mixed locale={locale}>{t('where')}</Mixed>
      </h2>
      <ul className="space-y-2">
        {checklist.channels.map((m, i) => (
          <Fragment key={m.key}>
            {several && (i === 0 || m.servesAll !== checklist.channels[i - 1].servesAll) && (
              <li className="list-none font-bold">{m.servesAll ? t('servesAll') : t('servesSome')}</li>
            )}
            <ChannelEntry channel={m.channel} locale={locale}>
              {!m.servesAll && (
                <p className="text-base text-muted">
                  <Mixed locale={locale}>{t('servesItems', { items: m.items.map(title).join(sep) })}</Mixed>
                </p>
              )}
            </ChannelEntry>
          </Fragment>
        ))}
      </ul>

      <h2 className="text-2xl font-bold print:text-xl">
        <Mixed locale={locale}>{t('howLong')}</Mixed>
      </h2>
      <ul className="space-y-1">
        {checklist.items.map((i) => (
          <li key={i.id}>
            <span className="font-bold">
              <Mixed locale={locale}>{i.title[locale]}</Mixed>
            </span>
            {locale === 'en' ? ': ' : '：'}
            {formatTimeLimit(i.timeLimit, locale, tl)}
            {i.timeLimit && <span className="text-base text-muted"> ({i.timeLimit.source[locale]})</span>}{' '}
            <Link href={`/${city.id}/${i.id}`} className="no-print inline-flex min-h-11 items-center text-base">
              <Mixed locale={locale}>{t('openService')}</Mixed>
            </Link>
          </li>
        ))}
      </ul>

      {checklist.items.map((view) =>
        view.tips.length === 0 ? null : (
          <div key={view.id} data-guide-tips={view.id} className="space-y-1">
            <h2 className="text-xl font-bold print:text-lg">
              <Mixed locale={locale}>{t('itemTips', { title: view.title[locale] })}</Mixed>
            </h2>
            <ul className="list-disc space-y-1 pl-6">
              {view.tips.map((tip, i) => (
                <li key={i}>
                  <Mixed locale={locale}>{tip[locale]}</Mixed>
                </li>
              ))}
            </ul>
          </div>
        ),
      )}

      {checklist.phones.length > 0 && (
        <>
          <h2 className="text-2xl font-bold print:text-xl">
            <Mixed locale={locale}>{t('phones')}</Mixed>
          </h2>
          <ul>
            {checklist.phones.map((p) => (
              <li key={p.number}>
                <a href={telHref(p.number, city.areaCode)} className="inline-flex min-h-11 items-center gap-2 font-bold">
                  ☎ {p.number}
                </a>{' '}
                <Mixed locale={locale}>{p.labels.map((l) => l[locale]).join(sep)}</Mixed>
              </li>
            ))}
          </ul>
        </>
      )}

      <div className="no-print flex flex-wrap gap-2">
        <button
          type="button"
          onClick={() => setClerk(true)}
          aria-describedby="clerk-help"
          className="min-h-11 rounded-lg bg-brand-700 px-4 font-bold text-white"
        >
          <Mixed locale={locale}>{t('clerk')}</Mixed>
        </button>
        <button
          type="button"
          onClick={() => window.print()}
          className="min-h-11 rounded-lg border-2 border-brand-700 px-4 font-bold text-brand-800"
        >
          <Mixed locale={locale}>{t('print')}</Mixed>
        </button>
        <button
          type="button"
          onClick={onStartAgain}
          className="min-h-11 rounded-lg border-2 border-brand-700 px-4 font-bold text-brand-800"
        >
          <Mixed locale={locale}>{t('startAgain')}</Mixed>
        </button>
      </div>
      <p id="clerk-help" className="no-print text-base text-muted">
        <Mixed locale={locale}>{t('clerkHelp')}</Mixed>
      </p>
      {clerk && (
        <ClerkView
          city={city}
          checklist={checklist}
          ticks={ticks}
          shareQuery={shareQuery}
          messages={clerkMessages}
          onClose={() => setClerk(false)}
        />
      )}
      <ShareChecklist query={shareQuery} />
    </section>
  );
}
