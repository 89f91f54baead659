'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useMemo, useState } from 'react';
import type { GlossaryTerm } from '@/lib/glossary/match';
import { pageGlossary } from '@/lib/guide/gloss';
import {
  TICKS_PARAM,
  buildChecklist,
  checklistLines,
  decodeSelection,
  decodeTicks,
  emptySelection,
  encodeSelection,
  encodeTicks,
  itemsForLifeEvent,
  pruneSelection,
  readCityParam,
  readTicksParam,
  checklistPageOrder,
} from '@/lib/checklist';
import type { DecodeProblem, Selection } from '@/lib/checklist';
import type { CityId, LocalizedText } from '@/content/schema';
import type { CityContent } from '@/lib/content/validate';
import type { Locale } from '@/lib/i18n/routing';
import { ChecklistPicker } from './checklist-picker';
import { ChecklistQuestions } from './checklist-questions';
import { ChecklistResult } from './checklist-result';
import { useCityData } from './use-city-data';
import { useTicks } from './use-ticks';
import type { LifeEventChoice } from './life-event-summary';
import { Mixed } from '@/components/i18n/mixed';

/** A city as the picker shows it before its content is loaded. */
export type CityChoice = { id: CityId; short: string; name: LocalizedText };

const CURRENT_KEY = 'yibao-checklist:current';

function resolveCity(cities: CityChoice[], value: string | undefined): CityId | undefined {
  const v = value?.trim().toLowerCase();
  return cities.find((c) => c.id === v || c.short === v)?.id;
}

/** The checklist generator; its whole state lives in the query string, so a link reproduces it. */
export function ChecklistApp({
  cities,
  clerkMessages,
  terms,
}: {
  cities: CityChoice[];
  clerkMessages: Record<string, string>;
  /** The glossary's window terms, for "English (中文)" on first use. */
  terms: GlossaryTerm[];
}) {
  const locale = useLocale() as Locale;
  const t = useTranslations('Checklist');
  const [cityId, setCityId] = useState<CityId>();
  const [query, setQuery] = useState<string>();
  const [selection, setSelection] = useState<Selection>();
  const [problems, setProblems] = useState<DecodeProblem[]>([]);
  const { data: city, failed, retry } = useCityData(cityId);
  const { ticks, toggle, replace: replaceTicks, clear: clearTicks } = useTicks(cityId);
  const [lifeEvent, setLifeEvent] = useState<LifeEventChoice>();

  // Read the URL once on arrival: ?city=…&items=… (a shared checklist) or ?city=…&add=<item> (from a service page).
  useEffect(() => {
    const search = window.location.search;
    setQuery(search);
    setCityId(resolveCity(cities, readCityParam(search)));
  }, [cities]);

  useEffect(() => {
    if (!city || query === undefined || selection?.city === city.id) return;
    const { selection: decoded, problems: found } = decodeSelection(city, query);
    const add = new URLSearchParams(query).get('add');
    let next = decoded;
    if (add && city.items.some((i) => i.id === add)) {
      const saved = readSaved(city);
      next = { ...(saved ?? decoded), items: [...new Set([...(saved?.items ?? decoded.items), add])] };
    }
    // A link with ticks (t=…) brings them along: they replace this device's ticks for the lines it lists.
    const linked = readTicksParam(query);
    if (linked !== undefined) replaceTicks(decodeTicks(checklistLines(buildChecklist(city, next)), linked));
    setProblems(found);
    setSelection(next);
  }, [city, query, selection?.city, replaceTicks]);

  const checklist = useMemo(() => (city && selection ? buildChecklist(city, selection) : undefined), [city, selection]);
  // As shown: on English pages each window term carries its Chinese on first use (ticks and links use `checklist`).
  const shown = useMemo(
    () => checklist && pageGlossary(locale, checklistPageOrder(checklist), terms).apply(checklist),
    [checklist, locale, terms],
  );
  // The link to this checklist: the selection, then the ticked documents.
  const shareQuery = useMemo(() => {
    if (!city || !selection || !checklist) return undefined;
    const ticked = encodeTicks(checklistLines(checklist), ticks);
    return `${encodeSelection(pruneSelection(city, selection))}${ticked ? `&${TICKS_PARAM}=${ticked}` : ''}`;
  }, [city, selection, checklist, ticks]);

  // Every change goes to the URL (to share) and to this device (for "add to my checklist").
  useEffect(() => {
    if (!selection || !city || shareQuery === undefined) return;
    window.history.replaceState(null, '', `?${shareQuery}`);
    try {
      localStorage.setItem(CURRENT_KEY, encodeSelection(pruneSelection(city, selection)));
    } catch {
      // No storage: the URL still holds the checklist.
    }
  }, [selection, city, shareQuery]);

  // Any change but a life event's own closes its summary, so "undo" never undoes more than it says.
  function change(next: Selection) {
    setLifeEvent(undefined);
    setSelection(next);
  }

  function chooseLifeEvent(event: string) {
    if (!city || !selection) return;
    const items = itemsForLifeEvent(city, event);
    setLifeEvent({
      event,
      added: items.filter((id) => !selection.items.includes(id)),
      already: items.filter((id) => selection.items.includes(id)),
      previous: selection,
    });
    setSelection({ ...selection, items: [...new Set([...selection.items, ...items])] });
  }

  function chooseCity(id: CityId) {
    setProblems([]);
    setQuery('');
    setLifeEvent(undefined);
    setSelection(undefined);
    setCityId(id);
  }

  function startAgain() {
    if (!cityId) return;
    try {
      localStorage.removeItem(CURRENT_KEY);
    } catch {
      // Nothing stored.
    }
    clearTicks();
    setLifeEvent(undefined);
    setProblems([]);
    setSelection(emptySelection(cityId));
  }

  return (
    // The list appears once the city's data loads; the reserved height keeps the page from jumping.
    <div className="min-h-screen space-y-8 print:min-h-0">
      <section aria-labelledby="step-city" className="no-print space-y-2">
        <h2 id="step-city" className="text-2xl font-bold">
          {t('step1')}
        </h2>
        <div role="radiogroup" aria-labelledby="step-city" className="flex flex-wrap gap-2">
          {cities.map((c) => (
            <button
              key={c.id}
              type="button"
              role="radio"
              aria-checked={cityId === c.id}
              onClick={() => chooseCity(c.id)}
              className={`min-h-11 rounded-full border-2 border-brand-700 px-5 text-xl font-bold ${cityId === c.id ? 'bg-brand-700 text-white' : 'bg-white text-brand-800'}`}
            >
              <Mixed locale={locale}>{c.name[locale]}</Mixed>
            </button>
          ))}
        </div>
      </section>
      {problems.length > 0 && (
        <div role="alert" className="rounded-xl border-2 border-accent-700 bg-accent-50 p-3">
          <p className="font-bold">
            <Mixed locale={locale}>{t('problems')}</Mixed>
          </p>
          <ul className="list-disc pl-6">
            {problems.map((p, i) => (
              <li key={i}>{t(`problem_${p.code}`, { value: p.value })}</li>
            ))}
          </ul>
        </div>
      )}
      {cityId && failed && (
        <p role="alert">
          {t('loadError')}{' '}
          <button type="button" onClick={retry} className="min-h-11 font-bold underline">
            <Mixed locale={locale}>{t('retry')}</Mixed>
          </button>
        </p>
      )}
      {cityId && !city && !failed && (
        <p aria-live="polite">
          <Mixed locale={locale}>{t('loading')}</Mixed>
        </p>
      )}
      {city && selection && checklist && shown && (
        <>
          <ChecklistPicker
            city={city}
            selection={selection}
            onChange={change}
            onLifeEvent={chooseLifeEvent}
            lifeEvent={lifeEvent}
            onUndo={() => {
              if (lifeEvent) change(lifeEvent.previous);
            }}
          />
          {selection.items.length > 0 && (
            <ChecklistQuestions questions={shown.questions} city={city} selection={selection} onChange={change} />
          )}
          {selection.items.length > 0 && shareQuery !== undefined && (
            <ChecklistResult
              city={city}
              checklist={shown}
              ticks={ticks}
              onTick={toggle}
              shareQuery={shareQuery}
              clerkMessages={clerkMessages}
              onStartAgain={startAgain}
            />
          )}
        </>
      )}
    </div>
  );
}

/** The checklist last built on this device, if it is for this city (decoded like any link, so never trusted). */
function readSaved(city: CityContent): Selection | undefined {
  try {
    const saved = localStorage.getItem(CURRENT_KEY);
    if (!saved || resolveCityId(saved) !== city.id) return undefined;
    return decodeSelection(city, saved).selection;
  } catch {
    return undefined;
  }
}

function resolveCityId(query: string) {
  return readCityParam(query)?.toLowerCase();
}
