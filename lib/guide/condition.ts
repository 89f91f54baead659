import type { Condition, LocalizedText, Situation } from '@/content/schema';

/** The resident's yes/no answers by situation id; a missing id means "not answered yet". */
export type Answers = Record<string, boolean>;

/** Every situation id an expression mentions, each once, in order of appearance. */
export function situationIds(condition: Condition): string[] {
  if (typeof condition === 'string') return [condition];
  return [...new Set(parts(condition).flatMap(situationIds))];
}

function parts(condition: Exclude<Condition, string>): Condition[] {
  if ('not' in condition) return [condition.not];
  return 'all' in condition ? condition.all : condition.any;
}

function answerOf(answers: Answers, id: string): boolean | undefined {
  if (typeof answers !== 'object' || answers === null || !Object.hasOwn(answers, id)) return undefined;
  const value: unknown = answers[id];
  return typeof value === 'boolean' ? value : undefined;
}

/**
 * Three-valued evaluation: true or false when the answers settle it, undefined while an answer that
 * matters is missing. "all" is false as soon as one part is false; "any" true as soon as one is true.
 */
export function evaluate(condition: Condition, answers: Answers): boolean | undefined {
  if (typeof condition === 'string') return answerOf(answers, condition);
  if ('not' in condition) {
    const value = evaluate(condition.not, answers);
    return value === undefined ? undefined : !value;
  }
  const values = parts(condition).map((c) => evaluate(c, answers));
  if ('all' in condition) return values.includes(false) ? false : values.every((v) => v === true) ? true : undefined;
  return values.includes(true) ? true : values.every((v) => v === false) ? false : undefined;
}

/**
 * The situations to ask about now for an undecided condition: in "all" and "any" the parts are asked
 * left to right, so a follow-up (e.g. "not found in shared data" after "because of death") waits until
 * the parts before it are answered. Empty when the answers already settle the condition.
 */
export function pendingIds(condition: Condition, answers: Answers): string[] {
  if (evaluate(condition, answers) !== undefined) return [];
  if (typeof condition === 'string') return [condition];
  const next = parts(condition).find((c) => evaluate(c, answers) === undefined);
  return next ? pendingIds(next, answers) : [];
}

const JOIN = { all: { zh: '且', en: ' and ' }, any: { zh: '或', en: ' or ' } } as const;

/**
 * The condition in words, from the situations' own labels: "proxy" → 代办时, { not: "local-hukou" } →
 * the situation's whenNo label; parts of all/any joined by 且/或 ("and"/"or"), nested groups bracketed.
 */
export function describeCondition(condition: Condition, situations: Record<string, Situation>, nested = false): LocalizedText {
  if (typeof condition === 'string') return label(situations, condition, true);
  if ('not' in condition) {
    if (typeof condition.not === 'string') return label(situations, condition.not, false);
    const inner = describeCondition(condition.not, situations, true);
    return { zh: `不属于${inner.zh}`, en: `not ${inner.en}` };
  }
  const join = 'all' in condition ? JOIN.all : JOIN.any;
  const texts = parts(condition).map((c) => describeCondition(c, situations, true));
  // "When … and if …": later parts start in lower case unless they start with a name (e.g. "Hong Kong").
  const lower = (en: string, i: number) => (i > 0 && /^(If|When|For|With|Not) /.test(en) ? en[0].toLowerCase() + en.slice(1) : en);
  const text = { zh: texts.map((t) => t.zh).join(join.zh), en: texts.map((t, i) => lower(t.en, i)).join(join.en) };
  return nested ? { zh: `（${text.zh}）`, en: `(${text.en})` } : text;
}

function label(situations: Record<string, Situation>, id: string, holds: boolean): LocalizedText {
  const situation = Object.hasOwn(situations, id) ? situations[id] : undefined;
  if (!situation) return { zh: id, en: id };
  return holds ? situation.whenYes : situation.whenNo;
}
