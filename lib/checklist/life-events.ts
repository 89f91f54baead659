import type { CityContent } from '@/content/schema';

/** Item ids a life event bundles, in the order a resident would do them; [] for an event the city lacks. */
export function itemsForLifeEvent(city: CityContent, eventId: string): string[] {
  const event = city.lifeEvents.find((e) => e.id === eventId);
  if (!event) return [];
  const known = new Set(city.items.map((item) => item.id));
  return [...new Set(event.items)].filter((id) => known.has(id));
}
