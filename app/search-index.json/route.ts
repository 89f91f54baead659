import { getCities } from '@/lib/content/load';
import { buildSearchIndex, serializeSearchIndex, toSearchSource } from '@/lib/search/build-index';

export const dynamic = 'force-static';

/** All cities in one index, for tools and the load test; the pages fetch /search-index/<city>.json (pinyin-pro runs here, never in the browser). */
export function GET() {
  const docs = getCities().flatMap((city) => city.items.map((item) => toSearchSource(city.id, item, city.documents)));
  // A resident may narrow by typing the city's name (开原, 开原市, Kaiyuan) or its id.
  const cityNames = Object.fromEntries(getCities().map((c) => [c.id, [c.name.zh.replace(/市$/, ''), c.name.en, c.id]]));
  return new Response(serializeSearchIndex(buildSearchIndex(docs, { cityNames })), { headers: { 'Content-Type': 'application/json' } });
}
