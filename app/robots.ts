import type { MetadataRoute } from 'next';
import { getCities } from '@/lib/content/load';
import { SITE_URL } from '@/lib/site';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/', disallow: getCities().map((c) => `/${c.short}/`) }, sitemap: `${SITE_URL}/sitemap.xml` };
}
