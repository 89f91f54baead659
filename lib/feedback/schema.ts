// What a resident sends from the "Was this page helpful?" box, checked the same way by the page
// (before sending) and by the server (POST /api/feedback). Nothing personal is asked for.
import { z } from 'zod';

/** Why a page did not help, in the order the box offers them. */
export const FEEDBACK_CATEGORIES = ['window-differs', 'hard-to-understand', 'outdated-or-wrong', 'other'] as const;
export type FeedbackCategory = (typeof FEEDBACK_CATEGORIES)[number];

/** Longest comment a resident can write, in characters. */
export const FEEDBACK_TEXT_MAX = 500;

/** A page of the site: /zh/kaiyuan/employer-registration, /en/checklist … (no query, no dots, no double slashes). */
export const PAGE_PATH = /^\/(zh|en)(\/[a-z0-9][a-z0-9-]{0,79}){0,3}$/;

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
