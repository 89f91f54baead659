// Pinyin for the glossary, with tone marks, made at build time (pinyin-pro is 86–146 KB gzipped: it
// never reaches a page's script). An entry's own `pinyin` wins where a character reads two ways.
import { pinyin } from 'pinyin-pro';
import type { GlossaryEntry } from './index';

/** Pinyin of a Chinese text, syllables separated by spaces: 社保卡 → "shè bǎo kǎ". */
export function pinyinOf(text: string): string {
  return pinyin(text.replace(/[“”]/g, ''), { nonZh: 'consecutive' });
}

/** Pinyin of an entry's shown Chinese form. */
export function entryPinyin(entry: GlossaryEntry): string {
  return entry.pinyin ?? pinyinOf(entry.zh[0]);
}
