import type { Channel, CityContent, Condition, DocumentRequirement, LocalizedText, ServiceItem } from '@/content/schema';
import { describeCondition, evaluate, pendingIds, situationIds, type Answers } from './condition';
import { CHANNEL_KIND_LABEL, FORM_LABEL, KIOSK_NAME, OPTIONAL_LABEL, SEALED_LABEL, SOURCE_LABEL, countLabel } from './labels';
import type { ChannelView, DocumentGroup, DocumentToBring, GuideCase, GuideView, NeedStatus, ToleratedMark } from './types';

/** What the resident has said: a case of the item and answers to situation questions. */
export interface GuideInput {
  /** Chosen scenario id. */
  scenario?: string;
  /** Answers by situation id. */
  answers?: Answers;
}

/** The city content the model needs (a whole CityContent will do). */
export type GuideCity = Pick<CityContent, 'id' | 'documents' | 'situations' | 'toleratedMissing' | 'items'>;

const joinParts = (parts: LocalizedText[], zh: string, en: string): LocalizedText => ({
  zh: parts.map((p) => p.zh).join(zh),
  en: parts.map((p) => p.en).join(en),
});

function vocabularyName(city: GuideCity, id: string): LocalizedText {
  return Object.hasOwn(city.documents, id) ? city.documents[id].name : { zh: id, en: id };
}

function statusOf(condition: Condition | undefined, answers: Answers): NeedStatus {
  if (!condition) return 'needed';
  const value = evaluate(condition, answers);
  return value === undefined ? 'depends' : value ? 'needed' : 'notNeeded';
}

function toleratedFor(city: GuideCity, item: string, doc: string): ToleratedMark | undefined {
  for (const row of city.toleratedMissing) {
    if (!row.items.includes(item)) continue;
    const entry = row.documents.find((d) => d.doc === doc);
    if (entry)
      return {
        row: row.number,
        text: entry.text,
        ...(row.method && { method: row.method }),
        ...(row.deadline && { deadline: row.deadline }),
      };
  }
  return undefined;
}

function combine(a: Condition | undefined, b: Condition | undefined): Condition | undefined {
  if (!a) return b;
  if (!b) return a;
  return { all: [a, b] };
}

function toDocument(
  city: GuideCity,
  item: ServiceItem,
  r: DocumentRequirement,
  key: string,
  answers: Answers,
  outer?: Condition,
): DocumentToBring {
  const condition = combine(outer, r.when);
  const definition = Object.hasOwn(city.documents, r.doc) ? city.documents[r.doc] : undefined;
  const wording = r.text ?? definition?.name ?? vocabularyName(city, r.doc);
  // A mark the wording already says in both languages (身份证复印件 / Photocopy of your ID card) is not repeated.
  const said = (m: LocalizedText) => wording.zh.includes(m.zh) && wording.en.toLowerCase().includes(m.en.toLowerCase());
  const marks = [
    r.form && FORM_LABEL[r.form],
    r.sealed && SEALED_LABEL,
    r.count !== undefined && countLabel(r.count),
    r.optional && OPTIONAL_LABEL,
  ].filter((m): m is LocalizedText => Boolean(m) && !said(m as LocalizedText));
  // The guide's own words for the source win over the generic label of its kind.
  const source = r.source && (r.source.note ?? SOURCE_LABEL[r.source.kind]);
  const tolerated = toleratedFor(city, item.id, r.doc);
  return {
    key,
    doc: r.doc,
    wording,
    ...(!r.text &&
      r.anyOf && {
        alternatives: joinParts(
          r.anyOf.map((id) => vocabularyName(city, id)),
          '／',
          ' / ',
        ),
      }),
    ...(definition?.description && { description: definition.description }),
    marks,
    ...(source && { source }),
    ...(r.source?.url && { url: r.source.url }),
    ...(r.notes && { notes: r.notes }),
    ...(r.form && { form: r.form }),
    optional: r.optional === true,
    ...(condition && { condition, conditionText: describeCondition(condition, city.situations) }),
    status: statusOf(condition, answers),
    ...(tolerated && { tolerated }),
  };
}

/** A channel as every surface shows it: its label, what or where, windows, address, steps and scope. */
export function toChannelView(channel: Channel): ChannelView {
  const base = {
    kind: channel.kind,
    label: channel.label ?? CHANNEL_KIND_LABEL[channel.kind],
    ...(channel.scope && { scope: channel.scope }),
    windows: [] as string[],
    steps: [] as LocalizedText[],
  };
  switch (channel.kind) {
    case 'window':
      return { ...base, title: channel.place, windows: channel.windows ?? [], ...(channel.office && { office: channel.office }) };
    case 'online':
      return { ...base, title: channel.name, url: channel.url, steps: channel.steps ?? [] };
    case 'mobile':
      return { ...base, title: channel.name, steps: channel.steps ?? [] };
    case 'kiosk':
      return { ...base, title: channel.place ?? KIOSK_NAME };
    case 'email':
      return { ...base, title: { zh: channel.address, en: channel.address }, url: `mailto:${channel.address}` };
    case 'agent':
    case 'institution':
      return { ...base, title: channel.place };
  }
}

/** The item's documents for every case: its own common ones, then those of the shared situations it names. */
function commonDocuments(city: GuideCity, item: ServiceItem, answers: Answers): DocumentToBring[] {
  return [
    ...item.documents.map((r, i) => toDocument(city, item, r, `d${i}`, answers)),
    ...item.situations.flatMap((id) =>
      (Object.hasOwn(city.situations, id) ? city.situations[id].documents : []).map((r, i) =>
        toDocument(city, item, r, `s:${id}:${i}`, answers, id),
      ),
    ),
  ];
}

/**
 * The one interpretation of an item that every surface renders: documents with their exact wording,
 * marks, source, notes, condition in words and status against the answers; the cases; the questions
 * that still change the list; channels, time limit, tips and phones.
 */
export function resolveGuide(city: GuideCity, item: ServiceItem, input: GuideInput = {}): GuideView {
  const answers = input.answers ?? {};
  const common = commonDocuments(city, item, answers);
  const cases: GuideCase[] = item.scenarios.map((s) => ({
    id: s.id,
    title: s.title,
    ...(s.description && { description: s.description }),
    documents: s.documents.map((r, i) => toDocument(city, item, r, `c:${s.id}:${i}`, answers)),
  }));
  const chosenCase = cases.find((c) => c.id === input.scenario);
  const documents = [...common, ...(chosenCase?.documents ?? [])];
  return {
    city: city.id,
    id: item.id,
    number: item.number,
    title: item.title,
    common,
    cases,
    ...(chosenCase && { chosenCase }),
    awaitingCase: cases.length > 0 && !chosenCase,
    documents,
    questions: questionsOf(city, documents, answers),
    documentNotes: item.documentNotes,
    channels: item.channels.map(toChannelView),
    ...(item.timeLimit && { timeLimit: item.timeLimit }),
    tips: item.tips,
    phones: item.phones,
  };
}

/**
 * Questions that change the list: the situations an undecided condition needs next, plus those already
 * answered that a condition mentions (so an answer can be changed), in the city's declared order.
 */
function questionsOf(city: GuideCity, documents: DocumentToBring[], answers: Answers) {
  const asked = new Set<string>();
  for (const d of documents) {
    if (!d.condition) continue;
    for (const id of pendingIds(d.condition, answers)) asked.add(id);
    for (const id of situationIds(d.condition)) if (Object.hasOwn(answers, id)) asked.add(id);
  }
  return Object.keys(city.situations)
    .filter((id) => asked.has(id))
    .map((id) => ({ id, question: city.situations[id].question, ...(typeof answers[id] === 'boolean' && { answer: answers[id] }) }));
}

/**
 * Documents grouped for surfaces that cannot ask: the common documents everyone brings, then each
 * condition in words with its documents, then each case the same way. Nothing is flattened or dropped;
 * documents the answers rule out are left out.
 */
export function documentGroups(view: Pick<GuideView, 'common' | 'cases'>, cases: GuideCase[] = view.cases): DocumentGroup[] {
  const groups: DocumentGroup[] = [];
  const add = (documents: DocumentToBring[], caseId?: string) => {
    const byCondition = new Map<string, DocumentGroup>();
    for (const d of documents) {
      if (d.status === 'notNeeded') continue;
      const key = d.conditionText?.zh ?? '';
      let group = byCondition.get(key);
      if (!group) {
        group = { ...(caseId && { caseId }), ...(d.conditionText && { conditionText: d.conditionText }), documents: [] };
        byCondition.set(key, group);
      }
      group.documents.push(d);
    }
    // Everyone's documents first, then conditions in order of first appearance.
    const list = [...byCondition.values()];
    groups.push(...list.filter((g) => !g.conditionText), ...list.filter((g) => g.conditionText));
  };
  add(view.common);
  for (const c of cases) add(c.documents, c.id);
  return groups;
}

/** Every string a resident reads for a document, in one language: the contract every surface must show. */
export function documentStrings(d: DocumentToBring, locale: 'zh' | 'en'): string[] {
  return [
    d.wording[locale],
    d.alternatives?.[locale],
    ...d.marks.map((m) => m[locale]),
    d.source?.[locale],
    d.url,
    d.notes?.[locale],
    d.conditionText?.[locale],
    d.tolerated?.deadline?.source[locale],
  ].filter((s): s is string => Boolean(s));
}
