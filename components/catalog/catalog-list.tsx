'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/lib/i18n/routing';
import { useState } from 'react';
import { Link } from '@/components/i18n/link';
import type { AudienceGroup } from '@/lib/content/localize';
import { Mixed } from '@/components/i18n/mixed';

/** One catalog row, already in the page's language. */
export type CatalogRow = {
  href: string;
  number: string;
  title: string;
  /** The service's Chinese name, on English pages: what to say at the window. */
  titleZh?: string;
  timeLimit: string;
  channels: string[];
  groups: AudienceGroup[];
  remote: boolean;
  onTheSpot: boolean;
};

/** A category with its rows. */
export type CatalogCategory = { id: string; title: string; rows: CatalogRow[] };

const GROUPS = ['all', 'individual', 'employer', 'provider'] as const;

/** The catalog in official order, with filters a resident understands; without JavaScript everything shows. */
export function CatalogList({ categories }: { categories: CatalogCategory[] }) {
  const t = useTranslations('City');
  const locale = useLocale() as Locale;
  const [group, setGroup] = useState<(typeof GROUPS)[number]>('all');
  const [remote, setRemote] = useState(false);
  const [spot, setSpot] = useState(false);
  const keep = (r: CatalogRow) => (group === 'all' || r.groups.includes(group)) && (!remote || r.remote) && (!spot || r.onTheSpot);
  const total = categories.reduce((n, c) => n + c.rows.length, 0);
  const shown = categories.reduce((n, c) => n + c.rows.filter(keep).length, 0);
  const chip = 'inline-flex min-h-11 items-center rounded-full border-2 border-brand-700 px-4 font-bold';
  return (
    <div className="space-y-6">
      <fieldset className="no-print space-y-2 rounded-xl bg-brand-50 p-3">
        <legend className="sr-only">{t('filters')}</legend>
        <p className="font-bold" id="for-whom">
          {t('forWhom')}
        </p>
        <div role="group" aria-labelledby="for-whom" className="flex flex-wrap gap-2">
          {GROUPS.map((g) => (
            <button
              key={g}
              type="button"
              aria-pressed={group === g}
              onClick={() => setGroup(g)}
              className={`${chip} ${group === g ? 'bg-brand-700 text-white' : 'bg-white text-brand-800'}`}
            >
              {t(g)}
            </button>
          ))}
        </div>
        <div className="flex flex-wrap gap-x-6">
          <label className="inline-flex min-h-11 items-center gap-2">
            <input type="checkbox" checked={remote} onChange={(e) => setRemote(e.target.checked)} className="size-6 accent-brand-700" />
            {t('onlineOnly')}
          </label>
          <label className="inline-flex min-h-11 items-center gap-2">
            <input type="checkbox" checked={spot} onChange={(e) => setSpot(e.target.checked)} className="size-6 accent-brand-700" />
            {t('onTheSpot')}
          </label>
        </div>
        <p aria-live="polite" className="text-base">
          {t('showing', { shown, total })}
        </p>
      </fieldset>
      {shown === 0 && <p className="font-bold">{t('none')}</p>}
      {categories.map((cat) => {
        const rows = cat.rows.filter(keep);
        if (rows.length === 0) return null;
        return (
          <section key={cat.id} aria-labelledby={`cat-${cat.id}`}>
            <h2 id={`cat-${cat.id}`} className="mb-2 text-xl font-bold text-brand-800">
              <Mixed locale={locale}>{cat.title}</Mixed>
            </h2>
            <ul className="space-y-2">
              {rows.map((r) => (
                <li key={r.href}>
                  <Link href={r.href} className="block rounded-xl border-2 border-brand-100 p-3 no-underline hover:border-brand-600">
                    <span className="mr-2 inline-block rounded bg-brand-700 px-2 font-bold text-white">
                      {t('number', { number: r.number })}
                    </span>
                    <span className="text-lg font-bold underline">
                      <Mixed locale={locale}>{r.title}</Mixed>
                    </span>
                    {r.titleZh && (
                      <span lang="zh-CN" className="block text-base text-ink">
                        {r.titleZh}
                      </span>
                    )}
                    <span className="mt-1 flex flex-wrap gap-x-4 text-base text-ink">
                      <span>⏱ {r.timeLimit}</span>
                      <span>{r.channels.join(' · ')}</span>
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
