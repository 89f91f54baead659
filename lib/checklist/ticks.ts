// Ticks in the share URL (#17): t=<code>,<code>… where each code names one checklist line. A code is
// the shortest prefix (at least MIN_CODE characters) of the line key's hash that no other line of the
// same checklist shares, so links stay short and a tick can never land on two lines. When the content
// changes a document's wording its line key changes, and an old tick is dropped rather than moved.
import type { Checklist, ChecklistLine } from './types';

/** The URL parameter holding the ticked lines. */
export const TICKS_PARAM = 't';
/** Shortest code written: 36⁴ ≈ 1.7 million, so a stale code almost never matches a new line. */
const MIN_CODE = 4;
/** Longest code: seven base-36 digits hold the 32-bit hash. */
const MAX_CODE = 7;
/** Most codes read from one link; a checklist has far fewer lines. */
const MAX_CODES = 200;

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

/** The full code of a line key: FNV-1a (32 bit), written least significant digit first so every prefix is uniform. */
export function tickCode(lineKey: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < lineKey.length; i++) {
    h ^= lineKey.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  let code = '';
  for (let i = 0; i < MAX_CODE; i++) {
    code += DIGITS[h % 36];
    h = Math.floor(h / 36);
  }
  return code;
}

/** Every line of a checklist, in the order it is shown. */
export function checklistLines(checklist: Checklist): ChecklistLine[] {
  return checklist.groups.flatMap((g) => g.lines);
}

/** The value of the t parameter for the ticked lines, in list order; '' when none is ticked. */
export function encodeTicks(lines: ChecklistLine[], ticked: ReadonlySet<string>): string {
  const codes = lines.map((l) => tickCode(l.key));
  return lines
    .flatMap((line, i) => {
      if (!ticked.has(line.key)) return [];
      let length = MIN_CODE;
      const clash = (n: number) => codes.some((other, j) => j !== i && other.startsWith(codes[i].slice(0, n)));
      while (length < MAX_CODE && clash(length)) length++;
      return [codes[i].slice(0, length)];
    })
    .join(',');
}

/**
 * The line keys a t parameter ticks. Codes that match no line, or more than one, are ignored; so are
 * malformed ones. Never throws.
 */
export function decodeTicks(lines: ChecklistLine[], value: string | undefined): Set<string> {
  const ticked = new Set<string>();
  if (typeof value !== 'string' || !value) return ticked;
  const codes = lines.map((l) => tickCode(l.key));
  for (const raw of value.split(',').slice(0, MAX_CODES)) {
    const code = raw.trim().toLowerCase();
    if (code.length < MIN_CODE || code.length > MAX_CODE || !/^[0-9a-z]+$/.test(code)) continue;
    const matches = lines.filter((_, i) => codes[i].startsWith(code));
    if (matches.length === 1) ticked.add(matches[0].key);
  }
  return ticked;
}
