import type { Locale } from './routing';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A calendar date as a resident reads it: 2026-11-30 → "2026年11月30日", "30 November 2026". The same on server and phone. */
export function longDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number);
  return locale === 'zh' ? `${y}年${m}月${d}日` : `${d} ${MONTHS[m - 1]} ${y}`;
}
