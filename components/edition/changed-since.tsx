'use client';

import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/components/i18n/link';
import { Mixed } from '@/components/i18n/mixed';
import { changesForItem, changesSince } from '@/lib/guide';
import { longDate } from '@/lib/i18n/dates';
import type { Locale } from '@/lib/i18n/routing';

/** A change in the page's language, as small as the browser needs it. */
export interface LocalChange {
  date: string;
  summary: string;
  items: { id: string; number: string; title: string }[];
}

type Props = {
  edition: { checked: string; published: { date: string }; changes: LocalChange[] };
  city: string;
  item?: string;
  locale: Locale;
};

// On a service's own page its changes need no link back to it; other services' changes link to them.
function ChangeList({ changes, city, locale, links }: { changes: LocalChange[]; city: string; locale: Locale; links: boolean }) {
  const t = useTranslations('Edition');
  return (
    <ul className="space-y-3">
      {changes.map((c, i) => (
        <li key={i} className="space-y-1 border-l-4 border-accent-700 pl-3">
          <p className="font-bold">
            <time dateTime={c.date}>{longDate(c.date, locale)}</time>
          </p>
          <p className="text-base">
            <Mixed locale={locale}>{c.summary}</Mixed>
          </p>
          {(links || c.items.length === 0) && (
            <p className="text-base">
              {c.items.length === 0
                ? t('allServices')
                : c.items.map((item, j) => (
                    <span key={item.id}>
                      {j > 0 && (locale === 'en' ? ', ' : '、')}
                      <Link href={`/${city}/${item.id}`}>
                        {item.number}. <Mixed locale={locale}>{item.title}</Mixed>
                      </Link>
                    </span>
                  ))}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * "Changed since your printed copy": a page opened from a printout's QR code (`?ed=<its edition>`) lists
 * what changed after that edition, this item's changes first. Nothing for the current edition, a later
 * one or a parameter that is not a date; nothing before the page knows its address, and nothing printed.
 */
export function ChangedSince({ edition, city, item, locale }: Props) {
  const t = useTranslations('Edition');
  const [ed, setEd] = useState<string | null>(null);
  useEffect(() => setEd(new URLSearchParams(window.location.search).get('ed')), []);
  const changes = changesSince(edition, ed);
  if (!ed || changes.length === 0) return null;
  const { item: own, other } = changesForItem(changes, item);
  return (
    <section
      aria-labelledby="changed-since"
      data-changed-since=""
      className="no-print space-y-3 rounded-xl border-4 border-accent-700 bg-accent-50 p-4"
    >
      <h2 id="changed-since" className="text-2xl font-bold text-accent-700">
        {t('sinceTitle', { date: longDate(ed.trim(), locale) })}
      </h2>
      {item && <h3 className="text-xl font-bold">{own.length > 0 ? t('sinceItem') : t('sinceNoneForItem')}</h3>}
      {own.length > 0 && <ChangeList changes={own} city={city} locale={locale} links={!item} />}
      {other.length > 0 && (
        <details className="space-y-3">
          <summary className="min-h-11 cursor-pointer py-2 font-bold">{t('sinceOther', { count: other.length })}</summary>
          <ChangeList changes={other} city={city} locale={locale} links />
        </details>
      )}
      <p className="text-base">
        {t('current', { date: longDate(edition.checked, locale) })}{' '}
        <Link href={`/${city}/changes`} className="font-bold">
          {t('seeAll')}
        </Link>
      </p>
    </section>
  );
}
