'use client';

import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { TimeLimitValue } from '@/content/schema';
import { expectedBy, todayInChina, type WorkingCalendar } from '@/lib/calendar';
import { colon } from '@/lib/content/localize';
import type { Locale } from '@/lib/i18n/routing';
import { Mixed } from '@/components/i18n/mixed';

type Props = {
  cases: { label?: string; limit: TimeLimitValue }[];
  calendar: { holidays: string[]; workdays: string[]; validUntil: string };
  locale: Locale;
};

const format = (date: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    weekday: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));

/**
 * "If you apply today (date), expect it by (date)": counted in the browser from today in China, with the
 * official holiday and 调休 calendar. Nothing is shown before the page knows today's date, and nothing
 * is printed: on paper, "today" would soon be wrong.
 * Not printed: on paper, "today" would soon be wrong.
 */
export function ExpectedDate({ cases, calendar, locale }: Props) {
  const t = useTranslations('TimeLimit');
  const [today, setToday] = useState<string>();
  useEffect(() => setToday(todayInChina()), []);
  const counted = cases.filter((c) => c.limit.kind !== 'immediate');
  if (!today || counted.length === 0) return null;
  const cal: WorkingCalendar = {
    holidays: new Set(calendar.holidays),
    workdays: new Set(calendar.workdays),
    validUntil: calendar.validUntil,
  };
  const results = counted.map((c) => ({ label: c.label, kind: c.limit.kind, result: expectedBy(c.limit, today, cal) }));
  const beyond = results.some((r) => r.result.kind === 'by' && r.result.beyondCalendar);
  return (
    <div data-expected-date="" className="no-print rounded-xl bg-brand-50 p-3">
      {results.map((r, i) =>
        r.result.kind === 'by' ? (
          <p key={i} className="font-bold">
            {r.label ? `${r.label}${colon(locale)}` : ''}
            {t('expectBy', { today: format(today, locale), date: format(r.result.date, locale) })}
          </p>
        ) : null,
      )}
      {results.some((r) => r.kind === 'workingDays') && (
        <p className="text-base">
          <Mixed locale={locale}>{t('counted')}</Mixed>
        </p>
      )}
      {beyond && <p className="text-base">{t('beyond', { until: format(calendar.validUntil, locale) })}</p>}
    </div>
  );
}
