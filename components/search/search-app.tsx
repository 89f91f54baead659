'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import {
  findServices,
  loadSearchIndex,
  normalizeQuery,
  searchIndexUrl,
  searchSuggestions,
  warmUpSearch,
  type SearchCity,
  type SearchIndex,
  type SearchResult,
} from '@/lib/search';
import { encodeSelection } from '@/lib/checklist/url';
import { Link } from '@/components/i18n/link';
import type { Locale } from '@/lib/i18n/routing';
import { telHref } from '@/lib/phone';
import { Mixed } from '@/components/i18n/mixed';
import { SearchGistView } from './search-gist';
import { SearchResultLink } from './search-result-link';

/** A city as the search page needs it: its name, hotline and life events (with their items). */
export type SearchCityInfo = {
  id: SearchCity;
  name: string;
  hotline: string;
  areaCode: string;
  lifeEvents: { id: string; label: string; items: string[] }[];
};

/** The URL follows the query once typing pauses this long (each history update costs a phone a frame or two). */
const URL_DELAY_MS = 400;

/** Run `tasks` one per idle period (setTimeout where requestIdleCallback is missing, as on older iOS). */
function whenIdle(tasks: (() => void)[]): () => void {
  let cancelled = false;
  const idle = (cb: () => void) =>
    window.requestIdleCallback ? window.requestIdleCallback(cb, { timeout: 2000 }) : window.setTimeout(cb, 50);
  const next = (i: number) => {
    if (cancelled || i >= tasks.length) return;
    tasks[i]();
    idle(() => next(i + 1));
  };
  idle(() => next(0));
  return () => {
    cancelled = true;
  };
}

function readUrl(cities: SearchCityInfo[]) {
  const params = new URLSearchParams(window.location.search);
  const q = (params.get('q') ?? '').slice(0, 100);
  const city = cities.find((c) => c.id === params.get('city'))?.id;
  return { q, city };
}

/**
 * Search whose state is the URL (?q=…&city=…): the city the resident is in (from the page the header
 * search was used on, or chosen here) comes first, other cities below; nothing rather than weak matches.
 */
export function SearchApp({ cities }: { cities: SearchCityInfo[] }) {
  const locale = useLocale() as Locale;
  const t = useTranslations('Search');
  const [q, setQ] = useState('');
  const [city, setCity] = useState<SearchCity>();
  const [indexes, setIndexes] = useState<SearchIndex[]>();
  const [failed, setFailed] = useState(false);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const initial = readUrl(cities);
    setQ(initial.q);
    setCity(initial.city);
    setReady(true);
    Promise.all(cities.map((c) => loadSearchIndex(searchIndexUrl(c.id)))).then(setIndexes, () => setFailed(true));
  }, [cities]);

  // Unpack the indexes while nobody types, so that the first character is as quick as the others.
  useEffect(() => (indexes ? whenIdle(indexes.map((index) => () => warmUpSearch(index, locale))) : undefined), [indexes, locale]);

  useEffect(() => {
    if (!ready) return;
    const timer = window.setTimeout(() => {
      const params = new URLSearchParams();
      if (q) params.set('q', q);
      if (city) params.set('city', city);
      const query = params.toString();
      window.history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
    }, URL_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [q, city, ready]);

  // The box shows every key at once; the results follow as an interruptible render.
  const shown = useDeferredValue(q);
  const typed = normalizeQuery(shown) !== '';
  const answer = useMemo(
    () => (indexes && typed ? findServices(indexes, shown, { locale, city, limit: 20 }) : undefined),
    [indexes, typed, shown, city, locale],
  );
  const here = answer?.results.slice(0, answer.here) ?? [];
  const elsewhere = answer?.results.slice(answer.here) ?? [];
  const cityName = (id: SearchCity) => cities.find((c) => c.id === id)?.name ?? id;
  const current = cities.find((c) => c.id === city);
  const chip = 'inline-flex min-h-11 items-center rounded-full border-2 border-brand-700 px-4 font-bold';

  return (
    // Results appear after the index loads; the reserved height keeps the rest of the page from jumping.
    <div className="min-h-screen space-y-4 print:min-h-0">
      <form role="search" onSubmit={(e) => e.preventDefault()} className="space-y-3">
        <label htmlFor="search-q" className="block text-lg font-bold">
          <Mixed locale={locale}>{t('label')}</Mixed>
        </label>
        <input
          id="search-q"
          type="search"
          value={q}
          maxLength={100}
          onChange={(e) => setQ(e.target.value)}
          placeholder={t('placeholder')}
          autoComplete="off"
          enterKeyHint="search"
          className="min-h-12 w-full rounded-lg border-2 border-brand-700 px-3 text-xl"
        />
        <div role="group" aria-label={t('cityChoice')} className="flex flex-wrap gap-2">
          {[...cities.map((c) => c.id), undefined].map((id) => (
            <button
              key={id ?? 'all'}
              type="button"
              aria-pressed={city === id}
              onClick={() => setCity(id)}
              className={`${chip} ${city === id ? 'bg-brand-700 text-white' : 'bg-white text-brand-800'}`}
            >
              {id ? cityName(id) : t('allCities')}
            </button>
          ))}
        </div>
      </form>
      {failed && (
        <p role="alert">
          <Mixed locale={locale}>{t('loadError')}</Mixed>
        </p>
      )}
      {!indexes && !failed && typed && (
        <p aria-live="polite">
          <Mixed locale={locale}>{t('loading')}</Mixed>
        </p>
      )}
      {!typed && (
        <p className="text-base text-muted">
          <Mixed locale={locale}>{t('hint')}</Mixed>
        </p>
      )}
      {answer && (
        <p aria-live="polite" className="font-bold">
          {here.length
            ? t('results', { count: here.length })
            : current
              ? t('nothingHere', { city: current.name, query: shown.trim() })
              : t('nothingFits', { query: shown.trim() })}
        </p>
      )}
      {here.length > 0 && (
        <section className="space-y-2">
          {current && <h2 className="text-xl font-bold">{t('cityResults', { city: current.name })}</h2>}
          <ol aria-label={t('resultsLabel')} className="space-y-2">
            {here.map((r, i) => (
              <li key={`${r.city}/${r.id}`}>
                <SearchResultLink result={r} cityName={cityName(r.city)} />
                {i === 0 && <FirstResultGist result={r} locale={locale} />}
              </li>
            ))}
          </ol>
        </section>
      )}
      {(!typed || (answer && here.length === 0)) && <EmptyHelp cities={current ? [current] : cities} onTry={setQ} />}
      {elsewhere.length > 0 && (
        <section className="space-y-2">
          <h2 className="text-xl font-bold">{t('otherCities')}</h2>
          <ol aria-label={t('otherCities')} className="space-y-2">
            {elsewhere.map((r) => (
              <li key={`${r.city}/${r.id}`}>
                <SearchResultLink result={r} cityName={cityName(r.city)} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}

/** The first result's gist (where, how many documents, how long) and "add to checklist". */
function FirstResultGist({ result, locale }: { result: SearchResult; locale: Locale }) {
  const t = useTranslations('Search');
  if (!result.gist) return null;
  return (
    <div className="mt-2 space-y-2 rounded-xl bg-brand-50 p-3" aria-label={t('gistLabel')} role="group">
      <SearchGistView gist={result.gist} locale={locale} />
      <Link
        href={`/checklist?${encodeSelection({ city: result.city, items: [result.id], scenarios: {}, answers: {} })}`}
        className="inline-flex min-h-11 items-center rounded-lg border-2 border-brand-700 bg-white px-4 font-bold text-brand-800 no-underline"
      >
        <Mixed locale={locale}>{t('addToChecklist')}</Mixed>
      </Link>
    </div>
  );
}

/** Nothing fits: offer the city's life events, its catalog and its phone, then example queries. */
function EmptyHelp({ cities, onTry }: { cities: SearchCityInfo[]; onTry: (q: string) => void }) {
  const locale = useLocale() as Locale;
  const t = useTranslations('Search');
  return (
    <div className="space-y-3 rounded-xl bg-brand-50 p-3">
      {cities.map((c) => (
        <div key={c.id} className="space-y-2">
          <p className="font-bold">{t('byLifeEvent', { city: c.name })}</p>
          <ul className="flex flex-wrap gap-x-4">
            {c.lifeEvents.map((e) => (
              <li key={e.id}>
                <Link
                  href={`/checklist?${encodeSelection({ city: c.id, items: e.items, scenarios: {}, answers: {} })}`}
                  className="inline-flex min-h-11 items-center font-bold"
                >
                  {e.label}
                </Link>
              </li>
            ))}
            <li>
              <Link href={`/${c.id}`} className="inline-flex min-h-11 items-center font-bold">
                {t('catalog', { city: c.name })}
              </Link>
            </li>
          </ul>
          <p>
            <Mixed locale={locale}>{t('callUs')}</Mixed>{' '}
            <a href={telHref(c.hotline, c.areaCode)} className="inline-flex min-h-11 items-center font-bold">
              {c.hotline}
            </a>
          </p>
        </div>
      ))}
      <p className="font-bold">
        <Mixed locale={locale}>{t('tryThese')}</Mixed>
      </p>
      <ul className="flex flex-wrap gap-2">
        {searchSuggestions(locale).map((s) => (
          <li key={s}>
            <button
              type="button"
              onClick={() => onTry(s)}
              className="min-h-11 rounded-full border-2 border-brand-700 bg-white px-4 text-brand-800"
            >
              {s}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
