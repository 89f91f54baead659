import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { TimeLimit, TimeLimitValue } from '@/lib/content/schema';

/** A time limit in plain words, e.g. "Within 5 working days"; several cases joined with their labels. */
export async function plainTimeLimit(limit: TimeLimit | undefined, locale: Locale): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'TimeLimit' });
  if (!limit) return t('none');
  const one = (v: TimeLimitValue) =>
    v.kind === 'immediate' ? t('immediate') : v.kind === 'workingDays' ? t('workingDays', { days: v.days }) : t('months', { months: v.months });
  return limit.cases.map((c) => (c.label ? `${c.label[locale]}：${one(c.limit)}`.replace('：', locale === 'en' ? ': ' : '：') : one(c.limit))).join(locale === 'en' ? '; ' : '；');
}
