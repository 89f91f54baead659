// The feedback box's fixed values, apart from the zod schema (lib/feedback/schema.ts) so that the page's
// script does not carry zod: the box only needs these; the server checks the body with the schema.
/** Why a page did not help, in the order the box offers them. */
export const FEEDBACK_CATEGORIES = ['window-differs', 'hard-to-understand', 'outdated-or-wrong', 'other'] as const;
export type FeedbackCategory = (typeof FEEDBACK_CATEGORIES)[number];

/** Longest comment a resident can write, in characters. */
export const FEEDBACK_TEXT_MAX = 500;

/** A page of the site: /zh/kaiyuan/employer-registration, /en/checklist … (no query, no dots, no double slashes). */
export const PAGE_PATH = /^\/(zh|en)(\/[a-z0-9][a-z0-9-]{0,79}){0,3}$/;

/**
 * Whether feedback that got this answer is kept on the phone for another try: no answer (0, offline),
 * throttled (429) or the server unavailable (5xx). Any other refusal is final.
 */
export const keepForRetry = (status: number) => status === 0 || status === 429 || status >= 500;
