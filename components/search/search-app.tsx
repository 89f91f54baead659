'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useMemo, useState } from 'react';
import { loadSearchIndex, normalizeQuery, search, searchSuggestions, type SearchCity, type SearchIndex } from '@/lib/search';
import { Link } from '@/components/i18n/link';
import type { Locale } from '@/lib/i18n/routing';
import { telHref } from '@/lib/phone';
import { Highlighted } from './highlighted';
import { Mixed } from '@/components/i18n/mixed';

type CityInfo = { id: SearchCity; name: string; hotline: string; areaCode: string };

function readUrl(cities: CityInfo[]) {
  const params = new URLSearchParams(window.location.search);
  const q = (params.get('q') ?? '').slice(0, 100);
  const city = cities.find((c) => c.id === params.get('city'))?.id;
  return { q, city };
}

/** Search whose state is the URL (?q=…&city=…), so a result list can be linked and shared. */
export function SearchApp({ cities }: { cities: CityInfo[] }) {
  const locale = useLocale() as Locale;
  const t = useTranslations('Search');
  const [q, setQ] = useState('');
  const [city, setCity] = useState<SearchCity>();
  const [index, setIndex] = useState<SearchIndex>();
  const [failed, setFailed] = useState(false);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const initial = readUrl(cities);
    setQ(initial.q);
    setCity(initial.city);
    setReady(true);
    loadSearchIndex('/search-index.json').then(setIndex, () => setFailed(true));
  }, [cities]);

  useEffect(() => {
    if (!ready) return;
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    if (city) params.set('city', city);
    const query = params.toString();
    window.history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
  }, [q, city, ready]);

  const results = useMemo(
    () => (index && normalizeQuery(q) ? search(index, q, { locale, city, limit: 30 }) : []),
    [index, q, city, locale],
  );
  const cityName = (id: SearchCity) => cities.find((c) => c.id === id)?.name ?? id;
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
        <div role="group" aria-label={t('allCities')} className="flex flex-wrap gap-2">
          {[undefined, ...cities.map((c) => c.id)].map((id) => (
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
      {!index && !failed && normalizeQuery(q) && (
        <p aria-live="polite">
          <Mixed locale={locale}>{t('loading')}</Mixed>
        </p>
      )}
      {!normalizeQuery(q) && (
        <p className="text-base text-muted">
          <Mixed locale={locale}>{t('hint')}</Mixed>
        </p>
      )}
      {index && normalizeQuery(q) && (
        <p aria-live="polite" className="font-bold">
          {results.length ? t('results', { count: results.length }) : t('none', { query: q.trim() })}
        </p>
      )}
      {results.length > 0 && (
        <ol aria-label={t('resultsLabel')} className="space-y-2">
          {results.map((r) => (
            <li key={`${r.city}/${r.id}`}>
              <Link
                href={`/${r.city}/${r.id}`}
                className="block rounded-xl border-2 border-brand-100 p-3 no-underline hover:border-brand-600"
              >
                <span className="mr-2 inline-block rounded bg-brand-700 px-2 font-bold text-white">
                  {cityName(r.city)} · {t('number', { number: r.number })}
                </span>
                <span className="text-lg font-bold underline">
                  <Highlighted text={r.title} ranges={r.titleHighlights} />
                </span>
                {r.snippet && (
                  <span className="mt-1 block text-base text-ink">
                    <Highlighted text={r.snippet.text} ranges={r.snippet.highlights} />
                  </span>
                )}
              </Link>
            </li>
          ))}
        </ol>
      )}
      {(!normalizeQuery(q) || (index && results.length === 0)) && (
        <div className="space-y-3 rounded-xl bg-brand-50 p-3">
          <p className="font-bold">
            <Mixed locale={locale}>{t('tryThese')}</Mixed>
          </p>
          <ul className="flex flex-wrap gap-2">
            {searchSuggestions(locale).map((s) => (
              <li key={s}>
                <button
                  type="button"
                  onClick={() => setQ(s)}
                  className="min-h-11 rounded-full border-2 border-brand-700 bg-white px-4 text-brand-800"
                >
                  {s}
                </button>
              </li>
            ))}
          </ul>
          <p className="font-bold">
            <Mixed locale={locale}>{t('browse')}</Mixed>
          </p>
          <ul className="flex flex-wrap gap-4">
            {cities.map((c) => (
              <li key={c.id}>
                <Link href={`/${c.id}`} className="inline-flex min-h-11 items-center font-bold">
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
          <p className="font-bold">
            <Mixed locale={locale}>{t('callUs')}</Mixed>
          </p>
          <ul>
            {cities.map((c) => (
              <li key={c.id}>
                {c.name}
                {locale === 'en' ? ': ' : '：'}
                <a href={telHref(c.hotline, c.areaCode)} className="inline-flex min-h-11 items-center font-bold">
                  {c.hotline}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
