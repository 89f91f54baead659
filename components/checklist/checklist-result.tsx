'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { Checklist, MergedDocument, Selection } from '@/lib/checklist';
import type { TimeLimit } from '@/lib/content/schema';
import type { CityContent } from '@/lib/content/validate';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { formatTimeLimit } from '@/lib/content/time-limit';
import { telHref } from '@/lib/phone';
import { ShareChecklist } from './share-checklist';

type Props = { city: CityContent; checklist: Checklist; selection: Selection; onStartAgain: () => void };

function useTicks(city: string) {
  const key = `yibao-checklist:ticks:${city}`;
  const [ticks, setTicks] = useState<Set<string>>(new Set());
  useEffect(() => {
    try {
      const saved: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
      setTicks(new Set(Array.isArray(saved) ? saved.filter((x): x is string => typeof x === 'string') : []));
    } catch {
      setTicks(new Set());
    }
  }, [key]);
  const toggle = (doc: string, on: boolean) =>
    setTicks((prev) => {
      const next = new Set(prev);
      if (on) next.add(doc);
      else next.delete(doc);
      try {
        localStorage.setItem(key, JSON.stringify([...next]));
      } catch {
        // No storage: ticks last until the page closes.
      }
      return next;
    });
  return { ticks, toggle };
}

/** Step 4: one merged list to tick, then where to go, how long, phones, and share/print/start again. */
export function ChecklistResult({ city, checklist, selection, onStartAgain }: Props) {
  const locale = useLocale() as Locale;
  const t = useTranslations('Checklist');
  const s = useTranslations('Service');
  const tl = useTranslations('TimeLimit');
  const ch = useTranslations('Channel');
  const { ticks, toggle } = useTicks(city.id);
  const sep = locale === 'en' ? ', ' : '、';
  const title = (id: string) => city.items.find((i) => i.id === id)?.title[locale] ?? id;
  const plain = (limit?: TimeLimit) => formatTimeLimit(limit, locale, tl);
  const done = checklist.documents.filter((d) => ticks.has(d.key)).length;
  const docLine = (d: MergedDocument) => {
    const copies = d.copies && d.copies > 1 ? t('copies', { count: d.copies }) : undefined;
    // "2 photocopies" already says it is a copy.
    const form = d.form && !(copies && d.form === 'copy') ? s(d.form) : undefined;
    return [form, copies, d.sealed && s('sealed')].filter(Boolean) as string[];
  };

  return (
    <section aria-labelledby="step-result" className="print-sheet space-y-6">
      <h2 id="step-result" className="text-2xl font-bold print:text-xl">
        {t('documents', { count: checklist.documents.length })}
      </h2>
      <p className="hidden print:block">{checklist.items.map((i) => `${i.number}. ${i.title[locale]}`).join(sep)}</p>
      <p aria-live="polite" className="no-print font-bold text-brand-800">{t('ticked', { done, total: checklist.documents.length })}</p>
      {checklist.items.filter((i) => i.awaitingScenario).map((i) => (
        <p key={i.id} className="rounded-lg bg-accent-50 p-2 font-bold text-accent-700">{t('awaitingCase', { title: i.title[locale] })}</p>
      ))}
      <ul className="rounded-xl border-2 border-brand-100 px-3 print:columns-2 print:gap-6">
        {checklist.documents.map((d) => {
          const id = `cl-${d.key}`;
          return (
            <li key={d.key} className="flex break-inside-avoid gap-3 border-b border-brand-100 py-3 last:border-b-0">
              <input id={id} type="checkbox" checked={ticks.has(d.key)} onChange={(e) => toggle(d.key, e.target.checked)} className="mt-1 size-7 shrink-0 accent-brand-700" />
              <div className="min-w-0 flex-1">
                <label htmlFor={id} className="text-lg font-bold">
                  {d.alternatives ? d.alternatives.map((a) => a.name[locale]).join(locale === 'en' ? ' / ' : '／') : d.name[locale]}
                </label>
                {d.status === 'conditional' && (
                  <p className="font-bold text-accent-700">{t('neededIf', { conditions: d.conditions.map((c) => c.label[locale]).join(locale === 'en' ? ' or ' : '或') })}</p>
                )}
                {docLine(d).length > 0 && (
                  <p className="mt-1 flex flex-wrap gap-1.5">
                    {docLine(d).map((b) => <span key={b} className="rounded border border-brand-600 px-1.5 text-base text-brand-800">{b}</span>)}
                  </p>
                )}
                <p className="text-base text-muted print:hidden">{t('neededFor', { items: d.items.map(title).join(sep) })}</p>
                {d.laterSupplyScope === 'all' && <p className="text-base font-bold text-accent-700">{t('laterAll')}{locale === 'en' ? ':' : '：'}</p>}
                {d.laterSupplyScope === 'some' && <p className="text-base font-bold text-accent-700">{t('laterSome')}</p>}
                {d.laterSupply.length > 0 && (
                  <ul className="text-base text-accent-700">
                    {d.laterSupply.map((l) => (
                      <li key={l.item}>{l.deadline ? t('laterFor', { item: title(l.item), deadline: plain(l.deadline) }) : t('laterForNoDeadline', { item: title(l.item) })}</li>
                    ))}
                  </ul>
                )}
              </div>
            </li>
          );
        })}
      </ul>

      <h2 className="text-2xl font-bold print:text-xl">{t('where')}</h2>
      {[['common', checklist.channels.common], ['other', checklist.channels.other]].map(([group, list]) =>
        (list as Checklist['channels']['common']).length === 0 ? null : (
          <div key={group as string} className="space-y-2">
            {checklist.items.length > 1 && <p className="font-bold">{t(group as 'common' | 'other')}</p>}
            <ul className="space-y-2">
              {(list as Checklist['channels']['common']).map((m) => {
                const c = m.channel;
                return (
                  <li key={m.key} className="rounded-xl border-2 border-brand-100 p-3">
                    <p className="font-bold text-brand-800">{c.label?.[locale] ?? ch(c.kind)}</p>
                    {'place' in c && c.place && <p>{c.place[locale]}</p>}
                    {c.kind === 'window' && c.windows && <p className="text-xl font-bold">{ch('windowNumbers', { numbers: c.windows.join(sep) })}</p>}
                    {c.kind === 'online' && <p>{c.name[locale]} <a href={c.url} rel="noopener" className="break-all">{c.url}</a></p>}
                    {c.kind === 'mobile' && <p>{c.name[locale]}</p>}
                    {c.kind === 'email' && <p><a href={`mailto:${c.address}`}>{c.address}</a></p>}
                    {!m.servesAll && <p className="text-base text-muted">{t('servesItems', { items: m.items.map(title).join(sep) })}</p>}
                  </li>
                );
              })}
            </ul>
          </div>
        ),
      )}

      <h2 className="text-2xl font-bold print:text-xl">{t('howLong')}</h2>
      <ul className="space-y-1">
        {checklist.items.map((i) => (
          <li key={i.id}>
            <span className="font-bold">{i.title[locale]}</span>{locale === 'en' ? ': ' : '：'}{plain(i.timeLimit)}{' '}
            <Link href={`/${city.id}/${i.id}`} className="no-print inline-flex min-h-11 items-center text-base">{t('openService')}</Link>
          </li>
        ))}
      </ul>

      {checklist.phones.length > 0 && (
        <>
          <h2 className="text-2xl font-bold print:text-xl">{t('phones')}</h2>
          <ul>
            {checklist.phones.map((p) => (
              <li key={p.number}>
                <a href={telHref(p.number)} className="inline-flex min-h-11 items-center gap-2 font-bold">☎ {p.number}</a>{' '}
                {p.labels.map((l) => l[locale]).join(sep)}
              </li>
            ))}
          </ul>
        </>
      )}

      <div className="no-print flex flex-wrap gap-2">
        <button type="button" onClick={() => window.print()} className="min-h-11 rounded-lg border-2 border-brand-700 px-4 font-bold text-brand-800">{t('print')}</button>
        <button type="button" onClick={onStartAgain} className="min-h-11 rounded-lg border-2 border-brand-700 px-4 font-bold text-brand-800">{t('startAgain')}</button>
      </div>
      <ShareChecklist selection={selection} />
    </section>
  );
}
