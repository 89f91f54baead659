import type { CityContent } from '@/content/schema';
import { TICKS_PARAM } from './ticks';
import type { DecodeProblem, DecodeProblemCode, DecodeResult, Selection } from './types';

// URL format (query string, no leading "?"):
//   city=<city>&items=<item>,<item>&s.<item>=<case>&c.proxy=1&c.local-hukou=0
// city: the city id; items: item ids in the resident's order, comma-separated; s.<item>: the chosen
// scenario of a chosen item; c.<condition>: 1 (yes) or 0 (no). Ids are kebab-case, so nothing needs escaping.
// Optionally &t=<code>,<code>: the ticked documents (ticks.ts), read by readTicksParam once the list is built.

/** Most items a link may choose; more are dropped with a "too-many-items" problem. */
export const MAX_ITEMS = 40;
/** Longest query the decoder reads; parameters after the cut are dropped with a "too-long" problem. */
export const MAX_QUERY_LENGTH = 4096;
/** Most problems reported; the rest are counted in one "more-problems" problem. */
export const MAX_PROBLEMS = 20;
/** Longest value a problem quotes. */
const MAX_QUOTED = 60;
/** Ids longer than this are never looked up. */
const MAX_ID_LENGTH = 100;

/** URL parameter (and form field) holding the scenario of an item, e.g. "s.employee-registration". */
export function scenarioParam(item: string): string {
  return `s.${item}`;
}

/** URL parameter (and form field) holding the answer to a condition, e.g. "c.proxy". */
export function conditionParam(condition: string): string {
  return `c.${condition}`;
}

/** The query string for a selection (without "?"); scenarios of unchosen items are left out, answers sorted by id. */
export function encodeSelection(selection: Selection): string {
  const enc = encodeURIComponent;
  const items = [...new Set(selection.items)];
  const scenarios = selection.scenarios ?? {};
  const answers = selection.answers ?? {};
  const parts = [`city=${enc(selection.city)}`];
  if (items.length) parts.push(`items=${items.map(enc).join(',')}`);
  for (const item of items) {
    const scenario = Object.hasOwn(scenarios, item) ? scenarios[item] : undefined;
    if (typeof scenario === 'string' && scenario) parts.push(`${enc(scenarioParam(item))}=${enc(scenario)}`);
  }
  for (const condition of Object.keys(answers).sort()) {
    const answer = answers[condition];
    if (typeof answer === 'boolean') parts.push(`${enc(conditionParam(condition))}=${answer ? 1 : 0}`);
  }
  return parts.join('&');
}

/** Make a value safe and short enough to quote back to the resident. */
function quote(value: string): string {
  // Control and bidirectional-override characters could garble or disguise the message around the quote.
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  const chars = Array.from(clean);
  return chars.length > MAX_QUOTED ? `${chars.slice(0, MAX_QUOTED).join('')}…` : clean;
}

function parseAnswer(value: string): boolean | undefined {
  if (['1', 'yes', 'y', 'true'].includes(value)) return true;
  if (['0', 'no', 'n', 'false'].includes(value)) return false;
  return undefined;
}

/** Read the raw `city` parameter, so a page can pick the city before decoding the rest; undefined when absent. */
export function readCityParam(query: string | URLSearchParams): string | undefined {
  const params = toParams(query).params;
  const value = params
    .find(([key]) => key === 'city')?.[1]
    .trim()
    .toLowerCase();
  return value ? value.slice(0, MAX_ID_LENGTH) : undefined;
}

/** Read the raw ticks parameter (see ticks.ts); undefined when the link has none, as links made before ticks. */
export function readTicksParam(query: string | URLSearchParams): string | undefined {
  return toParams(query).params.find(([key]) => key.trim().toLowerCase() === TICKS_PARAM)?.[1];
}

function toParams(query: string | URLSearchParams): { params: [string, string][]; cutFrom?: number } {
  let raw: string;
  try {
    raw = typeof query === 'string' ? query : query.toString();
  } catch {
    raw = '';
  }
  if (typeof raw !== 'string') raw = '';
  // Accept a whole URL or a "?…" string as well as a bare query; a fragment is not part of it.
  const hash = raw.indexOf('#');
  if (hash >= 0) raw = raw.slice(0, hash);
  const mark = raw.indexOf('?');
  if (mark >= 0) raw = raw.slice(mark + 1);
  let cutFrom: number | undefined;
  if (raw.length > MAX_QUERY_LENGTH) {
    cutFrom = raw.length;
    // Cut at a parameter boundary so no value is read half-way (a cut id could name another item).
    const head = raw.slice(0, MAX_QUERY_LENGTH + 1);
    raw = head.slice(0, Math.max(0, head.lastIndexOf('&')));
  }
  try {
    return { params: [...new URLSearchParams(raw)], cutFrom };
  } catch {
    return { params: [], cutFrom };
  }
}

/**
 * Decode a query into a selection valid for the city. Never throws: whatever cannot be used is left out
 * and reported as a problem. Parameters outside this format (utm_*, WeChat's from=…) are ignored silently.
 */
export function decodeSelection(city: CityContent, query: string | URLSearchParams): DecodeResult {
  const problems: DecodeProblem[] = [];
  let leftOut = 0;
  const report = (code: DecodeProblemCode, param: string, value: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ code, param: quote(param), value: quote(value) });
    else leftOut++;
  };

  const { params, cutFrom } = toParams(query);
  if (cutFrom !== undefined) report('too-long', '', String(cutFrom));

  // Parameter names are matched case-insensitively; ids in values too, since all ids are lower case.
  const single = new Map<string, string>();
  const itemLists: string[] = [];
  for (const [rawKey, rawValue] of params) {
    const key = rawKey.trim().toLowerCase();
    const value = rawValue.trim();
    if (key === 'items') itemLists.push(value);
    else if (key === 'city' || key.startsWith('s.') || key.startsWith('c.')) {
      if (single.has(key)) report('duplicate-parameter', key, value);
      else single.set(key, value);
    }
  }

  const cityValue = single.get('city')?.toLowerCase();
  if (cityValue && cityValue !== city.id && cityValue !== city.short) report('unknown-city', 'city', cityValue);

  const known = new Set(city.items.map((item) => item.id));
  const items: string[] = [];
  const beyondCap = new Set<string>();
  for (const list of itemLists)
    for (const entry of list.split(',')) {
      const id = entry.trim().toLowerCase();
      if (!id) continue;
      if (id.length > MAX_ID_LENGTH || !known.has(id)) report('unknown-item', 'items', entry);
      else if (items.includes(id)) report('duplicate-item', 'items', id);
      else if (items.length >= MAX_ITEMS) beyondCap.add(id);
      else items.push(id);
    }
  if (beyondCap.size) report('too-many-items', 'items', String(MAX_ITEMS + beyondCap.size));

  const scenarios: Record<string, string> = {};
  const answers: Record<string, boolean> = {};
  for (const [key, rawValue] of single) {
    const value = rawValue.toLowerCase();
    if (key.startsWith('s.')) {
      const itemId = key.slice(2);
      const item = city.items.find((i) => i.id === itemId);
      // An empty value means "not chosen yet", which is not a problem.
      if (!value) continue;
      if (!item) report('unknown-item', key, itemId);
      else if (!items.includes(itemId)) report('scenario-without-item', key, rawValue);
      else if (!item.scenarios.some((s) => s.id === value)) report('unknown-scenario', key, rawValue);
      else scenarios[itemId] = value;
    } else if (key.startsWith('c.')) {
      const condition = key.slice(2);
      if (!value) continue;
      if (!Object.hasOwn(city.situations, condition)) report('unknown-condition', key, condition);
      else {
        const answer = parseAnswer(value);
        if (answer === undefined) report('invalid-answer', key, rawValue);
        else answers[condition] = answer;
      }
    }
  }

  if (leftOut) problems.push({ code: 'more-problems', param: '', value: String(leftOut) });
  return { selection: { city: city.id, items, scenarios, answers }, problems };
}
