// After `next build`: computes each page's CSP from its inline scripts (build/csp.json),
// so no page needs 'unsafe-inline' for scripts.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { inlineScripts, policy, scriptHashes } from './csp.mjs';

const OUT = 'out';

function* htmlFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

const csp = {};
let pages = 0;
for (const file of htmlFiles(OUT)) {
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

mkdirSync('build', { recursive: true });
writeFileSync('build/csp.json', JSON.stringify(csp, null, 1));
writeFileSync('build/short-urls.json', JSON.stringify(shortUrls, null, 1));
console.log(`postbuild: CSP for ${pages} pages in build/csp.json, ${Object.keys(shortUrls).length} short URLs in build/short-urls.json`);
