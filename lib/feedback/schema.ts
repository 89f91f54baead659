// What a resident sends from the "Was this page helpful?" box, as the server (POST /api/feedback)
// checks it. The box itself uses only lib/feedback/constants.ts, so zod stays out of the pages' script.
import { z } from 'zod';
import { FEEDBACK_CATEGORIES, FEEDBACK_TEXT_MAX, PAGE_PATH } from './constants';

export const FeedbackInputSchema = z.strictObject({
  /** The page the box was on, as its path. */
  page: z.string().max(200).regex(PAGE_PATH, 'expected the path of a page of this site, such as /zh/kaiyuan/employer-registration'),
  helpful: z.boolean(),
  category: z.enum(FEEDBACK_CATEGORIES).optional(),
  text: z.string().max(FEEDBACK_TEXT_MAX, `at most ${FEEDBACK_TEXT_MAX} characters`).optional(),
  /** The edition the page showed (核对日期), so staff know which text was read. */
  edition: z.iso.date().optional(),
});
export type FeedbackInput = z.output<typeof FeedbackInputSchema>;

/** Locale, city and item of a page path: /zh/kaiyuan/employer-registration → zh, kaiyuan, employer-registration. */
export function pageParts(page: string): { locale: 'zh' | 'en'; city?: string; item?: string } {
  const [, locale, second, third] = page.split('/');
  const city = second && !['checklist', 'search', 'offline'].includes(second) ? second : undefined;
  return { locale: locale === 'en' ? 'en' : 'zh', city, item: city ? third : undefined };
}
