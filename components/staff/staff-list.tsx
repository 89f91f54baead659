'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/lib/i18n/routing';
import { useMemo, useRef, useState } from 'react';
import { findServices, loadSearchIndex, normalizeQuery, searchIndexUrl, type SearchIndex } from '@/lib/search';
import { QrSvg } from '@/components/qr/qr-svg';
import { Link } from '@/components/i18n/link';
import type { QrShape } from '@/lib/qr';
import { Mixed } from '@/components/i18n/mixed';

/** One service as the staff page lists it. */
export type StaffRow = {
  /** City id, to load its search index. */
  city: string;
  /** Item id; undefined for a group of sub-items. */
  item?: string;
  number: string;
  title: string;
  /** The other language's title, so staff can filter in either. */
  altTitle: string;
  shortPath: string;
  host: string;
  href: string;
  posterHref?: string;
  qr: QrShape;
};

/**
 * Every service with its short URL and QR code, filterable by typing, each showable full-screen.
 * Words go through the site search (the same answer as the search page gives for this city);
 * numbers and short paths (20, 3.1, /sy/3) pick rows by number.
 */
export function StaffList({ rows }: { rows: StaffRow[] }) {
  const t = useTranslations('Staff');
  const locale = useLocale() as Locale;
  const [filter, setFilter] = useState('');
  const [index, setIndex] = useState<SearchIndex>();
  const [shown, setShown] = useState<StaffRow>();
  const dialog = useRef<HTMLDialogElement>(null);
  const city = rows[0]?.city;
  const load = () => {
    if (city && !index) loadSearchIndex(searchIndexUrl(city)).then(setIndex, () => undefined);
  };
  const f = filter.trim().toLowerCase();
  const byNumber = /^[\d./a-z]*\d[\d.]*$/.test(f);
  const visible = useMemo(() => {
    if (!f) return rows;
    if (byNumber || !index || !normalizeQuery(f))
      return rows.filter(
        (r) =>
          r.number === f ||
          r.number.startsWith(`${f}.`) ||
          r.shortPath === f ||
          (!byNumber && (r.title.toLowerCase().includes(f) || r.altTitle.toLowerCase().includes(f))),
      );
    const answer = findServices([index], filter, { locale, city, limit: rows.length });
    return answer.results.flatMap((result) => rows.filter((r) => r.item === result.id));
  }, [f, filter, byNumber, index, rows, locale, city]);

  function show(row: StaffRow) {
    setShown(row);
    dialog.current?.showModal();
    dialog.current?.requestFullscreen?.().catch(() => undefined);
  }
  function close() {
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    dialog.current?.close();
  }

  return (
    <div className="space-y-4">
      <div className="no-print space-y-1">
        <label htmlFor="staff-filter" className="block font-bold">
          {t('filter')}
        </label>
        <input
          id="staff-filter"
          type="search"
          value={filter}
          onFocus={load}
          onChange={(e) => {
            load();
            setFilter(e.target.value);
          }}
          placeholder={t('filterPlaceholder')}
          className="min-h-12 w-full rounded-lg border-2 border-brand-700 px-3 text-xl"
        />
        <p aria-live="polite" className="text-base">
          {t('showing', { shown: visible.length, total: rows.length })}
        </p>
      </div>
      <ul className="grid gap-3 md:grid-cols-2">
        {visible.map((r) => (
          <li key={r.number} className="flex gap-3 rounded-xl border-2 border-brand-100 p-3">
            <QrSvg shape={r.qr} label={r.title} className="size-28 shrink-0 bg-white" />
            <div className="min-w-0 space-y-1">
              <p className="font-bold">
                <Link href={r.href}>
                  {r.number}. <Mixed locale={locale}>{r.title}</Mixed>
                </Link>
              </p>
              <p className="text-2xl font-bold" translate="no">
                {r.shortPath}
              </p>
              <div className="no-print flex flex-wrap gap-2">
                <button type="button" onClick={() => show(r)} className="min-h-11 rounded-lg bg-brand-700 px-3 font-bold text-white">
                  {t('show')}
                </button>
                {r.posterHref && (
                  <Link href={r.posterHref} className="inline-flex min-h-11 items-center">
                    {t('poster')}
                  </Link>
                )}
              </div>
            </div>
          </li>
        ))}
      </ul>
      <dialog
        ref={dialog}
        aria-label={shown?.title}
        onClose={() => setShown(undefined)}
        className="m-auto h-full max-h-none w-full max-w-none bg-white p-4 backdrop:bg-black/70"
      >
        {shown && (
          <div className="flex h-full flex-col items-center justify-center gap-4 text-center">
            <p className="text-3xl font-bold">
              {shown.number}. {shown.title}
            </p>
            <QrSvg shape={shown.qr} label={shown.title} className="aspect-square h-[60vh] max-w-full" />
            <p className="text-5xl font-bold" translate="no">
              <span className="text-2xl font-normal text-muted">{shown.host}</span>
              {shown.shortPath}
            </p>
            <button
              type="button"
              onClick={close}
              className="min-h-11 rounded-lg border-2 border-brand-700 px-6 text-xl font-bold text-brand-800"
              autoFocus
            >
              {t('close')}
            </button>
          </div>
        )}
      </dialog>
    </div>
  );
}
