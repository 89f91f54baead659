import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { TimeLimit } from '@/content/schema';
import { formatTimeLimit } from '@/lib/content/time-limit';

/** A time limit in plain words, for server components. */
export async function plainTimeLimit(limit: TimeLimit | undefined, locale: Locale): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'TimeLimit' });
  return formatTimeLimit(limit, locale, t);
}
