// After `next build`: computes each page's CSP from its inline scripts (build/csp.json),
// so no page needs 'unsafe-inline' for scripts.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

const csp = {};
let pages = 0;
for (const file of [...allFiles(OUT)].filter((f) => f.endsWith('.html'))) {
  const html = readFileSync(file, 'utf8');
  csp[relative(OUT, file).split('\\').join('/')] = policy(scriptHashes(inlineScripts(html)));
  pages++;
}
// Short URLs (/ky/15, /sy/3.1) are static pages that forward with <meta http-equiv="refresh">;
// servers answer them with a redirect to the same target instead.
const shortUrls = {};
for (const prefix of ['ky', 'sy']) {
  const catalog = /<meta http-equiv="refresh" content="0;url=([^"]+)"/i.exec(readFileSync(join(OUT, `${prefix}.html`), 'utf8'))?.[1];
  if (!catalog) throw new Error(`postbuild: ${prefix}.html has no refresh target`);
  shortUrls[`/${prefix}`] = catalog;
  for (const file of readdirSync(join(OUT, prefix)).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(OUT, prefix, file), 'utf8');
    const target = /<meta http-equiv="refresh" content="0;url=([^"]+)"/i.exec(html)?.[1];
    if (!target) throw new Error(`postbuild: ${prefix}/${file} has no refresh target`);
    shortUrls[`/${prefix}/${file.replace(/\.html$/, '')}`] = target;
  }
}

// The service worker: precache the app shell and the pages a resident needs first; the version
// changes with any built file, so a new deployment replaces the old cache.
const statics = [...allFiles(join(OUT, '_next', 'static'))].map((f) => '/' + relative(OUT, f).split('\\').join('/'));
const pagesFirst = ['zh', 'en'].flatMap((l) => [`/${l}`, `/${l}/kaiyuan`, `/${l}/shenyang`, `/${l}/checklist`, `/${l}/search`, `/${l}/offline`]);
const precache = [...pagesFirst, '/data/kaiyuan.json', '/data/shenyang.json', '/search-index.json', ...statics];
const version = createHash('sha256');
for (const file of allFiles(OUT)) version.update(relative(OUT, file)).update(readFileSync(file));
const sw = readFileSync('scripts/sw-template.js', 'utf8')
  .replace('__VERSION__', version.digest('hex').slice(0, 12))
  .replace('__PRECACHE__', JSON.stringify(precache));
writeFileSync(join(OUT, 'sw.js'), sw);

mkdirSync('build', { recursive: true });
writeFileSync('build/csp.json', JSON.stringify(csp, null, 1));
writeFileSync('build/short-urls.json', JSON.stringify(shortUrls, null, 1));
console.log(`postbuild: CSP for ${pages} pages in build/csp.json, ${Object.keys(shortUrls).length} short URLs in build/short-urls.json, sw.js precaching ${precache.length} files`);
