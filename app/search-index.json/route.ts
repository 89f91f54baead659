import { getCities } from '@/lib/content/load';
import { buildSearchIndex, serializeSearchIndex, toSearchSource } from '@/lib/search/build-index';

export const dynamic = 'force-static';

/** The search index, built from the content at build time (pinyin-pro runs here, never in the browser). */
export function GET() {
  const docs = getCities().flatMap((city) => city.items.map((item) => toSearchSource(city.id, item, city.documents)));
  return new Response(serializeSearchIndex(buildSearchIndex(docs)), { headers: { 'Content-Type': 'application/json' } });
}
