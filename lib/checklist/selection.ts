import type { CityContent, ServiceItem } from '@/content/schema';
import { resolveGuide } from '@/lib/guide';
import type { Selection } from './types';

/** A chosen item that exists in the city, with the chosen case id when it is one of the item's. */
export interface ChosenItem {
  /** The item. */
  item: ServiceItem;
  /** The chosen case id, or undefined when none (or an unknown one) is chosen. */
  scenario: string | undefined;
}

/** A selection with nothing chosen. */
export function emptySelection(city: string): Selection {
  return { city, items: [], scenarios: {}, answers: {} };
}

// Selections may come from anywhere (the URL, localStorage, a buggy caller), so every read is guarded.
function ownString(record: unknown, key: string): string | undefined {
  if (typeof record !== 'object' || record === null || !Object.hasOwn(record, key)) return undefined;
  const value = (record as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}

/** The selection's items that exist in the city, each once, in selection order, with their chosen cases. */
export function chosenItems(city: CityContent, selection: Selection): ChosenItem[] {
  const byId = new Map(city.items.map((item) => [item.id, item]));
  const seen = new Set<string>();
  const chosen: ChosenItem[] = [];
  for (const id of Array.isArray(selection.items) ? selection.items : []) {
    if (typeof id !== 'string' || seen.has(id)) continue;
    const item = byId.get(id);
    if (!item) continue;
    seen.add(id);
    const scenarioId = ownString(selection.scenarios, id);
    chosen.push({ item, scenario: item.scenarios.some((s) => s.id === scenarioId) ? scenarioId : undefined });
  }
  return chosen;
}

/**
 * The selection reduced to what matters for the city: known items once, cases of chosen items only,
 * answers only to questions the chosen items ask. Use it before encoding to keep links short.
 */
export function pruneSelection(city: CityContent, selection: Selection): Selection {
  const chosen = chosenItems(city, selection);
  const scenarios: Record<string, string> = {};
  for (const c of chosen) if (c.scenario) scenarios[c.item.id] = c.scenario;
  const answers: Record<string, boolean> = {};
  const given = typeof selection.answers === 'object' && selection.answers !== null ? selection.answers : {};
  for (const c of chosen)
    for (const q of resolveGuide(city, c.item, { scenario: c.scenario, answers: given }).questions)
      if (q.answer !== undefined) answers[q.id] = q.answer;
  return { city: city.id, items: chosen.map((c) => c.item.id), scenarios, answers };
}
