import type { Channel, DocumentRequirement, LocalizedText, ToleratedMissing } from '@/lib/content/schema';
import type { CityContent } from '@/lib/content/validate';
import { documentKey } from './keys';
import { conditionText, questionsFor } from './questions';
import { answerOf, chosenItems, requirementsOf, type ChosenItem } from './selection';
import type {
  ChannelGroups,
  Checklist,
  ChecklistItem,
  ConditionMark,
  DocumentForm,
  DocumentNeed,
  DocumentSource,
  DocumentVariant,
  LaterSupply,
  MergedChannel,
  MergedDocument,
  MergedPhone,
  NeedStatus,
  Selection,
} from './types';

/**
 * The form that meets every need at once:
 * original + copy → originalAndCopy (bring the original to show and a copy to hand in);
 * "either" gives way to a stricter form (either + original → original, either + copy → copy);
 * originalAndCopy absorbs everything; a need that states no form adds nothing.
 */
export function combineForms(forms: (DocumentForm | undefined)[]): DocumentForm | undefined {
  const stated = forms.filter((f): f is DocumentForm => f !== undefined);
  if (!stated.length) return undefined;
  const original = stated.some((f) => f === 'original' || f === 'originalAndCopy');
  const copy = stated.some((f) => f === 'copy' || f === 'originalAndCopy');
  if (original && copy) return 'originalAndCopy';
  if (original) return 'original';
  if (copy) return 'copy';
  return 'originalOrCopy';
}

/**
 * Photocopies to hand in: each need wanting a copy adds its count (1 when unstated), because each
 * service keeps its own copies in its file. Undefined when no need wants a copy.
 */
export function countCopies(needs: Pick<DocumentNeed, 'form' | 'count'>[]): number | undefined {
  const wanting = needs.filter((n) => n.form === 'copy' || n.form === 'originalAndCopy');
  return wanting.length ? wanting.reduce((sum, n) => sum + (n.count ?? 1), 0) : undefined;
}

function needStatus(requirement: DocumentRequirement, selection: Selection): NeedStatus | 'dropped' {
  if (!requirement.when) return 'needed';
  const answer = answerOf(selection, requirement.when.condition);
  if (answer === undefined) return 'conditional';
  return answer === requirement.when.is ? 'needed' : 'dropped';
}

function pushUnique<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}

function laterSupplyFor(city: CityContent, item: string, doc: string): LaterSupply[] {
  const marks: LaterSupply[] = [];
  for (const row of city.toleratedMissing) {
    if (!row.items.includes(item)) continue;
    const entry = row.documents.find((d) => d.doc === doc);
    if (!entry) continue;
    marks.push({
      item,
      row: row.number,
      text: entry.text,
      ...(row.method && { method: row.method }),
      ...(row.source && { source: row.source }),
      ...(row.deadline && { deadline: row.deadline }),
    });
  }
  return marks;
}

function vocabulary(city: CityContent, id: string) {
  return Object.hasOwn(city.documents, id) ? city.documents[id] : undefined;
}

function mergeDocuments(city: CityContent, selection: Selection, chosen: ChosenItem[]): MergedDocument[] {
  const drafts = new Map<string, { doc: string; anyOf?: string[]; needs: DocumentNeed[]; laterSupply: LaterSupply[] }>();
  for (const c of chosen) {
    for (const { requirement: r, scenario } of requirementsOf(c)) {
      const status = needStatus(r, selection);
      if (status === 'dropped') continue;
      const key = documentKey(r);
      const draft = drafts.get(key) ?? { doc: r.doc, ...(r.anyOf && { anyOf: key.split('+') }), needs: [], laterSupply: [] };
      drafts.set(key, draft);
      draft.needs.push({
        item: c.item.id,
        ...(scenario && { scenario }),
        status,
        ...(r.when && { when: conditionText(city, r.when.condition, r.when.is) }),
        ...(r.text && { text: r.text }),
        ...(r.form && { form: r.form }),
        sealed: r.sealed === true,
        ...(r.count !== undefined && { count: r.count }),
        ...(r.source && { source: r.source }),
        ...(r.notes && { notes: r.notes }),
      });
      for (const mark of laterSupplyFor(city, c.item.id, r.doc))
        if (!draft.laterSupply.some((m) => m.item === mark.item && m.row === mark.row)) draft.laterSupply.push(mark);
    }
  }

  return [...drafts].map(([key, { doc, anyOf, needs, laterSupply }]) => {
    const items: string[] = [];
    for (const n of needs) pushUnique(items, n.item);
    const status: NeedStatus = needs.some((n) => n.status === 'needed') ? 'needed' : 'conditional';

    const conditions: ConditionMark[] = [];
    if (status === 'conditional')
      for (const n of needs) {
        const mark = conditions.find((m) => m.condition === n.when!.condition && m.is === n.when!.is);
        if (mark) pushUnique(mark.items, n.item);
        else conditions.push({ ...n.when!, items: [n.item] });
      }

    const variants: DocumentVariant[] = [];
    for (const n of needs) {
      const variant = variants.find((v) => v.form === n.form && v.sealed === n.sealed && v.count === n.count);
      if (variant) pushUnique(variant.items, n.item);
      else variants.push({ ...(n.form && { form: n.form }), sealed: n.sealed, ...(n.count !== undefined && { count: n.count }), items: [n.item] });
    }

    const sources: DocumentSource[] = [];
    const sourceKeys = new Set<string>();
    for (const n of needs) {
      if (!n.source) continue;
      const sourceKey = JSON.stringify([n.source.kind, n.source.url ?? '', n.source.note?.zh ?? '']);
      if (!sourceKeys.has(sourceKey)) sources.push(n.source);
      sourceKeys.add(sourceKey);
    }

    const tolerating = new Set(laterSupply.map((m) => m.item));
    const laterSupplyScope = tolerating.size === 0 ? 'none' : items.every((i) => tolerating.has(i)) ? 'all' : 'some';
    const definition = vocabulary(city, doc);
    const form = combineForms(needs.map((n) => n.form));
    const copies = countCopies(needs);
    return {
      key,
      doc,
      name: definition?.name ?? needs.find((n) => n.text)?.text ?? ({ zh: doc, en: doc } satisfies LocalizedText),
      ...(definition?.description && { description: definition.description }),
      ...(anyOf && { alternatives: anyOf.map((id) => ({ id, name: vocabulary(city, id)?.name ?? { zh: id, en: id } })) }),
      status,
      conditions,
      items,
      ...(form && { form }),
      ...(copies !== undefined && { copies }),
      sealed: needs.some((n) => n.sealed),
      variants,
      sources,
      needs,
      laterSupply,
      laterSupplyScope,
    };
  });
}

// Text is compared without whitespace so that line-wrapping differences in the source don't split a place.
const squash = (text: string) => text.replace(/\s+/g, '');

/** Match key of a channel: the same office and windows, site, app, address or place means the same channel. */
export function channelKey(channel: Channel): string {
  switch (channel.kind) {
    case 'window':
      if (channel.office && channel.windows?.length)
        return `window:${channel.office}:${[...channel.windows].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).join(',')}`;
      return `window@${squash(channel.place.zh)}`;
    case 'online': {
      // http and https, letter case of the host and a trailing slash don't make another site.
      try {
        const url = new URL(channel.url);
        return `online:${url.host}${url.pathname.replace(/\/+$/, '')}${url.search}${url.hash}`;
      } catch {
        return `online:${channel.url}`;
      }
    }
    case 'mobile':
      return `mobile:${channel.platform}:${squash(channel.name.zh)}`;
    case 'email':
      return `email:${channel.address.toLowerCase()}`;
    case 'kiosk':
      return `kiosk:${squash(channel.place?.zh ?? '')}`;
    case 'agent':
    case 'institution':
      return `${channel.kind}:${squash(channel.place.zh)}`;
  }
}

function groupChannels(chosen: ChosenItem[]): ChannelGroups {
  const merged = new Map<string, MergedChannel>();
  for (const { item } of chosen)
    for (const channel of item.channels) {
      const key = channelKey(channel);
      const entry = merged.get(key) ?? { key, kind: channel.kind, channel, items: [], byItem: [], servesAll: false };
      merged.set(key, entry);
      pushUnique(entry.items, item.id);
      entry.byItem.push({ item: item.id, channel });
    }
  // Items listing no channel at all would otherwise leave nothing "common".
  const withChannels = chosen.filter((c) => c.item.channels.length > 0).map((c) => c.item.id);
  const all = [...merged.values()].map((m) => ({ ...m, servesAll: withChannels.every((id) => m.items.includes(id)) }));
  return {
    common: all.filter((m) => m.servesAll),
    other: all.filter((m) => !m.servesAll).sort((a, b) => b.items.length - a.items.length),
  };
}

function mergePhones(chosen: ChosenItem[]): MergedPhone[] {
  const merged = new Map<string, MergedPhone>();
  for (const { item } of chosen)
    for (const phone of item.phones) {
      const entry = merged.get(phone.number) ?? { number: phone.number, labels: [], items: [] };
      merged.set(phone.number, entry);
      if (phone.label && !entry.labels.some((l) => l.zh === phone.label!.zh)) entry.labels.push(phone.label);
      pushUnique(entry.items, item.id);
    }
  return [...merged.values()];
}

function toleratedRows(city: CityContent, chosen: ChosenItem[]): ToleratedMissing[] {
  const ids = chosen.map((c) => c.item.id);
  return city.toleratedMissing
    .map((row) => ({ ...row, items: ids.filter((id) => row.items.includes(id)) }))
    .filter((row) => row.items.length > 0);
}

function checklistItem({ item, scenario }: ChosenItem): ChecklistItem {
  return {
    id: item.id,
    number: item.number,
    title: item.title,
    ...(scenario && {
      scenario: { id: scenario.id, title: scenario.title, ...(scenario.description && { description: scenario.description }) },
    }),
    awaitingScenario: item.scenarios.length > 0 && !scenario,
    ...(item.timeLimit && { timeLimit: item.timeLimit }),
    documentNotes: item.documentNotes,
    hasChannels: item.channels.length > 0,
  };
}

/**
 * The merged checklist for a selection. Unknown or repeated item ids and unknown scenario ids are
 * ignored (decodeSelection reports them); the city argument wins over selection.city.
 */
export function buildChecklist(city: CityContent, selection: Selection): Checklist {
  const chosen = chosenItems(city, selection);
  return {
    city: city.id,
    items: chosen.map(checklistItem),
    questions: questionsFor(city, selection),
    documents: mergeDocuments(city, selection, chosen),
    channels: groupChannels(chosen),
    phones: mergePhones(chosen),
    toleratedMissing: toleratedRows(city, chosen),
  };
}
