// After `next build` and scripts/short-links.ts: removes what nothing requests, computes each page's CSP
// from its inline scripts (build/csp.json, so no page needs 'unsafe-inline' for scripts), writes the
// service worker with its precache manifest, security.txt, and a brotli and a gzip copy of every text
// file, then stamps the build (build/build-id) so a running `npm start` picks it up.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { inlineScripts, policy, scriptHashes } from '../server/rules';
import { precompress, sentSize } from './lib/precompress';
import { buildServiceWorker } from './lib/service-worker';

const OUT = 'out';

function* allFiles(dir: string): Generator<string> {
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
const removeRsc = (dir: string) => {
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

const csp: Record<string, string> = {};
let pages = 0;
for (const file of [...allFiles(OUT)].filter((f) => f.endsWith('.html'))) {
  const html = readFileSync(file, 'utf8');
  csp[relative(OUT, file).split('\\').join('/')] = policy(scriptHashes(inlineScripts(html)));
  pages++;
}
// Short URLs come from the registry (scripts/short-links.ts, run before this script).
const shortUrls: Record<string, string> = JSON.parse(readFileSync('build/short-urls.json', 'utf8'));
const { origin, preview } = JSON.parse(readFileSync('build/site.json', 'utf8'));

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
console.log(`postbuild: CSP for ${pages} pages in build/csp.json (${Object.keys(shortUrls).length} short URLs)`);

// The service worker, then the compressed copies (of sw.js too), then the stamp.
const sw = await buildServiceWorker(OUT, shortUrls);
const packed = await precompress(OUT);
const fileOf = (url: string) => (existsSync(join(OUT, `${url}.html`)) ? join(OUT, `${url}.html`) : join(OUT, url));
// Per language, as the worker stores them (lib/offline/sw.ts): that language's pages and the shared files.
const budget = (lang?: string) => {
  const files = sw.files.filter((url) => {
    const l = /^\/(zh|en)(\/|$)/.exec(url)?.[1];
    return !l || !lang || l === lang;
  });
  return { files: files.length, sent: files.reduce((n, url) => n + sentSize(fileOf(url)), 0) };
};
const offline = { zh: budget('zh'), en: budget('en'), both: budget() };
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
console.log(
  `postbuild: offline budget (stored on a resident's first visit, sent with brotli): Chinese ${offline.zh.files} files ${mb(offline.zh.sent)}, English ${offline.en.files} files ${mb(offline.en.sent)}, both ${mb(offline.both.sent)}`,
);
console.log(
  `postbuild: ${packed.files} text files precompressed: ${mb(packed.raw)} → ${mb(packed.brotli)} brotli, ${mb(packed.gzip)} gzip`,
);
let outBytes = 0;
let originals = 0;
for (const file of allFiles(OUT)) {
  const size = statSync(file).size;
  outBytes += size;
  if (!/\.(br|gz)$/.test(file)) originals += size;
}
console.log(
  `postbuild: out/ is ${mb(outBytes)} (${mb(originals)} without the compressed copies); removed ${rscFiles} RSC payloads (${mb(rscBytes)}) that nothing requests`,
);
writeFileSync('build/offline.json', JSON.stringify(offline, null, 1));
writeFileSync(
  'build/build-id',
  createHash('sha256')
    .update(readFileSync(join(OUT, 'sw.js')))
    .digest('hex')
    .slice(0, 16) + '\n',
);
// Last, so it is the last thing the build prints.
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
