// The bilingual glossary (content/glossary/), validated. Server-side only (it parses with zod); the
// matching and first-use glossing live in ./match, which the browser may use too.
import { GlossarySchema, type GlossaryEntry } from '@/content/glossary/schema';
import { glossary } from '@/content/glossary/terms';
import type { GlossaryTerm } from './match';

export type { GlossaryEntry };

let parsed: readonly GlossaryEntry[] | undefined;

/** The glossary, validated. */
export function getGlossary(): readonly GlossaryEntry[] {
  return (parsed ??= GlossarySchema.parse(glossary));
}

/** The window terms, as pages pass them to the glossing (`FirstUse`, `pageGlossary`). */
export function windowTerms(): GlossaryTerm[] {
  return getGlossary()
    .filter((e) => e.window)
    .map(({ zh, matchZh, en, window }) => ({ zh, ...(matchZh ? { matchZh } : {}), en, window }));
}

export { findChinese, findEnglish, FirstUse, type GlossaryTerm } from './match';
