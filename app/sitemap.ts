import type { MetadataRoute } from 'next';
import { getCities, getCity } from '@/lib/content/load';
import { routing } from '@/lib/i18n/routing';
import { SITE_URL, alternateLanguages } from '@/lib/site';

export const dynamic = 'force-static';

/** Every page that is not a redirect, with its zh and en URLs declared as alternates. */
export function sitePaths(): string[] {
  const paths = ['', '/checklist', '/search', '/glossary'];
  for (const city of getCities()) {
    paths.push(
      `/${city.id}`,
      `/${city.id}/prohibited`,
      `/${city.id}/tolerated`,
      `/${city.id}/offices`,
      `/${city.id}/errata`,
      `/${city.id}/changes`,
      `/${city.id}/staff`,
      `/${city.id}/labels`,
    );
    for (const g of getCity(city.id).groups) paths.push(`/${city.id}/group/${g.number}`);
    for (const item of city.items) paths.push(`/${city.id}/${item.id}`, `/${city.id}/${item.id}/poster`);
  }
  return paths;
}

export default function sitemap(): MetadataRoute.Sitemap {
  return sitePaths().flatMap((path) =>
    routing.locales.map((locale) => ({
      url: `${SITE_URL}/${locale}${path}`,
      alternates: { languages: alternateLanguages(path, SITE_URL) },
    })),
  );
}
