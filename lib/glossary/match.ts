// Finding the glossary's terms in Chinese and English text, and writing a window term's Chinese beside
// its English on first use. No zod here: the checklist, built in the browser, glosses with it too,
// from the window terms its page passes down.
import type { GlossaryEntry } from '@/content/glossary/schema';

/** What matching needs of an entry. */
export type GlossaryTerm = Pick<GlossaryEntry, 'zh' | 'matchZh' | 'en' | 'alsoEn' | 'window'>;

/** Every Chinese that renders a term: its names, then the forms only sentences use. */
export function chineseForms(entry: GlossaryTerm): string[] {
  return [...entry.zh, ...(entry.matchZh ?? [])];
}

/** A term found in a text: where, which entry and which of its forms. */
export interface TermMatch<T extends GlossaryTerm = GlossaryTerm> {
  start: number;
  end: number;
  entry: T;
  form: string;
}

/** A name going on after a term and ending in its Chinese: up to two more words (not "and", "or"), then "(《" or "(汉". */
const NAME_GOES_ON = /^(?:\s+(?!and\b|or\b)[\w’'-]+){0,2}\s*\((?=[《“\p{Script=Han}])/u;

const patterns = new Map<string, RegExp>();

/** An English form as a whole-word, case-blind pattern; a plural ending and either apostrophe also match. */
function englishPattern(form: string): RegExp {
  let re = patterns.get(form);
  if (!re) {
    const body = form
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/['’]/g, "['’]")
      .replace(/"|“|”/g, '["“”]')
      .replace(/y$/, '(?:y|ies)');
    const start = /^\w/.test(form) ? '\\b' : '';
    const end = /\w$/.test(form) ? '(?:e?s)?\\b' : '';
    re = new RegExp(`${start}${body}${end}`, 'giu');
    patterns.set(form, re);
  }
  return re;
}

/** Non-overlapping matches, longest first, then in text order (社保卡 inside 社会保障卡 is not counted twice). */
function longestFirst<T extends GlossaryTerm>(found: TermMatch<T>[]): TermMatch<T>[] {
  const kept: TermMatch<T>[] = [];
  for (const m of found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start))
    if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

/** The entries' English forms (`en`, and `alsoEn` unless `canonicalOnly`) found in the text. */
export function findEnglish<T extends GlossaryTerm>(text: string, entries: readonly T[], canonicalOnly = false): TermMatch<T>[] {
  const found: TermMatch<T>[] = [];
  for (const entry of entries)
    for (const form of canonicalOnly ? [entry.en] : [entry.en, ...(entry.alsoEn ?? [])])
      for (const m of text.matchAll(englishPattern(form))) found.push({ start: m.index, end: m.index + m[0].length, entry, form });
  return longestFirst(found);
}

/** The entries' Chinese forms found in the text. */
export function findChinese<T extends GlossaryTerm>(text: string, entries: readonly T[]): TermMatch<T>[] {
  const found: TermMatch<T>[] = [];
  for (const entry of entries)
    for (const form of chineseForms(entry))
      for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) found.push({ start: i, end: i + form.length, entry, form });
  return longestFirst(found);
}

/**
 * Writes window terms as "English (中文)" the first time a page uses them. One per page: feed it the
 * page's texts in reading order. The Chinese is the form the text's Chinese twin uses (社保卡 or
 * 社会保障卡). A term already beside its Chinese counts as shown; a term inside a name whose Chinese
 * follows (a form, an app step) is left alone, as a gloss there would garble the name.
 */
export class FirstUse {
  private readonly seen = new Set<GlossaryTerm>();
  private readonly terms: readonly GlossaryTerm[];

  /** `entries`: the glossary's window terms (others are ignored). */
  constructor(entries: readonly GlossaryTerm[]) {
    this.terms = entries.filter((e) => e.window);
  }

  /** The English of a text, with the Chinese after each window term the page has not shown yet. */
  en(text: { zh: string; en: string }): string {
    let out = '';
    let last = 0;
    const twin = findChinese(text.zh, this.terms);
    for (const m of findEnglish(text.en, this.terms, true)) {
      if (this.seen.has(m.entry)) continue;
      // Already beside its Chinese ("social security card (社保卡)"): shown.
      if (chineseForms(m.entry).some((zh) => text.en.includes(zh))) this.seen.add(m.entry);
      // Inside a name whose Chinese follows ("… Enrolment Form (《…》)"): a gloss would garble it.
      else if (!NAME_GOES_ON.test(text.en.slice(m.end))) {
        this.seen.add(m.entry);
        const said = twin.find((t) => t.entry === m.entry)?.form;
        const zh = said && m.entry.zh.includes(said) ? said : m.entry.zh[0];
        out += `${text.en.slice(last, m.end)} (${zh})`;
        last = m.end;
      }
    }
    return out + text.en.slice(last);
  }
}
