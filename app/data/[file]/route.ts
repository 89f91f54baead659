import { z } from 'zod';
import { getCities, getCity, getErrata } from '@/lib/content/load';
import { CitySchema, EditionSchema, ErratumSchema, ServiceItemSchema } from '@/content/schema';
import { resolveGuide } from '@/lib/guide';
import { getGlossary } from '@/lib/glossary';
import { entryPinyin } from '@/lib/glossary/pinyin';

export const dynamic = 'force-static';
export const dynamicParams = false;

/**
 * Published data: /data/<city>.json (the content as typed), /data/<city>.guide.json (every item as the
 * guide model resolves it: documents with wording, marks, conditions in words and cases; the same view
 * every page renders), /data/schema.json and /data/glossary.json (the window terms in Chinese, pinyin and
 * English, with their explanations).
 */
export function generateStaticParams() {
  return [
    ...getCities().flatMap((c) => [{ file: `${c.id}.json` }, { file: `${c.id}.guide.json` }]),
    { file: 'schema.json' },
    { file: 'glossary.json' },
  ];
}

const CityExportSchema = CitySchema.extend({
  /** The city's service items in official order. */
  items: z.array(ServiceItemSchema),
  /** Evident slips in the source fixed on the site, with the source wording. */
  errata: z.array(ErratumSchema),
  /** The site's edition of the guide: the day it was last checked and its change log. */
  edition: EditionSchema,
});

export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (file === 'glossary.json')
    return Response.json(
      getGlossary()
        .filter((e) => e.window)
        .map((e) => ({ zh: e.zh, pinyin: entryPinyin(e), en: e.en, ...(e.explain ? { explain: e.explain } : {}), topic: e.topic })),
    );
  if (file === 'schema.json') return Response.json(z.toJSONSchema(CityExportSchema, { io: 'output', unrepresentable: 'any' }));
  if (file.endsWith('.guide.json')) {
    const city = getCity(file.replace(/\.guide\.json$/, ''));
    return Response.json({ city: city.id, items: city.items.map((item) => resolveGuide(city, item)) });
  }
  const id = file.replace(/\.json$/, '');
  return Response.json({ ...getCity(id), errata: getErrata(id) });
}
