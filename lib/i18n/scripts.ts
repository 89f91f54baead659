// Runs of Chinese inside other text, so English pages can mark them with lang="zh-CN" (a screen
// reader then reads 社会保障卡 with a Chinese voice, not letter by letter in an English one).

/** Han characters, CJK punctuation and full-width forms, which belong to the Chinese run they sit in. */
const HAN = String.raw`\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’·`;
/**
 * A run starts with a Han character, or the opening mark before one (《表》, “两病”); digits or Latin
 * letters between two Chinese parts stay inside it (一楼13号窗口).
 */
const RUN = new RegExp(String.raw`[《“（【「]*\p{Script=Han}[${HAN}]*(?:[0-9A-Za-z\-]+[${HAN}]+)*`, 'gu');

export type ScriptRun = { text: string; zh: boolean };

/** Splits text into Chinese runs and the rest, in order; joined, they give the text back. */
export function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let last = 0;
  for (const m of text.matchAll(RUN)) {
    if (m.index > last) runs.push({ text: text.slice(last, m.index), zh: false });
    runs.push({ text: m[0], zh: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), zh: false });
  return runs;
}

/** Whether the text has any Han character. */
export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

/** A Latin word, name or address inside Chinese text (APP, sxzspzx.tieling.gov.cn), two letters or more. */
const LATIN = /[A-Za-z][A-Za-z0-9]*(?:[.:/@_-]+[A-Za-z0-9]+)*(?:\s+[A-Za-z][A-Za-z0-9]*)*/g;

/** Splits Chinese text into its Latin runs (latin: true) and the rest, in order; joined, they give the text back. */
export function latinRuns(text: string): { text: string; latin: boolean }[] {
  const runs: { text: string; latin: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(LATIN)) {
    if (m[0].replace(/[^A-Za-z]/g, '').length < 2) continue;
    if (m.index > last) runs.push({ text: text.slice(last, m.index), latin: false });
    runs.push({ text: m[0], latin: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), latin: false });
  return runs;
}
