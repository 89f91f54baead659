import kaiyuan from '@/content/kaiyuan';
import shenyang from '@/content/shenyang';
import { errata as rawErrata } from '@/content/errata';
import { ErratumSchema, type CityId, type Erratum, type ServiceItem } from './schema';
import { ContentError, validateCity, type CityContent } from './validate';

export type { CityContent } from './validate';

/** City ids in display order. */
export const CITY_IDS: readonly CityId[] = ['kaiyuan', 'shenyang'];

let cache: { cities: Record<CityId, CityContent>; errata: Erratum[] } | undefined;

function loadAll() {
  if (cache) return cache;
  const cities = {
    kaiyuan: validateCity('content/kaiyuan', kaiyuan),
    shenyang: validateCity('content/shenyang', shenyang),
  };
  const errata = rawErrata.map((e, i) => {
    const r = ErratumSchema.safeParse(e);
    if (!r.success) throw new ContentError(r.error.issues.map((x) => `content/errata.ts: [${i}].${x.path.join('.')}: ${x.message}`));
    if (r.data.item && !cities[r.data.city].items.some((it) => it.id === r.data.item))
      throw new ContentError([`content/errata.ts: [${i}].item: unknown item "${r.data.item}" in ${r.data.city}`]);
    return r.data;
  });
  cache = { cities, errata };
  return cache;
}

/** One city's parsed content. */
export function getCity(id: CityId): CityContent {
  return loadAll().cities[id];
}

/** All cities in display order. */
export function getCities(): CityContent[] {
  return CITY_IDS.map(getCity);
}

/** A city's item by id, or undefined. */
export function getServiceItem(city: CityId, id: string): ServiceItem | undefined {
  return getCity(city).items.find((item) => item.id === id);
}

/** Errata for a city, or for one item of it. */
export function getErrata(city: CityId, item?: string): Erratum[] {
  return loadAll().errata.filter((e) => e.city === city && (item === undefined || e.item === item));
}

/** True when the string names a city. */
export function isCityId(value: string): value is CityId {
  return (CITY_IDS as readonly string[]).includes(value);
}
