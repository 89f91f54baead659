// Query normalisation, shared by the indexer and the browser. Must never throw, whatever it is given.

/** Longest query kept, in characters (code points); longer input is cut. */
export const MAX_QUERY_LENGTH = 100;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
const SPACES = /\s+/g;
const HAN = /\p{Script=Han}/u;

/**
 * Normalise a query or a term: full-width → half-width (NFKC), lower case, accents dropped
 * (chángqī → changqi, ü → u), punctuation, markup and emoji → space, spaces collapsed, trimmed and
 * cut to MAX_QUERY_LENGTH characters. A dot between digits is kept, so item numbers like "3.1" survive.
 */
export function normalizeQuery(input: unknown): string {
  if (typeof input !== 'string') return '';
  // Cut early so a huge paste costs nothing; generous because markup and spaces shrink below.
  let s = input.length > MAX_QUERY_LENGTH * 4 ? input.slice(0, MAX_QUERY_LENGTH * 4) : input;
  s = s.replace(LONE_SURROGATE, ' ');
  s = s.normalize('NFKC').toLowerCase().normalize('NFKD').replace(MARKS, '').normalize('NFC');
  s = s.replace(NOT_WORD, (m, offset: number, all: string) =>
    m === '.' && isDigit(all.charCodeAt(offset - 1)) && isDigit(all.charCodeAt(offset + 1)) ? '.' : ' ',
  );
  s = s.replace(SPACES, ' ').trim();
  const chars = Array.from(s);
  return chars.length > MAX_QUERY_LENGTH ? chars.slice(0, MAX_QUERY_LENGTH).join('').trim() : s;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** True when the one-character string is a Chinese (Han) character. */
export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

/** A run of one kind of character in a normalised query. */
export interface QueryPiece {
  /** han: Chinese characters; latin: a–z; digits: 0–9 and dots; other: any other letters. */
  kind: 'han' | 'latin' | 'digits' | 'other';
  text: string;
}

/** Split a normalised query into runs of Chinese, Latin letters, digits and other letters. */
export function splitQuery(normalized: string): QueryPiece[] {
  const pieces: QueryPiece[] = [];
  for (const word of normalized.split(' ')) {
    let kind: QueryPiece['kind'] | undefined;
    let text = '';
    for (const ch of word) {
      const k: QueryPiece['kind'] = isHan(ch)
        ? 'han'
        : ch >= 'a' && ch <= 'z'
          ? 'latin'
          : (ch >= '0' && ch <= '9') || ch === '.'
            ? 'digits'
            : 'other';
      if (k !== kind && text) {
        pieces.push({ kind: kind!, text });
        text = '';
      }
      kind = k;
      text += ch;
    }
    if (text && kind) pieces.push({ kind, text });
  }
  return pieces;
}
