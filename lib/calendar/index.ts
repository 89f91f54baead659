// When a service will be done: working days counted with the official holiday and 调休 arrangement
// (content/calendar.ts). Pure: dates are ISO strings ("2026-11-30"), days in China's calendar.
import type { Calendar } from '@/content/schema';
import type { TimeLimitValue } from '@/content/schema';

const DAY = 24 * 3600 * 1000;
const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`);
const fromTime = (t: number) => new Date(t).toISOString().slice(0, 10);
export const addDays = (date: string, n: number) => fromTime(toTime(date) + n * DAY);

export type WorkingCalendar = { holidays: Set<string>; workdays: Set<string>; validUntil: string };

export function workingCalendar(c: Calendar): WorkingCalendar {
  return { holidays: new Set(c.holidays.map((d) => d.date)), workdays: new Set(c.workdays.map((d) => d.date)), validUntil: c.validUntil };
}

/** A working day: Monday to Friday unless a public holiday, or a weekend day worked instead (调休上班). */
export function isWorkingDay(date: string, cal: WorkingCalendar): boolean {
  if (cal.workdays.has(date)) return true;
  if (cal.holidays.has(date)) return false;
  const weekday = new Date(toTime(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The n-th working day after `from` (the day of application itself does not count, as in 受理之日起N个
 * 工作日). `beyondCalendar` is true when the count ran past the dates the arrangement is known for.
 */
export function addWorkingDays(from: string, n: number, cal: WorkingCalendar): { date: string; beyondCalendar: boolean } {
  let date = from;
  for (let counted = 0; counted < n;) {
    date = addDays(date, 1);
    if (isWorkingDay(date, cal)) counted++;
  }
  return { date, beyondCalendar: date > cal.validUntil };
}

/** Adds calendar months, keeping the day of the month where it exists (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(from: string, months: number): string {
  const [y, m, d] = from.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return fromTime(target.getTime());
}

export type Expected = { kind: 'today' } | { kind: 'by'; date: string; beyondCalendar: boolean };

/** If a resident applies on `today`, when to expect the result under this limit. */
export function expectedBy(limit: TimeLimitValue, today: string, cal: WorkingCalendar): Expected {
  if (limit.kind === 'immediate') return { kind: 'today' };
  if (limit.kind === 'workingDays') return { kind: 'by', ...addWorkingDays(today, limit.days, cal) };
  const date = addMonths(today, limit.months);
  return { kind: 'by', date, beyondCalendar: false };
}

/** Today in China (UTC+8), as an ISO date. */
export function todayInChina(now: Date = new Date()): string {
  return fromTime(now.getTime() + 8 * 3600 * 1000);
}
