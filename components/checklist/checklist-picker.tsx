'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { Selection } from '@/lib/checklist';
import type { Locale } from '@/lib/i18n/routing';
import type { CityContent } from '@/lib/content/validate';
import { Mixed } from '@/components/i18n/mixed';
import { numberedTitle } from '@/lib/i18n/numerals';
import { LifeEventSummary, type LifeEventChoice } from './life-event-summary';

type Props = {
  city: CityContent;
  selection: Selection;
  onChange: (s: Selection) => void;
  onLifeEvent: (id: string) => void;
  /** The life event just chosen, for its summary; undefined once anything else changes. */
  lifeEvent?: LifeEventChoice;
  onUndo: () => void;
};

/** Step 2: life events that bundle services, and every service of the city to tick. */
export function ChecklistPicker({ city, selection, onChange, onLifeEvent, lifeEvent, onUndo }: Props) {
  const locale = useLocale() as Locale;
  const t = useTranslations('Checklist');
  const chosen = new Set(selection.items);
  // Open at first when nothing is chosen; a life event closes it, so its summary and the list stay near.
  const [open, setOpen] = useState(selection.items.length === 0);
  useEffect(() => {
    if (lifeEvent) setOpen(false);
  }, [lifeEvent]);
  const toggle = (id: string, on: boolean) =>
    onChange({ ...selection, items: on ? [...selection.items, id] : selection.items.filter((i) => i !== id) });
  const title = (id: string) => city.items.find((i) => i.id === id)?.title[locale] ?? id;
  return (
    <section aria-labelledby="step-items" className="no-print space-y-3">
      <h2 id="step-items" className="text-2xl font-bold">
        {t('step2')}
      </h2>
      <h3 className="text-xl font-bold">
        <Mixed locale={locale}>{t('lifeEvents')}</Mixed>
      </h3>
      <ul className="flex flex-wrap gap-2">
        {city.lifeEvents.map((e) => (
          <li key={e.id}>
            <button
              type="button"
              onClick={() => onLifeEvent(e.id)}
              className="min-h-11 rounded-xl border-2 border-brand-700 bg-brand-50 px-4 text-left font-bold text-brand-800 hover:bg-brand-100"
            >
              {t(`lifeEvent_${e.id}`)}
            </button>
          </li>
        ))}
      </ul>
      {lifeEvent && <LifeEventSummary city={city} choice={lifeEvent} onUndo={onUndo} />}
      <p aria-live="polite" className="font-bold">
        {selection.items.length ? t('chosen', { count: selection.items.length }) : t('noneChosen')}
      </p>
      {selection.items.length > 0 && (
        <ul className="flex flex-wrap gap-2">
          {selection.items.map((id) => (
            <li key={id} className="flex items-center gap-1 rounded-full bg-brand-100 pl-3">
              <span>{title(id)}</span>
              <button
                type="button"
                aria-label={t('removeItem', { title: title(id) })}
                onClick={() => toggle(id, false)}
                className="size-11 rounded-full text-xl font-bold hover:bg-brand-600 hover:text-white"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <details
        className="rounded-xl border-2 border-brand-100 p-3"
        open={open}
        onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}
      >
        <summary className="min-h-11 cursor-pointer text-lg font-bold">
          <Mixed locale={locale}>{t('pickItems')}</Mixed>
        </summary>
        {city.categories.map((cat) => {
          const items = city.items.filter((i) => i.category === cat.id);
          if (!items.length) return null;
          return (
            <fieldset key={cat.id} className="mt-3">
              <legend className="font-bold text-brand-800">
                <Mixed locale={locale}>{numberedTitle(cat.ordinal, cat.title[locale], locale)}</Mixed>
              </legend>
              {items.map((item) => (
                <label key={item.id} className="flex min-h-11 items-center gap-3">
                  <input
                    type="checkbox"
                    checked={chosen.has(item.id)}
                    onChange={(e) => toggle(item.id, e.target.checked)}
                    className="size-6 shrink-0 accent-brand-700"
                  />
                  <span>
                    {item.number}. {item.title[locale]}
                  </span>
                </label>
              ))}
            </fieldset>
          );
        })}
      </details>
    </section>
  );
}
