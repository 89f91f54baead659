import * as registry from '@/content';
import { ErratumSchema, type CityContent, type CityId, type Erratum } from '@/content/schema';
import { ContentError, validateCity } from './validate';

export type { CityContent } from '@/content/schema';

let cache: { cities: Map<CityId, CityContent>; errata: Erratum[] } | undefined;

function loadAll() {
  if (cache) return cache;
  const cities = new Map<CityId, CityContent>();
  const errata: Erratum[] = [];
  for (const [name, module] of Object.entries(registry).sort(([a], [b]) => a.localeCompare(b))) {
    const dir = `content/${name}`;
    const city = validateCity(dir, module);
    if (city.id !== name) throw new ContentError([`${dir}/city.ts: id: expected "${name}", the name of its folder and registry line`]);
    if (cities.has(city.id)) throw new ContentError([`${dir}/city.ts: id: "${city.id}" is used by another city`]);
    if ([...cities.values()].some((c) => c.short === city.short))
      throw new ContentError([`${dir}/city.ts: short: "${city.short}" is used by another city`]);
    cities.set(city.id, city);
    module.errata.forEach((e, i) => {
      const r = ErratumSchema.safeParse(e);
      if (!r.success) throw new ContentError(r.error.issues.map((x) => `${dir}/errata.ts: [${i}].${x.path.join('.')}: ${x.message}`));
      if (r.data.city !== city.id) throw new ContentError([`${dir}/errata.ts: [${i}].city: expected "${city.id}"`]);
      if (r.data.item && !city.items.some((it) => it.id === r.data.item))
        throw new ContentError([`${dir}/errata.ts: [${i}].item: unknown item "${r.data.item}" in ${city.id}`]);
      errata.push(r.data);
    });
  }
  cache = { cities, errata };
  return cache;
}

/** One city's parsed content; throws for an unknown id (check with isCityId first). */
export function getCity(id: CityId): CityContent {
  const city = loadAll().cities.get(id);
  if (!city) throw new Error(`Unknown city "${id}"`);
  return city;
}

/** All cities in display order. */
export function getCities(): CityContent[] {
  return [...loadAll().cities.values()];
}

/** Errata for a city, or for one item of it. */
export function getErrata(city: CityId, item?: string): Erratum[] {
  return loadAll().errata.filter((e) => e.city === city && (item === undefined || e.item === item));
}

/** True when the string names a city. */
export function isCityId(value: string): value is CityId {
  return loadAll().cities.has(value);
}
