'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/lib/i18n/routing';
import { useRef, useState } from 'react';
import { QrSvg } from '@/components/qr/qr-svg';
import { Link } from '@/components/i18n/link';
import type { QrShape } from '@/lib/qr';
import { Mixed } from '@/components/i18n/mixed';

/** One service as the staff page lists it. */
export type StaffRow = {
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

/** Every service with its short URL and QR code, filterable by typing, each showable full-screen. */
export function StaffList({ rows }: { rows: StaffRow[] }) {
  const t = useTranslations('Staff');
  const locale = useLocale() as Locale;
  const [filter, setFilter] = useState('');
  const [shown, setShown] = useState<StaffRow>();
  const dialog = useRef<HTMLDialogElement>(null);
  const f = filter.trim().toLowerCase();
  const visible = rows.filter(
    (r) =>
      !f ||
      r.number === f ||
      r.number.startsWith(`${f}.`) ||
      r.title.toLowerCase().includes(f) ||
      r.altTitle.toLowerCase().includes(f) ||
      r.shortPath.includes(f),
  );

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
          onChange={(e) => setFilter(e.target.value)}
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
