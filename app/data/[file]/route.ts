import { z } from 'zod';
import { getCities, getCity, getErrata } from '@/lib/content/load';
import { CitySchema, ErratumSchema, ServiceItemSchema } from '@/lib/content/schema';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** Published data: /data/kaiyuan.json, /data/shenyang.json and /data/schema.json. */
export function generateStaticParams() {
  return [...getCities().map((c) => ({ file: `${c.id}.json` })), { file: 'schema.json' }];
}

const CityExportSchema = CitySchema.extend({
  /** The city's service items in official order. */
  items: z.array(ServiceItemSchema),
  /** Evident slips in the source fixed on the site, with the source wording. */
  errata: z.array(ErratumSchema),
});

export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (file === 'schema.json') return Response.json(z.toJSONSchema(CityExportSchema, { io: 'output', unrepresentable: 'any' }));
  const id = file.replace(/\.json$/, '') as 'kaiyuan' | 'shenyang';
  return Response.json({ ...getCity(id), errata: getErrata(id) });
}
