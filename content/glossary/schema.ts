// zod schema of the bilingual glossary (terms.ts): one English rendering for each term a resident
// meets at the window. The build parses it; content tests check every text of both guides against it.
import { z } from 'zod';

const han = z.string().regex(/^[\p{Script=Han}“”·]+$/u, 'expected the Chinese as the guides print it, e.g. 社会保障卡');

/** Headings of the glossary page, in order. */
export const GLOSSARY_TOPICS = ['insurance', 'anotherCity', 'benefits', 'providers', 'office', 'documents', 'names'] as const;

export const GlossaryEntrySchema = z.object({
  /** Which heading of the glossary page it sits under. */
  topic: z.enum(GLOSSARY_TOPICS),
  /** The Chinese as the guides print it; the first form is the one shown, others are forms the guides also use (社保卡 for 社会保障卡). */
  zh: z.array(han).min(1),
  /** Chinese that also renders the term inside the guides' sentences (城乡居民 for 居民医保), for the checks only: not listed as a name of the term. */
  matchZh: z.array(han).optional(),
  /** The English used for it everywhere (content and messages), lower case unless a name; a plural "s" also matches. */
  en: z.string().trim().min(2),
  /** Other English forms of the same term that the content may use (an "-ing" form, the words of a form's title). */
  alsoEn: z.array(z.string().trim().min(2)).optional(),
  /** Pinyin with tone marks, only where the generated one is wrong (a character read two ways). */
  pinyin: z.string().optional(),
  /** A plain-English explanation for a term a newcomer would not know (English only: it explains the Chinese). */
  explain: z.string().trim().min(10).optional(),
  /** A window term: English pages show it as "English (中文)" on its first use on a page, and the glossary page lists it. */
  window: z.boolean().default(false),
  /** Whether every text must render it this way; false for everyday words a sentence may rephrase (参保 → "insured", "enrol"). */
  strict: z.boolean().default(true),
});
export type GlossaryEntryInput = z.input<typeof GlossaryEntrySchema>;
export type GlossaryEntry = z.output<typeof GlossaryEntrySchema>;

export const GlossarySchema = z.array(GlossaryEntrySchema).superRefine((entries, ctx) => {
  const seen = new Map<string, number>();
  entries.forEach((e, i) =>
    [...e.zh, ...(e.matchZh ?? [])].forEach((zh) => {
      if (seen.has(zh)) ctx.addIssue({ code: 'custom', path: [i, 'zh'], message: `${zh} is already entry ${seen.get(zh)}` });
      seen.set(zh, i);
    }),
  );
});
