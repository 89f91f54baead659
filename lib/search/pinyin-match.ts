// Pinyin matching in the browser over readings precomputed at build time (no dictionary here).

/** Readings of each UTF-16 unit of a Chinese string; empty for units that are not Han characters. */
export type Readings = readonly (readonly string[])[];

/** Parse the index's pinyin string ("yin hang/xing ka") into readings. ü is also reachable as u. */
export function parseReadings(pinyin: string): string[][] {
  return pinyin.split(' ').map((token) => {
    if (!token) return [];
    const list = token.split('/');
    for (const r of list) if (r.includes('v')) list.push(r.replace(/v/g, 'u'));
    return list;
  });
}

/** A pinyin match: Han units [start, end) of the string, and how much of it was typed in full. */
export interface PinyinMatch {
  start: number;
  end: number;
  /** Han characters covered. */
  chars: number;
  /** Of those, how many were typed as whole syllables (the rest by their initials). */
  full: number;
}

/**
 * Find where the letters `q` spell a run of characters in pinyin: each character typed as its whole
 * syllable or its initial (y, d, zh …), the last one possibly cut short ("yidi", "ydba", "yidiba",
 * "changq"), starting at or after unit `from`. Returns the match with most whole syllables, or undefined.
 */
export function matchPinyin(readings: Readings, q: string, from = 0): PinyinMatch | undefined {
  const m = q.length;
  if (m < 2) return undefined;
  let best: PinyinMatch | undefined;
  for (let i = from; i < readings.length; i++) {
    const first = readings[i];
    if (!first.length || !first.some((r) => r.charCodeAt(0) === q.charCodeAt(0))) continue;
    // states: typed position → most whole syllables so far
    let states = new Map<number, number>([[0, 0]]);
    let chars = 0;
    for (let j = i; j < readings.length && states.size; j++) {
      const rs = readings[j];
      // Punctuation inside a title ("登记-在职转退休") is stepped over.
      if (!rs.length) continue;
      chars++;
      const next = new Map<number, number>();
      let done = -1;
      const reach = (pos: number, full: number) => {
        if (pos === m) done = Math.max(done, full);
        else if ((next.get(pos) ?? -1) < full) next.set(pos, full);
      };
      for (const [pos, full] of states) {
        for (const r of rs) {
          if (q.startsWith(r, pos)) reach(pos + r.length, full + 1);
          // The last syllable may be cut short while typing; two letters or more count as whole.
          else if (r.length > m - pos && r.startsWith(q.slice(pos))) reach(m, full + (m - pos >= 2 ? 1 : 0));
          if (r.charCodeAt(0) === q.charCodeAt(pos)) {
            reach(pos + 1, full);
            if (r.length > 2 && r[1] === 'h' && q[pos + 1] === 'h') reach(pos + 2, full);
          }
        }
      }
      if (done >= 0) {
        const candidate = { start: i, end: j + 1, chars, full: done };
        if (!best || candidate.full > best.full) best = candidate;
        break;
      }
      states = next;
    }
  }
  // A lone initial ("y") says nothing; a lone whole syllable of two letters or more does.
  if (best && best.chars === 1 && best.full === 0) return undefined;
  return best;
}

/**
 * Split letters into whole syllables known to the index ("menzhenbaoxiao" → men zhen bao xiao),
 * using as few syllables as possible; undefined when they are not all syllables.
 */
export function splitSyllables(q: string, syllables: ReadonlySet<string>): string[] | undefined {
  const n = q.length;
  if (!n || n > 60) return undefined;
  const best: (string[] | undefined)[] = new Array(n + 1);
  best[0] = [];
  for (let i = 0; i < n; i++) {
    const prefix = best[i];
    if (!prefix) continue;
    for (let len = 1; len <= 6 && i + len <= n; len++) {
      const s = q.slice(i, i + len);
      if (!syllables.has(s)) continue;
      const cand = best[i + len];
      if (!cand || cand.length > prefix.length + 1) best[i + len] = [...prefix, s];
    }
  }
  return best[n];
}
