import type { Channel, CityContent, LocalizedText, ServiceItem } from '@/content/schema';
import { documentStrings, resolveGuide, toChannelView, type GuideView } from '@/lib/guide';
import { chosenItems, type ChosenItem } from './selection';
import { conditionParam, scenarioParam } from './url';
import type { Checklist, ChecklistGroup, ChecklistLine, MergedChannel, MergedPhone, Question, Selection } from './types';

function pushUnique<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}

// A short, stable hash (djb2, base 36): ticks survive reordering items and answering questions.
function hash(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h << 5) + h + text.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}

/**
 * The checklist lines: every document the chosen items' views return as needed or depending on an
 * unanswered question. Two items share a line only when the model words the document identically for
 * both (wording, marks, source, notes, condition, 容缺); otherwise each keeps its own line.
 */
function mergeLines(views: GuideView[]): ChecklistGroup[] {
  const lines = new Map<string, ChecklistLine>();
  for (const view of views)
    for (const d of view.documents) {
      if (d.status === 'notNeeded') continue;
      const identity = JSON.stringify([d.status, documentStrings(d, 'zh'), documentStrings(d, 'en')]);
      const key = `${d.doc}~${hash(identity)}`;
      const line = lines.get(key) ?? { key, document: d, items: [] };
      lines.set(key, line);
      pushUnique(line.items, view.id);
    }
  const groups = new Map<string, ChecklistGroup>();
  for (const line of lines.values()) {
    const condition = line.document.status === 'depends' ? line.document.conditionText : undefined;
    const groupKey = condition?.zh ?? '';
    const group = groups.get(groupKey) ?? { ...(condition && { conditionText: condition }), lines: [] };
    groups.set(groupKey, group);
    group.lines.push(line);
  }
  const list = [...groups.values()];
  return [...list.filter((g) => !g.conditionText), ...list.filter((g) => g.conditionText)];
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
      return `mobile:${channel.platform}:${squash(channel.name.zh)}:${(channel.steps ?? []).map((s) => squash(s.zh)).join('>')}`;
    case 'email':
      return `email:${channel.address.toLowerCase()}`;
    case 'kiosk':
      return `kiosk:${squash(channel.place?.zh ?? '')}`;
    case 'agent':
    case 'institution':
      return `${channel.kind}:${squash(channel.place.zh)}:${squash(channel.scope?.zh ?? '')}`;
  }
}

function mergeChannels(items: ServiceItem[]): MergedChannel[] {
  const merged = new Map<string, MergedChannel>();
  for (const item of items)
    for (const channel of item.channels) {
      const key = channelKey(channel);
      const entry = merged.get(key) ?? { key, channel: toChannelView(channel), items: [], servesAll: false };
      merged.set(key, entry);
      pushUnique(entry.items, item.id);
    }
  // Items listing no channel at all would otherwise leave nothing "common".
  const withChannels = items.filter((i) => i.channels.length > 0).map((i) => i.id);
  const all = [...merged.values()].map((m) => ({ ...m, servesAll: withChannels.every((id) => m.items.includes(id)) }));
  return [...all.filter((m) => m.servesAll), ...all.filter((m) => !m.servesAll).sort((a, b) => b.items.length - a.items.length)];
}

function mergePhones(items: ServiceItem[]): MergedPhone[] {
  const merged = new Map<string, MergedPhone>();
  for (const item of items)
    for (const phone of item.phones) {
      const entry = merged.get(phone.number) ?? { number: phone.number, labels: [] as LocalizedText[], items: [] };
      merged.set(phone.number, entry);
      if (phone.label && !entry.labels.some((l) => l.zh === phone.label!.zh)) entry.labels.push(phone.label);
      pushUnique(entry.items, item.id);
    }
  return [...merged.values()];
}

/** Case pickers (selection order), then situation questions in the city's order, each asked once. */
function mergeQuestions(city: CityContent, chosen: ChosenItem[], views: GuideView[]): Question[] {
  const scenario: Question[] = chosen
    .filter((c) => c.item.scenarios.length > 0)
    .map((c) => ({
      kind: 'scenario',
      param: scenarioParam(c.item.id),
      item: c.item.id,
      itemTitle: c.item.title,
      options: c.item.scenarios.map((s) => ({ id: s.id, title: s.title })),
      ...(c.scenario && { answer: c.scenario }),
    }));
  const asking = new Map<string, string[]>();
  for (const view of views) for (const q of view.questions) pushUnique(asking.get(q.id) ?? asking.set(q.id, []).get(q.id)!, view.id);
  const situations: Question[] = Object.keys(city.situations)
    .filter((id) => asking.has(id))
    .map((id) => {
      const answer = views.flatMap((v) => v.questions).find((q) => q.id === id)?.answer;
      return {
        kind: 'situation',
        param: conditionParam(id),
        situation: id,
        question: city.situations[id].question,
        items: asking.get(id)!,
        ...(answer !== undefined && { answer }),
      };
    });
  return [...scenario, ...situations];
}

/**
 * The checklist for a selection: each chosen item resolved by the guide model with the chosen case and
 * answers, then merged. Unknown or repeated item ids and unknown case ids are ignored (decodeSelection
 * reports them).
 */
export function buildChecklist(city: CityContent, selection: Selection): Checklist {
  const chosen = chosenItems(city, selection);
  const answers = typeof selection.answers === 'object' && selection.answers !== null ? selection.answers : {};
  const views = chosen.map((c) => resolveGuide(city, c.item, { scenario: c.scenario, answers }));
  return {
    city: city.id,
    items: views,
    questions: mergeQuestions(city, chosen, views),
    groups: mergeLines(views),
    channels: mergeChannels(chosen.map((c) => c.item)),
    phones: mergePhones(chosen.map((c) => c.item)),
  };
}
