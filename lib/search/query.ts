// Browser search over the prebuilt index. No pinyin library and no dictionary: pinyin readings,
// synonyms and texts all come from the index.
import { editDistance, maxEdits, stem, STOP_WORDS } from './english';
import { normalizeQuery, splitQuery } from './normalize';
import { matchPinyin, splitSyllables } from './pinyin-match';
import { prepareIndex, type Field, type PreparedIndex, type PreparedItem, type PreparedText } from './prepare';
import type { HighlightRange, MatchKind, SearchCity, SearchIndex, SearchOptions, SearchResult } from './types';

/** Credit of a whole match by where it is: title, keyword, body. */
const FIELD_WEIGHT: Record<Field, number> = { 0: 10, 1: 7, 2: 3 };
/** Credit factors by kind of match (a title match is 10; a synonym in a title 7.5; body 3). */
const SYNONYM = 0.75;
const FUZZY = 0.7;
const PIECES = 0.85;
/** A sound-alike (same syllables, other characters) counts a little less than the characters themselves. */
const SOUND = 0.8;
/** Score of the first item of an intent the query expresses; the next ones a little less each. */
const INTENT = 12;
/** Scores closer than this are a tie. */
const TIE = 0.1;
/** Taken from items only organisations apply for, so residents' items win ties. */
const ORGANISATION = 0.3;
/** Part of the query an item must match to be listed. */
const MIN_COVERAGE = 0.5;
const SNIPPET_LENGTH = 90;

const HAN_TRAILING = /[吗呢吧啊的了]+$/;

interface Hit {
  t: PreparedText;
  start: number;
  end: number;
}

/** How one part of the query matched one item. */
interface UnitMatch {
  credit: number;
  kind: MatchKind;
  /** Part of the unit matched (below 1 when only some of its pieces were found). */
  covered: number;
  hits: Hit[];
}

export type Alternative = { han: string; literal: boolean } | { words: string[]; stems: string[]; literal: boolean };

const phrase = (words: string[], literal: boolean): Alternative => ({ words, stems: words.map(stem), literal });

/** A part of the query. */
export type Unit =
  | { k: 'han'; w: number; text: string; sounds: string[][] }
  | { k: 'latin'; w: number; text: string; vocab: Map<string, { q: number; fuzzy: boolean }> }
  | { k: 'digits'; w: number; text: string }
  | { k: 'concept'; w: number; alts: Alternative[]; factor?: number }
  /** Something another office serves (养老保险): matches nothing, so the query finds nothing here. */
  | { k: 'void'; w: number };

/**
 * Search the index. Chinese, pinyin (full, initials or mixed), English, everyday words (synonyms)
 * and small misspellings all work on both locales; results are ranked title match first, then
 * synonyms, then body text. Never throws; returns [] when nothing sensible matches.
 */
export function search(index: SearchIndex, query: string, options: SearchOptions): SearchResult[] {
  try {
    return run(index, query, options);
  } catch {
    // A search box must never break the page; a broken index simply finds nothing.
    return [];
  }
}

function run(index: SearchIndex, query: string, options: SearchOptions): SearchResult[] {
  const prepared = prepareIndex(index);
  if (!prepared) return [];
  const locale = options?.locale === 'en' ? 'en' : 'zh';
  const limit = Number.isFinite(options?.limit) ? Math.max(1, Math.min(200, Math.floor(options.limit!))) : 20;
  const normalized = normalizeQuery(query);
  if (!normalized) return [];

  const parsed = parseQuery(normalized, prepared);
  let city = options?.city;
  if (!city && parsed.city) city = parsed.city;
  const items = prepared.items.filter((it) => !city || it.city === city);
  if (!parsed.units.length && !parsed.intents.length) {
    // Only a city name was typed: list that city's items in official order.
    return parsed.city ? items.slice(0, limit).map((it) => result(it, prepared, locale, 0.1, 'body', [])) : [];
  }
  // An intent puts its items first, in its order, whatever the words matched.
  const intentRank = new Map(parsed.intents.map((at, rank) => [prepared.items[at], rank]));

  const matches = parsed.units.map((unit) => evaluate(unit, items, prepared, locale));
  const totalWeight = parsed.units.reduce((sum, u) => sum + u.w, 0);
  const compact = normalized.replace(/ /g, '');
  const scored: { item: PreparedItem; score: number; kind: MatchKind; hits: Hit[] }[] = [];
  items.forEach((item, i) => {
    let covered = 0;
    let score = 0;
    let best: UnitMatch | undefined;
    let bestValue = 0;
    const hits: Hit[] = [];
    parsed.units.forEach((unit, u) => {
      const m = matches[u][i];
      if (!m) return;
      covered += unit.w * m.covered;
      score += unit.w * m.credit;
      if (unit.w * m.credit > bestValue) [best, bestValue] = [m, unit.w * m.credit];
      hits.push(...m.hits);
    });
    const rank = intentRank.get(item);
    if (rank !== undefined) {
      const words = totalWeight ? score / totalWeight : 0;
      scored.push({ item, score: INTENT - rank * 0.5 + words / 10, kind: 'intent', hits });
      return;
    }
    const coverage = covered / totalWeight;
    if (!best || coverage < MIN_COVERAGE) return;
    // Items that answer the whole query beat items that answer half of it (coordination).
    score = (score / totalWeight) * coverage + titleBonus(item, locale, compact, hits);
    // On a tie, residents' own items come before those only employers or institutions apply for.
    if (item.organisation) score -= ORGANISATION;
    scored.push({ item, score, kind: best.kind, hits });
  });
  // Scores within a step of each other are a tie, and ties keep official order (base items first).
  const step = (score: number) => Math.round(score / TIE);
  return scored
    .sort((a, b) => step(b.score) - step(a.score) || a.item.order - b.item.order)
    .slice(0, limit)
    .map((r) => result(r.item, prepared, locale, r.score, r.kind, r.hits));
}

/**
 * Up to +3 when the query is the title, +1 when it starts it, plus up to +1 for the part of the
 * title that matched (so 生育医疗费支付 beats a long title that merely mentions 生育).
 */
function titleBonus(item: PreparedItem, locale: 'zh' | 'en', compact: string, hits: Hit[]): number {
  const title = locale === 'zh' ? item.plainZh : item.plainEn;
  const whole = title === compact ? 3 : title.startsWith(compact) ? 1 : 0;
  const share = (t: PreparedText) => {
    const ranges = merge(hits.filter((h) => h.t === t).map((h) => [h.start, h.end]));
    // A sub-item's title is its group's name and its own ("灵活就业人员参保登记-暂停参保"): a query
    // that names only the group matches every sub-item alike, so only the group's name counts.
    const cut = t.text.search(/-|: /);
    const length = cut > 0 && ranges.every(([, e]) => e <= cut) ? cut : t.text.length;
    return ranges.reduce((n, [s, e]) => n + e - s, 0) / Math.max(1, length);
  };
  return whole + Math.max(share(item.titleZh), share(item.titleEn));
}

// ---------------------------------------------------------------------------------------------
// Query → units

export interface ParsedQuery {
  units: Unit[];
  city?: SearchCity;
  /** Items of the intents the query expresses (positions in the prepared items), best first. */
  intents: number[];
}

/** A normalised query → units (Chinese, Latin, digits, synonym concepts, other offices' business), the city it names and its intents. */
export function parseQuery(normalized: string, prepared: PreparedIndex): ParsedQuery {
  const pieces = splitQuery(normalized);
  let city: SearchCity | undefined;
  // City names narrow the results instead of being searched for.
  for (const [i, id] of prepared.cities.entries()) {
    const names = prepared.cityNames[i];
    for (const p of pieces) {
      for (const name of names) {
        if (p.kind === 'latin' ? p.text === name : p.kind === 'han' && p.text.includes(name)) {
          city = id;
          p.text = p.kind === 'latin' ? '' : p.text.replace(new RegExp(`${name}市?`, 'g'), ' ');
        }
      }
    }
  }
  let han = pieces.filter((p) => p.kind === 'han').flatMap((p) => p.text.split(' ').filter(Boolean));
  let latin = pieces.filter((p) => p.kind === 'latin' && p.text).map((p) => p.text);
  const other = pieces.filter((p) => p.kind === 'digits' || p.kind === 'other');
  const intents = findIntents(han, latin, prepared);

  // Another office's business (养老保险, passport) counts against every item.
  const units: Unit[] = [];
  for (const term of prepared.notServed.han) {
    if (!han.some((h) => h.includes(term))) continue;
    han = han.flatMap((h) => h.split(term).filter(Boolean));
    units.push({ k: 'void', w: 2 });
  }
  for (const words of prepared.notServed.latin) {
    for (let i = 0; i + words.length <= latin.length; i++) {
      if (!words.every((w, k) => sameWord(w, latin[i + k], false))) continue;
      latin = [...latin.slice(0, i), ...latin.slice(i + words.length)];
      units.push({ k: 'void', w: 2 });
      break;
    }
  }
  const { concepts, hanLeft, latinLeft: latinAll } = findSynonyms(han, latin, prepared);
  units.push(...concepts);
  // "insurance" says nothing on an insurance site, unless it is all there is.
  const meaningful = latinAll.filter((w) => !prepared.latinStopWords.has(w));
  const latinLeft = meaningful.some((w) => !STOP_WORDS.has(w)) || units.length ? meaningful : latinAll;

  const addHan = (withoutFillers: boolean) => {
    for (const segment of hanLeft) {
      const stripped = withoutFillers && prepared.stopWords ? segment.replace(prepared.stopWords, ' ') : segment;
      for (const part of stripped.split(' ')) {
        const text = withoutFillers ? part.replace(HAN_TRAILING, '') : part;
        if (text && !units.some((u) => u.k === 'han' && u.text === text))
          units.push({
            k: 'han',
            w: (prepared.lightWords.has(text) ? 0.5 : 1) * (Math.min(text.length, 4) / 2),
            text,
            sounds: soundsOf(text, prepared),
          });
      }
    }
  };
  addHan(true);
  // A single character left over from a question (到, 给, 领) says nothing beside other words.
  const single = (u: Unit) => u.k === 'han' && Array.from(u.text).length === 1;
  if (units.some((u) => !single(u)) || latin.length) for (let i = units.length - 1; i >= 0; i--) if (single(units[i])) units.splice(i, 1);
  // When only fillers were typed (申请, 办理), search for them after all.
  if (!units.length && !latin.length && !other.length) addHan(false);
  const words = latinLeft.filter((w) => !STOP_WORDS.has(w));
  // Stop words are searched for only when nothing else was typed ("how", "to").
  for (const text of words.length || units.length || other.length ? words : latinLeft) {
    if (!units.some((u) => u.k === 'latin' && u.text === text))
      units.push({ k: 'latin', w: 1, text, vocab: wordCandidates(text, prepared.vocabulary) });
  }
  for (const p of other) {
    if (p.kind === 'digits' && p.text.replace(/\./g, '')) units.push({ k: 'digits', w: 0.5, text: p.text });
    // Letters of other scripts cannot match this corpus but still count against coverage.
    else if (p.kind === 'other') units.push({ k: 'han', w: 0.5, text: p.text, sounds: [] });
  }
  return { units, city, intents };
}

/** The syllables each character of a Chinese text may stand for ([] for characters the index does not know). */
function soundsOf(text: string, prepared: PreparedIndex): string[][] {
  return Array.from(text, (ch) => prepared.sounds.get(ch) ?? []);
}

/** Where `needle` occurs in `text` by characters or by sound; -1 when it does not. */
function indexOfSound(text: string, textSounds: string[][], needle: string, needleSounds: readonly (readonly string[])[]): number {
  outer: for (let i = 0; i + needle.length <= text.length; i++) {
    for (let k = 0; k < needle.length; k++) {
      if (text[i + k] === needle[k]) continue;
      const a = textSounds[i + k];
      const b = needleSounds[k];
      if (!a?.length || !b?.length || !a.some((x) => b.includes(x))) continue outer;
    }
    return i;
  }
  return -1;
}

/** Intents whose every group has a term in the query (Chinese as typed or by sound, English words); their items, best first. */
function findIntents(han: string[], latin: string[], prepared: PreparedIndex): number[] {
  if (!prepared.intents.length) return [];
  const segments = han.map((h) => ({ text: h, sounds: soundsOf(h, prepared) }));
  const out: number[] = [];
  // Intents of more groups are more specific (住院 + 外地 before 住院 alone).
  const bySpecificity = [...prepared.intents].sort((a, b) => b.groups.length - a.groups.length);
  for (const intent of bySpecificity) {
    const all = intent.groups.every(
      (g) =>
        g.han.some((t) => segments.some((seg) => indexOfSound(seg.text, seg.sounds, t.term, t.sounds) >= 0)) ||
        g.latin.some((words) => {
          for (let i = 0; i + words.length <= latin.length; i++) if (words.every((w, k) => sameWord(w, latin[i + k], false))) return true;
          return false;
        }),
    );
    if (all) for (const item of intent.items) if (!out.includes(item)) out.push(item);
  }
  return out;
}

/** English words of the corpus that a typed word may mean, with how good a reading each is. */
function wordCandidates(typed: string, vocabulary: Map<string, string>): Map<string, { q: number; fuzzy: boolean }> {
  const out = new Map<string, { q: number; fuzzy: boolean }>();
  const typedStem = stem(typed);
  const edits = maxEdits(typed);
  for (const [word, wordStem] of vocabulary) {
    if (word === typed) out.set(word, { q: 1, fuzzy: false });
    else if (wordStem === typedStem) out.set(word, { q: 0.95, fuzzy: false });
    else if (typed.length >= 3 && word.startsWith(typed)) out.set(word, { q: 0.85, fuzzy: false });
    else if (edits && (editDistance(typed, word, edits) <= edits || editDistance(typedStem, wordStem, edits) <= edits))
      out.set(word, { q: FUZZY, fuzzy: true });
  }
  return out;
}

interface SynonymSpan {
  entry: number;
  /** han: segment index; latin: −1. */
  seg: number;
  start: number;
  end: number;
  literal: Alternative;
  /** Found by sound (other characters of the same syllables), not as typed. */
  sound?: boolean;
}

/** Everyday words in the query → concept units; the rest of the query is returned for plain search. */
function findSynonyms(han: string[], latin: string[], prepared: PreparedIndex) {
  const spans: SynonymSpan[] = [];
  // Offsets of each Latin word in the Latin words joined without spaces (for pinyin terms).
  const joined = latin.join('');
  const wordStart: number[] = [];
  latin.reduce((at, w) => (wordStart.push(at), at + w.length), 0);
  const wordAt = (offset: number) => wordStart.indexOf(offset);
  // Positions of the Latin words that are not stop words.
  const content = latin.flatMap((w, i) => (STOP_WORDS.has(w) ? [] : [i]));

  const segmentSounds = han.map((segment) => soundsOf(segment, prepared));
  prepared.synonyms.forEach((entry, e) => {
    for (const term of entry.han) {
      han.forEach((segment, seg) => {
        const at = segment.indexOf(term.term);
        if (term.term && at >= 0)
          spans.push({ entry: e, seg, start: at, end: at + term.term.length, literal: { han: term.term, literal: true } });
        else if (term.sounds && term.term.length >= 2 && term.sounds.length === term.term.length) {
          // 特要 sounds like 特药: the resident picked the wrong character of the same sound.
          const near = indexOfSound(segment, segmentSounds[seg], term.term, term.sounds);
          if (near >= 0)
            spans.push({
              entry: e,
              seg,
              start: near,
              end: near + term.term.length,
              literal: { han: term.term, literal: true },
              sound: true,
            });
        }
      });
      // Typed in pinyin: whole syllables (shenghaizi) or initials (ybk), on word boundaries.
      for (const py of [term.full, term.term.length >= 3 ? term.initials : undefined]) {
        if (!py || py.length < 3 || (py === term.full && py.length < 4)) continue;
        for (let at = joined.indexOf(py); at >= 0; at = joined.indexOf(py, at + 1)) {
          const first = wordAt(at);
          const last = wordAt(at + py.length);
          const end = last >= 0 ? last : at + py.length === joined.length ? latin.length : -1;
          if (first >= 0 && end > first) spans.push({ entry: e, seg: -1, start: first, end, literal: { han: term.term, literal: true } });
        }
      }
    }
    for (const words of entry.latin) {
      // Little words do not count on either side: "lost my card" is "lost card".
      const core = words.filter((w) => !STOP_WORDS.has(w));
      const term = core.length ? core : words;
      const typed = core.length ? content : latin.map((_, i) => i);
      for (let i = 0; i + term.length <= typed.length; i++) {
        if (term.every((w, k) => sameWord(w, latin[typed[i + k]], term.length === 1)))
          spans.push({ entry: e, seg: -1, start: typed[i], end: typed[i + term.length - 1] + 1, literal: phrase(words, true) });
      }
    }
  });

  // Longer terms win over terms inside them (医保卡丢了 over 医保卡); equal spans all count.
  // Exact characters win over sound-alikes of the same length.
  spans.sort((a, b) => b.end - b.start - (a.end - a.start) || Number(a.sound ?? false) - Number(b.sound ?? false));
  const accepted: SynonymSpan[] = [];
  for (const s of spans) {
    const clash = accepted.some((a) => a.seg === s.seg && a.start < s.end && s.start < a.end && !(a.start === s.start && a.end === s.end));
    if (!clash) accepted.push(s);
  }

  const concepts: Unit[] = [];
  const byEntry = new Map<number, Alternative[]>();
  for (const s of accepted) {
    const alts = byEntry.get(s.entry) ?? [];
    alts.push(s.literal);
    byEntry.set(s.entry, alts);
  }
  for (const [e, literals] of byEntry) {
    const official: Alternative[] = prepared.synonyms[e].official.map((o) =>
      typeof o === 'string' ? { han: o, literal: false } : phrase(o, false),
    );
    const heard = accepted.every((s) => s.entry !== e || s.sound);
    concepts.push({ k: 'concept', w: 1.5, alts: [...literals, ...official], factor: heard ? SOUND : 1 });
  }

  const hanLeft = han.map((segment, seg) => {
    let out = segment;
    for (const s of accepted) if (s.seg === seg) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
    return out.replace(/ +/g, ' ').trim();
  });
  const used = new Set<number>();
  for (const s of accepted) if (s.seg === -1) for (let i = s.start; i < s.end; i++) used.add(i);
  const latinLeft = latin.filter((_, i) => !used.has(i));
  return { concepts, hanLeft: hanLeft.filter(Boolean), latinLeft };
}

/** A typed word against a term's word: equal, same stem, or (single long words) one or two letters off. */
function sameWord(term: string, typed: string, allowFuzzy: boolean): boolean {
  if (term === typed || stem(term) === stem(typed)) return true;
  const edits = allowFuzzy ? Math.min(maxEdits(term), maxEdits(typed)) : 0;
  return edits > 0 && editDistance(term, typed, edits) <= edits;
}

// ---------------------------------------------------------------------------------------------
// Units → matches per item

function evaluate(unit: Unit, items: PreparedItem[], prepared: PreparedIndex, locale: 'zh' | 'en'): (UnitMatch | undefined)[] {
  switch (unit.k) {
    case 'han': {
      // Exact characters rank above sound-alikes: a text found as typed anywhere is not heard.
      const typedSomewhere = new Map<string, boolean>();
      const hear = (text: string) => {
        let found = typedSomewhere.get(text);
        if (found === undefined) typedSomewhere.set(text, (found = items.some((it) => it.zh.some((t) => t.text.includes(text)))));
        return !found;
      };
      return items.map((it) => matchHan(unit.text, unit.sounds, it, hear));
    }
    case 'digits':
      return items.map((it) => matchDigits(unit.text, it));
    case 'void':
      return items.map(() => undefined);
    case 'concept':
      return items.map((it) => scale(matchConcept(unit.alts, it), unit.factor ?? 1));
    case 'latin': {
      const english = items.map((it) => scale(matchWords(unit.vocab, it), locale === 'zh' ? 0.9 : 1));
      // Pinyin of words that are apart in a title (ydba, menzhenbaoxiao → 门诊费用报销) is matched in chunks.
      const isWord = [...unit.vocab.values()].some((c) => !c.fuzzy);
      const chunks = pinyinChunks(unit.text, prepared.syllables, !isWord);
      const pinyin = items.map((it) =>
        scale(matchPinyinIn(unit.text, it) ?? (chunks && matchPinyinChunks(chunks, it)), locale === 'en' ? 0.9 : 1),
      );
      return items.map((_, i) => better(english[i], pinyin[i]));
    }
  }
}

/**
 * Letters cut into chunks of two syllables (menzhen|baoxiao, yidi|beian) or, when they are not
 * syllables and `initials` is allowed, of two initials (yd|ba); an odd last one joins the chunk
 * before it. Undefined when that makes fewer than two chunks.
 */
function pinyinChunks(letters: string, syllables: ReadonlySet<string>, initials: boolean): PinyinChunks | undefined {
  const whole = splitSyllables(letters, syllables);
  const parts = whole ?? (initials && letters.length <= 8 ? letters.match(/[zcs]h|[a-z]/g) : null);
  if (!parts || parts.length < 4) return undefined;
  const chunks: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const end = parts.length - i === 3 ? parts.length : i + 2;
    chunks.push(parts.slice(i, end).join(''));
    if (end === parts.length) break;
  }
  return { chunks, initials: !whole };
}

interface PinyinChunks {
  chunks: string[];
  /** True when the chunks are initials (then they must match as initials, not as cut syllables). */
  initials: boolean;
}

/** Chunks of pinyin found in order in one Chinese text that has pinyin; credit and coverage in proportion. */
function matchPinyinChunks({ chunks, initials }: PinyinChunks, item: PreparedItem): UnitMatch | undefined {
  let best: UnitMatch | undefined;
  for (const t of item.zh) {
    if (!t.readings) continue;
    let from = 0;
    let full = 0;
    let chars = 0;
    const hits: Hit[] = [];
    for (const chunk of chunks) {
      const m = matchPinyin(t.readings, chunk, from);
      if (!m || (initials && m.full)) continue;
      hits.push({ t, start: m.start, end: m.end });
      from = m.end;
      full += m.full;
      chars += m.chars;
    }
    if (!hits.length) continue;
    const covered = hits.length / chunks.length;
    const credit = FIELD_WEIGHT[t.field] * (full === chars ? 0.95 : 0.85) * covered * PIECES;
    if (!best || credit > best.credit) best = { credit, kind: 'pinyin', covered, hits };
  }
  return best;
}

function scale(m: UnitMatch | undefined, factor: number): UnitMatch | undefined {
  return m && factor !== 1 ? { ...m, credit: m.credit * factor } : m;
}

function better(a: UnitMatch | undefined, b: UnitMatch | undefined): UnitMatch | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.credit * b.covered > a.credit * a.covered ? b : a;
}

function exactKind(field: Field): MatchKind {
  return field === 0 ? 'title' : 'body';
}

/** Chinese text: exact, then one character wrong or missing, then pieces (two characters at a time). */
function matchHan(text: string, sounds: string[][], item: PreparedItem, hear: (text: string) => boolean): UnitMatch | undefined {
  const exact = findHan(text, item);
  if (exact) return exact;
  const heard = text.length >= 2 && hear(text) ? findSound(text, sounds, item) : undefined;
  if (text.length < 3) return heard;
  const bigrams = Array.from({ length: text.length - 1 }, (_, i) => text.slice(i, i + 2));
  const pieces = matchPieces(bigrams, (b) => {
    const at = text.indexOf(b);
    return findHan(b, item) ?? (hear(b) ? findSound(b, sounds.slice(at, at + 2), item) : undefined);
  });
  let fuzzy: UnitMatch | undefined;
  if (text.length >= 4 && pieces) {
    for (const t of item.zh) {
      if (!bigrams.some((b) => t.text.includes(b))) continue;
      const range = approximate(text, t.text);
      if (range) {
        fuzzy = { credit: FIELD_WEIGHT[t.field] * FUZZY, kind: 'fuzzy', covered: 1, hits: [{ t, start: range[0], end: range[1] }] };
        break;
      }
    }
  }
  return better(heard, better(pieces, fuzzy));
}

/**
 * A Chinese text heard rather than read: where its syllables spell a run of an item's title,
 * keywords or short documents, some characters different (生玉 → 生育). Exact characters are found
 * by findHan first, so this only ever answers for a sound-alike.
 */
function findSound(text: string, sounds: string[][], item: PreparedItem): UnitMatch | undefined {
  if (!sounds.some((s) => s.length)) return undefined;
  for (const t of item.zh) {
    if (!t.readings) continue;
    const at = indexOfSound(t.text, t.readings as string[][], text, sounds);
    if (at >= 0)
      return { credit: FIELD_WEIGHT[t.field] * SOUND, kind: 'sound', covered: 1, hits: [{ t, start: at, end: at + text.length }] };
  }
  return undefined;
}

/** Where a Chinese string occurs in an item: best field wins; hits in the title and first hit per text. */
function findHan(needle: string, item: PreparedItem, factor = 1, kind?: MatchKind): UnitMatch | undefined {
  let field: Field | undefined;
  const hits: Hit[] = [];
  for (const t of item.zh) {
    let at = t.text.indexOf(needle);
    if (at < 0) continue;
    if (field === undefined) field = t.field;
    do {
      hits.push({ t, start: at, end: at + needle.length });
      at = t.field === 0 ? t.text.indexOf(needle, at + needle.length) : -1;
    } while (at >= 0);
  }
  if (field === undefined) return undefined;
  return { credit: FIELD_WEIGHT[field] * factor, kind: kind ?? exactKind(field), covered: 1, hits };
}

/** Pieces of a unit matched separately: credit and coverage in proportion to the pieces found. */
function matchPieces(pieces: string[], find: (piece: string) => UnitMatch | undefined): UnitMatch | undefined {
  let credit = 0;
  let found = 0;
  let best: UnitMatch | undefined;
  const hits: Hit[] = [];
  for (const p of pieces) {
    const m = find(p);
    if (!m) continue;
    found++;
    credit += m.credit;
    hits.push(...m.hits);
    if (!best || m.credit > best.credit) best = m;
  }
  if (!best) return undefined;
  return { credit: (credit / pieces.length) * PIECES, kind: best.kind, covered: found / pieces.length, hits };
}

/**
 * The span of `text` that differs from `pattern` by at most one character (wrong, missing or
 * extra), or undefined. Approximate substring matching (Sellers), k = 1.
 */
function approximate(pattern: string, text: string): [number, number] | undefined {
  const m = pattern.length;
  let prev = new Int32Array(m + 1);
  let prevStart = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  let curStart = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i;
  let found: [number, number, number] | undefined;
  for (let j = 1; j <= text.length; j++) {
    cur[0] = 0;
    curStart[0] = j;
    const c = text.charCodeAt(j - 1);
    for (let i = 1; i <= m; i++) {
      const diag = prev[i - 1] + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      const up = cur[i - 1] + 1;
      const left = prev[i] + 1;
      if (diag <= up && diag <= left) [cur[i], curStart[i]] = [diag, prevStart[i - 1]];
      else if (up <= left) [cur[i], curStart[i]] = [up, curStart[i - 1]];
      else [cur[i], curStart[i]] = [left, prevStart[i]];
    }
    // One more character may still fit (居往 ~ 居住 rather than stopping at 居).
    if (found) return cur[m] <= found[2] ? [curStart[m], j] : [found[0], found[1]];
    if (cur[m] <= 1) found = [curStart[m], j, cur[m]];
    [prev, cur] = [cur, prev];
    [prevStart, curStart] = [curStart, prevStart];
  }
  return found && [found[0], found[1]];
}

function matchDigits(text: string, item: PreparedItem): UnitMatch | undefined {
  if (item.number === text) return { credit: FIELD_WEIGHT[0], kind: 'title', covered: 1, hits: [] };
  // Longer numbers (phone numbers, 12345) are looked up in the text.
  return text.length >= 3 ? findHan(text, item) : undefined;
}

/** A typed Latin word against the item's English words. */
function matchWords(vocab: Map<string, { q: number; fuzzy: boolean }>, item: PreparedItem): UnitMatch | undefined {
  if (!vocab.size) return undefined;
  let any = false;
  for (const word of vocab.keys()) {
    if (item.enWords.has(word)) {
      any = true;
      break;
    }
  }
  if (!any) return undefined;
  let best: UnitMatch | undefined;
  const hits: Hit[] = [];
  for (const t of item.en) {
    let textBest = 0;
    let fuzzy = false;
    for (const w of t.words!) {
      const c = vocab.get(w.w);
      if (!c) continue;
      if (t.field === 0 || textBest === 0) hits.push({ t, start: w.start, end: w.end });
      if (c.q > textBest) [textBest, fuzzy] = [c.q, c.fuzzy];
    }
    const credit = textBest * FIELD_WEIGHT[t.field];
    if (textBest && (!best || credit > best.credit)) best = { credit, kind: fuzzy ? 'fuzzy' : exactKind(t.field), covered: 1, hits };
  }
  return best;
}

/** Typed letters as pinyin of the item’s Chinese title, keywords and short document names. */
function matchPinyinIn(letters: string, item: PreparedItem): UnitMatch | undefined {
  let best: UnitMatch | undefined;
  for (const t of item.zh) {
    if (!t.readings) continue;
    const m = matchPinyin(t.readings, letters);
    if (!m) continue;
    const quality = m.full === m.chars ? 0.95 : m.full > 0 ? 0.9 : 0.85;
    const credit = FIELD_WEIGHT[t.field] * quality;
    if (!best || credit > best.credit) best = { credit, kind: 'pinyin', covered: 1, hits: [{ t, start: m.start, end: m.end }] };
  }
  return best;
}

/** A synonym concept: the typed term itself (full credit) or one of its official terms (less). */
function matchConcept(alts: Alternative[], item: PreparedItem): UnitMatch | undefined {
  let best: UnitMatch | undefined;
  const hits: Hit[] = [];
  for (const alt of alts) {
    const factor = alt.literal ? 1 : SYNONYM;
    const kind = alt.literal ? undefined : 'synonym';
    const m = 'han' in alt ? findHan(alt.han, item, factor, kind) : findPhrase(alt.words, alt.stems, item, factor, kind);
    if (!m) continue;
    hits.push(...m.hits);
    if (!best || m.credit > best.credit) best = m;
  }
  return best && { ...best, hits };
}

/** An English phrase (words in a row, same word or same stem) in the item's English texts. */
function findPhrase(words: string[], stems: string[], item: PreparedItem, factor: number, kind?: MatchKind): UnitMatch | undefined {
  if (!words.length || !words[0]) return undefined;
  if (!words.every((w, k) => item.enWords.has(w) || item.enWords.has(stems[k]))) return undefined;
  let field: Field | undefined;
  const hits: Hit[] = [];
  for (const t of item.en) {
    const tokens = t.words!;
    for (let i = 0; i + words.length <= tokens.length; i++) {
      if (!words.every((w, k) => tokens[i + k].w === w || tokens[i + k].s === stems[k])) continue;
      if (field === undefined) field = t.field;
      hits.push({ t, start: tokens[i].start, end: tokens[i + words.length - 1].end });
      if (t.field !== 0) break;
    }
  }
  if (field === undefined) return undefined;
  return { credit: FIELD_WEIGHT[field] * factor, kind: kind ?? exactKind(field), covered: 1, hits };
}

// ---------------------------------------------------------------------------------------------
// Results and highlights

function result(
  item: PreparedItem,
  prepared: PreparedIndex,
  locale: 'zh' | 'en',
  score: number,
  matchedBy: MatchKind,
  hits: Hit[],
): SearchResult {
  const title = locale === 'zh' ? item.titleZh : item.titleEn;
  const titleHighlights = merge(hits.filter((h) => h.t === title).map((h) => [h.start, h.end]));
  const out: SearchResult = {
    city: item.city,
    id: item.id,
    number: item.number,
    title: title.text,
    score: Math.round(score * 1000) / 1000,
    matchedBy,
    titleHighlights,
  };
  // The snippet shows matched text other than the title, in the page language when there is any;
  // text in the other language only when the title itself shows no match (Chinese typed on /en).
  const wantZh = locale === 'zh';
  const candidates = new Map<PreparedText, Hit[]>();
  for (const h of hits) {
    if (h.t === title || (titleHighlights.length && h.t.zh !== wantZh)) continue;
    candidates.set(h.t, [...(candidates.get(h.t) ?? []), h]);
  }
  const ranked = [...candidates.entries()].sort(
    ([a, ah], [b, bh]) => Number(b.zh === wantZh) - Number(a.zh === wantZh) || a.field - b.field || bh.length - ah.length,
  );
  if (ranked.length) out.snippet = snippet(ranked[0][0].text, merge(ranked[0][1].map((h) => [h.start, h.end])));
  if (item.gist) {
    const text = (pair?: [number, number]) => (pair ? prepared.strings[pair[locale === 'zh' ? 0 : 1]] : undefined);
    const [always, depending, cases] = item.gist.d;
    out.gist = { where: text(item.gist.w), remote: text(item.gist.r), always, depending, cases, time: text(item.gist.t) };
  }
  return out;
}

/** Sorted, merged ranges. */
function merge(ranges: HighlightRange[]): HighlightRange[] {
  const sorted = ranges.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: HighlightRange[] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Cut a long text around its first highlight; ranges are moved to match the cut text. */
function snippet(text: string, ranges: HighlightRange[]): { text: string; highlights: HighlightRange[] } {
  if (text.length <= SNIPPET_LENGTH) return { text, highlights: ranges };
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, Math.min(first - 20, text.length - SNIPPET_LENGTH));
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  // Never cut a character in two.
  if (isLowSurrogate(text.charCodeAt(start))) start++;
  if (isLowSurrogate(text.charCodeAt(end))) end--;
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = prefix.length - start;
  const highlights = ranges.filter(([s, e]) => s >= start && e <= end).map(([s, e]): HighlightRange => [s + shift, e + shift]);
  return { text: prefix + text.slice(start, end) + suffix, highlights };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
