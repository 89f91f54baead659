// Checks that Chinese and English say the same things in the same shape: every message in both
// languages with the same placeholders, and English text free of Chinese punctuation outside the
// Chinese it quotes. Used by tests/content/language-parity.test.ts over the real messages and content.
import { scriptRuns } from './scripts';

type Messages = { [key: string]: string | Messages };

/** Every message key, dotted ("Offline.note"), with its text. */
export function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** ICU argument names used by a message: {name}, {count, plural, …}. */
function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)].map((m) => m[1]))].sort();
}

/** Keys missing on either side, and messages whose placeholders differ. */
export function messageParity(zh: Messages, en: Messages): string[] {
  const a = flatten(zh);
  const b = flatten(en);
  const problems: string[] = [];
  for (const key of a.keys()) if (!b.has(key)) problems.push(`${key}: no English`);
  for (const key of b.keys()) if (!a.has(key)) problems.push(`${key}: no Chinese`);
  for (const [key, text] of a) {
    const other = b.get(key);
    if (other === undefined) continue;
    const [pa, pb] = [placeholders(text), placeholders(other)];
    if (pa.join() !== pb.join()) problems.push(`${key}: placeholders {${pa.join(', ')}} in Chinese, {${pb.join(', ')}} in English`);
  }
  return problems;
}

/** Full-width punctuation, which belongs to Chinese text only. */
const FULL_WIDTH = /[（）：，；。、！？【】]/;

/** English text: Chinese punctuation outside the Chinese it quotes, Chinese ordinals, or "1 copies". */
export function englishProblems(text: string): string[] {
  const problems: string[] = [];
  const outside = scriptRuns(text)
    .filter((r) => !r.zh)
    .map((r) => r.text)
    .join(' ');
  const mark = FULL_WIDTH.exec(outside);
  if (mark) problems.push(`full-width "${mark[0]}" in English`);
  if (/(^|\s)[一二三四五六七八九十]+、/.test(text)) problems.push('Chinese ordinal in English');
  if (/\b1 copies\b/.test(text)) problems.push('"1 copies"');
  return problems;
}

/** Every { zh, en } pair in a value (content data), with where it sits. */
export function* localizedTexts(value: unknown, path = ''): Generator<{ path: string; zh: string; en: string }> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* localizedTexts(value[i], `${path}[${i}]`);
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.zh === 'string' && typeof o.en === 'string') yield { path, zh: o.zh, en: o.en };
    for (const [k, v] of Object.entries(o)) if (k !== 'zh' && k !== 'en') yield* localizedTexts(v, path ? `${path}.${k}` : k);
  }
}
