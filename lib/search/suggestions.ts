import type { SearchLocale } from './types';

/**
 * Example queries for the empty search box, one per way of searching (official term, everyday
 * words, pinyin, English, a life event), so residents see what they may type.
 */
export const SEARCH_SUGGESTIONS: Readonly<Record<SearchLocale, readonly string[]>> = {
  zh: ['异地就医备案', '生孩子', '住院报销', 'menzhen baoxiao', '退休', '去世'],
  en: ['maternity allowance', 'hospital costs', 'move to another city', 'reimbursement', 'retirement', 'death'],
};

/** Example queries for the empty search box in this language. */
export function searchSuggestions(locale: SearchLocale): readonly string[] {
  return SEARCH_SUGGESTIONS[locale] ?? SEARCH_SUGGESTIONS.zh;
}
