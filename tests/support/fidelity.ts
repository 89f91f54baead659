import type { Locale } from '@/lib/i18n/routing';
import { documentStrings, type DocumentToBring } from '@/lib/guide';

/** A document the model returns for a surface: its key there, the group heading and case it belongs under. */
export interface ExpectedDocument {
  key: string;
  document: DocumentToBring;
  /** The condition in words the surface must show it under ('' for documents everyone brings). */
  group: string;
  /** The case it belongs to ('' for common documents). */
  caseId: string;
}

/** A document as found on a rendered surface. */
export interface FoundDocument {
  key: string;
  text: string;
  group: string;
  caseId: string;
}

// Whitespace and line breaks differ between source strings and rendered text.
const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * Every way a surface can differ from the model: a document missing, one the model did not return, a
 * string of a document (wording, alternatives, marks, source, address, notes, 容缺 deadline) not shown
 * with it, a document under the wrong condition or case. Empty when the surface is faithful.
 */
export function compareSurface(expected: ExpectedDocument[], found: FoundDocument[], locale: Locale): string[] {
  const problems: string[] = [];
  const byKey = new Map(found.map((f) => [f.key, f]));
  const wanted = new Set(expected.map((e) => e.key));
  for (const f of found)
    if (!wanted.has(f.key)) problems.push(`shows a document the model did not return: ${f.key} "${f.text.slice(0, 60)}"`);
  if (new Set(found.map((f) => f.key)).size !== found.length) problems.push('shows a document twice');
  for (const e of expected) {
    const f = byKey.get(e.key);
    if (!f) {
      problems.push(`drops ${e.key} "${e.document.wording[locale]}"`);
      continue;
    }
    const strings = documentStrings(e.document, locale).filter((s) => s !== e.document.conditionText?.[locale]);
    for (const s of strings)
      if (!squash(f.text).includes(squash(s))) problems.push(`${e.key} "${e.document.wording[locale]}" lacks "${s}"`);
    if (squash(f.group) !== squash(e.group)) problems.push(`${e.key} is under "${f.group}", expected "${e.group}"`);
    if (f.caseId !== e.caseId) problems.push(`${e.key} is in case "${f.caseId}", expected "${e.caseId}"`);
  }
  return problems;
}
