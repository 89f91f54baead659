// Chinese ordinals as printed in the guides (一 … 九十九), for English headings, which carry no Chinese numbering.
const DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十 → 10, 十五 → 15, 二十 → 20, 二十七 → 27; undefined for anything else. */
export function fromChineseNumeral(s: string): number | undefined {
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(s);
  if (!m || s === '') return undefined;
  const [, tens, ten, ones] = m;
  if (!ten) return tens && !ones ? DIGITS[tens] : undefined;
  return (tens ? DIGITS[tens] : 1) * 10 + (ones ? DIGITS[ones] : 0);
}

/** A category heading: "一、单位参保" in Chinese, "1. Employer enrolment" in English. */
export function numberedTitle(ordinal: string, title: string, locale: 'zh' | 'en'): string {
  if (locale === 'zh') return `${ordinal}、${title}`;
  const n = fromChineseNumeral(ordinal);
  return n === undefined ? title : `${n}. ${title}`;
}
