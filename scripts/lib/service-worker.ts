// Builds out/sw.js from lib/offline/sw.ts: the precache manifest (Serwist's getManifest: each file with
// a content-hash revision) and the short-link table are compiled in, so the worker changes, and
// browsers update it, exactly when something a resident may open offline changed.
import { join } from 'node:path';
import { getManifest } from '@serwist/build';
import { build } from 'esbuild';

/** What a resident can open offline after one visit, relative to out/. */
const PRECACHE = {
  patterns: ['_next/static/**/*.{js,css,woff2,svg}', '{zh,en}.html', '{zh,en}/**/*.html', 'data/*.json', 'search-index/*.json', 'icon.svg'],
  // Printables and staff sheets are for the office's printer, kept only once opened; the guide's raw
  // export and its schema are for developers.
  ignore: ['**/poster.html', '**/labels.html', '**/staff.html', 'data/*.guide.json', 'data/schema.json', 'data/glossary.json'],
};

/** /zh/kaiyuan.html is served, and precached, as /zh/kaiyuan. */
const cleanUrl = (url: string) => '/' + url.replace(/\.html$/, '');

export async function buildServiceWorker(out: string, shortUrls: Record<string, string>) {
  const { manifestEntries, count, size, warnings } = await getManifest({
    globDirectory: out,
    globPatterns: PRECACHE.patterns,
    globIgnores: PRECACHE.ignore,
    // Hashed names never change content: no revision needed.
    dontCacheBustURLsMatching: /^_next\/static\//,
    maximumFileSizeToCacheInBytes: 2_000_000,
    manifestTransforms: [async (entries) => ({ manifest: entries.map((e) => ({ ...e, url: cleanUrl(e.url) })), warnings: [] })],
  });
  if (warnings.length) throw new Error(`service worker manifest: ${warnings.join('; ')}`);
  await build({
    entryPoints: ['lib/offline/sw.ts'],
    outfile: join(out, 'sw.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    logLevel: 'warning',
    define: {
      'self.__SW_MANIFEST': JSON.stringify(manifestEntries ?? []),
      'self.__SHORT_LINKS': JSON.stringify(shortUrls),
      'process.env.NODE_ENV': '"production"',
    },
  });
  return { count, size, files: (manifestEntries ?? []).map((e) => (typeof e === 'string' ? e : e.url)) };
}
