// Glossary consistency (issue #14): the same Chinese term is never rendered two ways, and two Chinese
// terms are never rendered the same way unless the glossary lists them as one entry. Used by
// tests/content/language-parity.test.ts over every text of every city.
import type { GlossaryEntry } from '@/content/glossary/schema';
import { chineseForms, findChinese, findEnglish } from './match';

/** Where a { zh, en } text departs from the glossary's strict entries. */
export function glossaryProblems(text: { zh: string; en: string }, entries: readonly GlossaryEntry[]): string[] {
  const problems: string[] = [];
  for (const m of findChinese(text.zh, entries)) {
    if (!m.entry.strict) continue;
    const quoted = chineseForms(m.entry).some((zh) => text.en.includes(zh));
    if (!quoted && findEnglish(text.en, [m.entry]).length === 0) problems.push(`${m.form} is not “${m.entry.en}”`);
  }
  for (const m of findEnglish(text.en, entries, true)) {
    if (!m.entry.strict) continue;
    if (!chineseForms(m.entry).some((zh) => text.zh.includes(zh)))
      problems.push(`“${text.en.slice(m.start, m.end)}” is not ${m.entry.zh.join(' / ')}`);
  }
  return [...new Set(problems)];
}
