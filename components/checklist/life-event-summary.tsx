'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import type { Selection } from '@/lib/checklist';
import type { CityContent } from '@/lib/content/validate';
import type { Locale } from '@/lib/i18n/routing';
import { Mixed } from '@/components/i18n/mixed';

/** A life event just chosen: the services it added, those already chosen, and the selection before it (for undo). */
export interface LifeEventChoice {
  /** Life event id. */
  event: string;
  /** Item ids it added. */
  added: string[];
  /** Item ids it bundles that were chosen already. */
  already: string[];
  /** The selection before the choice. */
  previous: Selection;
}

type Props = { city: CityContent; choice: LifeEventChoice; onUndo: () => void };

/**
 * Shown in place under the life events once one is chosen: what it added, with undo and a link down to
 * the list. It scrolls itself into view and takes focus, so the choice visibly did something.
 */
export function LifeEventSummary({ city, choice, onUndo }: Props) {
  const locale = useLocale() as Locale;
  const t = useTranslations('Checklist');
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    box.current?.focus({ preventScroll: true });
  }, [choice]);
  const item = (id: string) => city.items.find((i) => i.id === id);
  const event = t(`lifeEvent_${choice.event}` as Parameters<typeof t>[0]);
  return (
    <div
      ref={box}
      tabIndex={-1}
      role="status"
      data-life-event-summary={choice.event}
      className="scroll-my-4 space-y-2 rounded-xl border-2 border-brand-700 bg-brand-50 p-3 focus:outline-none"
    >
      <p className="font-bold">
        <Mixed locale={locale}>
          {choice.added.length ? t('lifeEventAdded', { event, count: choice.added.length }) : t('lifeEventNothing', { event })}
        </Mixed>
      </p>
      {choice.added.length > 0 && (
        <ul className="list-disc pl-6">
          {choice.added.map((id) => (
            <li key={id}>
              <Mixed locale={locale}>{`${item(id)?.number}. ${item(id)?.title[locale]}`}</Mixed>
            </li>
          ))}
        </ul>
      )}
      {choice.already.length > 0 && (
        <p className="text-base">
          <Mixed locale={locale}>{t('lifeEventAlready', { count: choice.already.length })}</Mixed>
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        {choice.added.length > 0 && (
          <button
            type="button"
            onClick={onUndo}
            className="min-h-11 rounded-lg border-2 border-brand-700 bg-white px-4 font-bold text-brand-800"
          >
            <Mixed locale={locale}>{t('undo')}</Mixed>
          </button>
        )}
        <a href="#step-result" className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-bold text-white no-underline">
          <Mixed locale={locale}>{t('toList')}</Mixed>
        </a>
      </div>
    </div>
  );
}
