// English word handling for the browser search: tokens, a light stemmer, stop words, edit distance.

/** A word of a text with its position (UTF-16 units) in that text. */
export interface WordToken {
  /** Lower-case, accent-free form used for matching. */
  w: string;
  /** Its stem (see stem()). */
  s: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;

/** Latin words and numbers of an English text, with their positions. Chinese runs are skipped. */
export function tokenizeEnglish(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const w = raw.toLowerCase().normalize('NFKD').replace(MARKS, '');
    // Chinese in English text (names in brackets) is matched by the Chinese search instead.
    if (!/^[a-z0-9]+$/.test(w)) continue;
    out.push({ w, s: stem(w), start: m.index, end: m.index + raw.length });
  }
  return out;
}

/** Words too common to search for on their own. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be by can do does for from get got has have how i if in into is it its me my of on or our should the their them then there this to was we what when where which who why will with you your'.split(
    ' ',
  ),
);

/**
 * A crude stem so that inflections meet: reimbursed / reimbursement / reimburse → reimburs,
 * costs → cost, registering → register. Only ever compared with another stem.
 */
export function stem(word: string): string {
  let w = word;
  for (const suffix of ['ies', 'ied', 'ments', 'ment', 'ings', 'ing', 'ed', 's']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3 && !(suffix === 's' && w.endsWith('ss'))) {
      w = w.slice(0, -suffix.length) + (suffix === 'ies' || suffix === 'ied' ? 'y' : '');
      break;
    }
  }
  return w.length > 4 && w.endsWith('e') ? w.slice(0, -1) : w;
}

/** Most edits tolerated for a misspelt word: none below 5 letters, 1 for 5–7, 2 from 8. */
export function maxEdits(word: string): number {
  return word.length < 5 ? 0 : word.length < 8 ? 1 : 2;
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment), or max + 1 as soon as
 * it is certain to exceed max.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (rows[0].length <= n) rows = [0, 1, 2].map(() => new Int32Array(n + 32));
  let [prev2, prev, cur] = rows;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n];
}

// Rows reused between calls: the search compares one word with thousands.
let rows = [0, 1, 2].map(() => new Int32Array(64));
