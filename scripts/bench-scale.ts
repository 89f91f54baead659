// `npm run bench:scale -- 2 10 50`: how the build and a resident's download grow with the number of
// cities. For each N, a throwaway copy of the repository gets N cities: the real ones plus synthetic
// copies of them under new ids (never shipped, never in content/ of this repository). Prints one JSON
// line per N: cities, items, pages, build seconds, peak RSS, out/ MB, search index KB (all cities, and
// per city), JS KB of a service page.
import { execSync } from 'node:child_process';
import { appendFileSync, cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { getCities } from '../lib/content/load';
import { makeVariant, removeVariant } from './variant';

const counts = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const real = getCities();

function* files(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else yield p;
  }
}

const letters = (n: number) => String.fromCharCode(97 + (Math.floor(n / 26) % 26)) + String.fromCharCode(97 + (n % 26));

for (const n of counts.length ? counts : [2, 10]) {
  const dir = makeVariant(`scale-${n}`);
  try {
    for (let i = real.length; i < n; i++) {
      const from = real[i % real.length];
      const id = `syn${i}`;
      cpSync(join('content', from.id), join(dir, 'content', id), { recursive: true });
      const cityFile = join(dir, 'content', id, 'city.ts');
      writeFileSync(
        cityFile,
        readFileSync(cityFile, 'utf8')
          .replace(`id: '${from.id}'`, `id: '${id}'`)
          .replace(`short: '${from.short}'`, `short: 'z${letters(i)}'`)
          .replace(`zh: '${from.name.zh}', en: '${from.name.en}'`, `zh: '${from.name.zh}${i}', en: '${from.name.en} ${i}'`),
      );
      const errataFile = join(dir, 'content', id, 'errata.ts');
      writeFileSync(errataFile, readFileSync(errataFile, 'utf8').replaceAll(`city: '${from.id}'`, `city: '${id}'`));
      appendFileSync(join(dir, 'content/index.ts'), `export { default as ${id} } from './${id}';\n`);
    }
    const start = Date.now();
    const time = execSync('/usr/bin/time -v npm run build 2>&1', { cwd: dir, maxBuffer: 1 << 28 }).toString();
    const seconds = (Date.now() - start) / 1000;
    const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(time)?.[1] ?? 0);
    const out = join(dir, 'out');
    const all = [...files(out)];
    const bytes = all.reduce((sum, f) => sum + statSync(f).size, 0);
    const index = readFileSync(join(out, 'search-index.json'));
    const service = readFileSync(join(out, 'zh', real[0].id, `${real[0].items[0].id}.html`), 'utf8');
    const scripts = [...service.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
    const jsKb = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(out, src))).length, 0) / 1024;
    console.log(
      JSON.stringify({
        cities: n,
        items: real.reduce((s, c) => s + c.items.length, 0) * (n / real.length),
        pages: all.filter((f) => f.endsWith('.html')).length,
        buildSeconds: Math.round(seconds),
        peakRssMb: Math.round(peakKb / 1024),
        outMb: Math.round(bytes / 1e5) / 10,
        searchIndexKbGzip: Math.round(gzipSync(index).length / 1024),
        searchIndexKbGzipPerCity: Math.round(gzipSync(index).length / 1024 / n),
        serviceJsKbGzip: Math.round(jsKb),
      }),
    );
  } finally {
    removeVariant(dir);
  }
}
