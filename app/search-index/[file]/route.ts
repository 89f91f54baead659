import { getCities } from '@/lib/content/load';
import { buildCityIndex, serializeSearchIndex } from '@/lib/search/build-index';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** /search-index/<city>.json: one city's search index, fetched the first time search is used there. */
export function generateStaticParams() {
  return getCities().map((c) => ({ file: `${c.id}.json` }));
}

/** Built from the content at build time (pinyin-pro runs here, never in the browser). */
export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const city = getCities().find((c) => `${c.id}.json` === file);
  if (!city) return new Response('not found', { status: 404 });
  return new Response(serializeSearchIndex(buildCityIndex(city)), { headers: { 'Content-Type': 'application/json' } });
}
