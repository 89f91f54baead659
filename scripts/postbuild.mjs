// After `next build`: computes each page's CSP from its inline scripts (build/csp.json),
// so no page needs 'unsafe-inline' for scripts.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { inlineScripts, policy, scriptHashes } from './csp.mjs';

const OUT = 'out';

function* allFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* allFiles(path);
    else yield path;
  }
}

// The RSC payloads (.txt beside each page, and __next.*.txt) serve only client-side navigation, which
// this site does not use: every link is a plain anchor to a static page (components/i18n/link.ts), and
// no page requests them. They were 28 of 47 MB of out/; a resident never downloads them.
let rscFiles = 0;
let rscBytes = 0;
const removeRsc = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      removeRsc(path);
      if (readdirSync(path).length === 0) rmdirSync(path);
    } else if (entry.name.startsWith('__next.') || (entry.name.endsWith('.txt') && existsSync(path.replace(/\.txt$/, '.html')))) {
      rscBytes += statSync(path).size;
      rmSync(path);
      rscFiles++;
    }
  }
};
removeRsc(OUT);

const csp = {};
let pages = 0;
for (const file of [...allFiles(OUT)].filter((f) => f.endsWith('.html'))) {
  const html = readFileSync(file, 'utf8');
  csp[relative(OUT, file).split('\\').join('/')] = policy(scriptHashes(inlineScripts(html)));
  pages++;
}
// Short URLs come from the registry (scripts/short-links.ts, run before this script).
const shortUrls = JSON.parse(readFileSync('build/short-urls.json', 'utf8'));
const { cities, locales, origin, preview } = JSON.parse(readFileSync('build/site.json', 'utf8'));

// The service worker: precache the app shell and the pages a resident needs first; the version
// changes with any built file, so a new deployment replaces the old cache.
const statics = [...allFiles(join(OUT, '_next', 'static'))].map((f) => '/' + relative(OUT, f).split('\\').join('/'));
const pagesFirst = locales.flatMap((l) => [
  `/${l}`,
  ...cities.map((c) => `/${l}/${c}`),
  `/${l}/checklist`,
  `/${l}/search`,
  `/${l}/offline`,
]);
const precache = [...pagesFirst, ...cities.map((c) => `/data/${c}.json`), '/search-index.json', ...statics];
const version = createHash('sha256');
for (const file of allFiles(OUT)) version.update(relative(OUT, file)).update(readFileSync(file));
const sw = readFileSync('scripts/sw-template.js', 'utf8')
  .replace('__VERSION__', version.digest('hex').slice(0, 12))
  .replace('__PRECACHE__', JSON.stringify(precache));
writeFileSync(join(OUT, 'sw.js'), sw);

// security.txt (RFC 9116) when the operator gives a contact, e.g. SECURITY_CONTACT=mailto:security@example.cn.
const contact = process.env.SECURITY_CONTACT?.trim();
if (contact) {
  if (!/^(mailto:|https:\/\/|tel:)\S+$/.test(contact))
    throw new Error(`SECURITY_CONTACT must be a mailto:, https:// or tel: URI (got "${contact}")`);
  const expires = new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
  mkdirSync(join(OUT, '.well-known'), { recursive: true });
  const canonical = preview ? '' : `Canonical: ${origin}/.well-known/security.txt\n`;
  writeFileSync(
    join(OUT, '.well-known', 'security.txt'),
    `Contact: ${contact}\nExpires: ${expires}\n${canonical}Preferred-Languages: zh, en\n`,
  );
}

mkdirSync('build', { recursive: true });
writeFileSync('build/csp.json', JSON.stringify(csp, null, 1));
if (preview)
  console.warn(
    [
      '',
      '!'.repeat(78),
      `!! PREVIEW BUILD: no SITE_URL was set, so every QR code and printed address points at ${origin}.`,
      '!! Posters, labels and staff sheets from this build are marked "not for printing".',
      '!! For production: SITE_URL=https://<your public address> npm run build',
      '!'.repeat(78),
      '',
    ].join('\n'),
  );
else console.log(`postbuild: QR codes, short addresses, canonical links and the sitemap use ${origin}`);
console.log(
  `postbuild: CSP for ${pages} pages in build/csp.json (${Object.keys(shortUrls).length} short URLs), sw.js precaching ${precache.length} files`,
);
let outBytes = 0;
for (const file of allFiles(OUT)) outBytes += statSync(file).size;
console.log(
  `postbuild: out/ is ${(outBytes / 1e6).toFixed(1)} MB; removed ${rscFiles} RSC payloads (${(rscBytes / 1e6).toFixed(1)} MB) that nothing requests`,
);
