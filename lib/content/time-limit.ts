import type { Locale } from '@/lib/i18n/routing';
import { colon } from './localize';
import type { TimeLimit, TimeLimitValue } from '@/content/schema';

/** The TimeLimit message namespace, as a plain function (server getTranslations or client useTranslations). */
export type TimeLimitMessages = (key: 'immediate' | 'workingDays' | 'months' | 'none', values?: Record<string, number>) => string;

/** A time limit in plain words, e.g. "Within 5 working days"; several cases joined with their labels. */
export function formatTimeLimit(limit: TimeLimit | undefined, locale: Locale, t: TimeLimitMessages): string {
  if (!limit) return t('none');
  const one = (v: TimeLimitValue) =>
    v.kind === 'immediate'
      ? t('immediate')
      : v.kind === 'workingDays'
        ? t('workingDays', { days: v.days })
        : t('months', { months: v.months });
  return limit.cases
    .map((c) => (c.label ? `${c.label[locale]}${colon(locale)}${one(c.limit)}` : one(c.limit)))
    .join(locale === 'en' ? '; ' : '；');
}
