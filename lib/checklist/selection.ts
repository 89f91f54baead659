import type { CityId, DocumentRequirement, Scenario, ServiceItem } from '@/lib/content/schema';
import type { CityContent } from '@/lib/content/validate';
import type { Selection } from './types';

/** A chosen item that exists in the city, with the chosen scenario when it is one of the item's. */
export interface ChosenItem {
  /** The item. */
  item: ServiceItem;
  /** The chosen scenario, or undefined when none (or an unknown one) is chosen. */
  scenario: Scenario | undefined;
}

/** A requirement of a chosen item, tagged with the scenario it comes from. */
export interface TaggedRequirement {
  /** The requirement as the item states it. */
  requirement: DocumentRequirement;
  /** Scenario id, when it comes from the chosen scenario. */
  scenario?: string;
}

/** A selection with nothing chosen. */
export function emptySelection(city: CityId): Selection {
  return { city, items: [], scenarios: {}, answers: {} };
}

// Selections may come from anywhere (the URL, localStorage, a buggy caller), so every read is guarded.
function ownString(record: unknown, key: string): string | undefined {
  if (typeof record !== 'object' || record === null || !Object.hasOwn(record, key)) return undefined;
  const value = (record as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}

/** The answer to a condition, or undefined when not answered. */
export function answerOf(selection: Selection, condition: string): boolean | undefined {
  const answers: unknown = selection.answers;
  if (typeof answers !== 'object' || answers === null || !Object.hasOwn(answers, condition)) return undefined;
  const value = (answers as Record<string, unknown>)[condition];
  return typeof value === 'boolean' ? value : undefined;
}

/** The selection's items that exist in the city, each once, in selection order, with their chosen scenarios. */
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
    chosen.push({ item, scenario: item.scenarios.find((s) => s.id === scenarioId) });
  }
  return chosen;
}

/** A chosen item's requirements: its common documents, then the chosen scenario's (none while no scenario is chosen). */
export function requirementsOf(chosen: ChosenItem): TaggedRequirement[] {
  return [
    ...chosen.item.documents.map((requirement) => ({ requirement })),
    ...(chosen.scenario?.documents ?? []).map((requirement) => ({ requirement, scenario: chosen.scenario!.id })),
  ];
}

/** Conditions the chosen items' requirements depend on, each with the items asking, in order of first appearance. */
export function askedConditions(chosen: ChosenItem[]): Map<string, string[]> {
  const asked = new Map<string, string[]>();
  for (const c of chosen)
    for (const { requirement } of requirementsOf(c)) {
      if (!requirement.when) continue;
      const items = asked.get(requirement.when.condition) ?? [];
      if (!items.includes(c.item.id)) items.push(c.item.id);
      asked.set(requirement.when.condition, items);
    }
  return asked;
}

/**
 * The selection reduced to what matters for the city: known items once, scenarios of chosen items only,
 * answers only to questions the chosen items ask. Use it before encoding to keep links short.
 */
export function pruneSelection(city: CityContent, selection: Selection): Selection {
  const chosen = chosenItems(city, selection);
  const asked = askedConditions(chosen);
  const scenarios: Record<string, string> = {};
  for (const c of chosen) if (c.scenario) scenarios[c.item.id] = c.scenario.id;
  const answers: Record<string, boolean> = {};
  for (const condition of asked.keys()) {
    const answer = answerOf(selection, condition);
    if (answer !== undefined) answers[condition] = answer;
  }
  return { city: city.id, items: chosen.map((c) => c.item.id), scenarios, answers };
}
