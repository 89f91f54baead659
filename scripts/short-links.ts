// After `next build`: writes the short links of every city in the registry (/ky, /ky/15 …) as static
// forwarding pages in out/, and build/short-urls.json, from which npm start and nginx answer each
// short path with a 302 to its target.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { getCities } from '../lib/content/load';
import { forwardPage, shortLinks } from '../lib/content/short-links';
import { routing } from '../lib/i18n/routing';
import { siteOriginFromEnv } from '../lib/site-url';

const links = shortLinks(getCities());
for (const link of links) {
  const file = join('out', `${link.path}.html`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, forwardPage(link));
}
mkdirSync('build', { recursive: true });
writeFileSync('build/short-urls.json', JSON.stringify(Object.fromEntries(links.map((l) => [l.path, l.target])), null, 1));
// City ids and locales, for scripts that run without TypeScript (postbuild's precache list).
const site = siteOriginFromEnv();
writeFileSync('build/site.json', JSON.stringify({ cities: getCities().map((c) => c.id), locales: routing.locales, ...site }));
console.log(`short-links: ${links.length} short URLs in build/short-urls.json`);
