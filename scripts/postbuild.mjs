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
mkdirSync('build', { recursive: true });
writeFileSync('build/csp.json', JSON.stringify(csp, null, 1));
console.log(`postbuild: CSP for ${pages} pages written to build/csp.json`);
