// `npm run bench`: builds the site and a bare Next.js + next-intl baseline, serves both, and measures
// with Lighthouse 12 (mobile emulation, median of 3 runs) plus search, serving and feedback figures.
// Prints every figure with its budget and exits 1 when a budget is missed.
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import { runLoadTest } from './load-test';
import { benchFeedback, feedbackBenchOptions } from './lib/feedback-bench';
import { precompress } from './lib/precompress';
import { startNpmStart } from './lib/servers';
import { slow3g } from './lib/slow-3g';
import { getCities } from '../lib/content/load';
import { benchSearch } from './lib/search-bench';
import { benchSearchTyping } from './lib/search-typing';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SITE_PORT = 4100;
const BASE_PORT = 4101;
const skipBuild = process.argv.includes('--no-build');
// Pages from the registry: the first city's catalog and its item with the most documents, a checklist
// of that city's two fullest items, and the second city's fullest item in English.
const [cityA, cityB = cityA] = getCities();
const fullest = (items: typeof cityA.items) => [...items].sort((a, b) => b.documents.length - a.documents.length);
const [itemA, itemA2] = fullest(cityA.items);
const PAGES: [string, string][] = [
  ['home', '/zh'],
  ['city catalog', `/zh/${cityA.id}`],
  ['service page', `/zh/${cityA.id}/${itemA.id}`],
  ['search with a query', '/zh/search?q=%E7%94%9F%E5%AD%A9%E5%AD%90'],
  ['checklist with a selection', `/zh/checklist?city=${cityA.id}&items=${itemA.id},${itemA2.id}`],
  ['English page', `/en/${cityB.id}/${fullest(cityB.items)[0].id}`],
];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function sh(cmd: string, cwd = '.') {
  console.log(`$ ${cmd}${cwd === '.' ? '' : `   (in ${cwd})`}`);
  execSync(cmd, { stdio: 'inherit', cwd });
}

type Figures = {
  perf: number;
  a11y: number;
  bp: number;
  seo: number;
  lcp: number;
  tbt: number;
  cls: number;
  bytes: number;
  js: number;
  failing: string[];
};

async function audit(port: number, url: string): Promise<Figures> {
  const runs: Figures[] = [];
  for (let i = 0; i < RUNS; i++) {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const lhr = result!.lhr;
    const requests = (lhr.audits['network-requests'].details as unknown as { items: { resourceType: string; transferSize: number }[] })
      .items;
    runs.push({
      perf: Math.round((lhr.categories.performance.score ?? 0) * 100),
      a11y: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
      bp: Math.round((lhr.categories['best-practices'].score ?? 0) * 100),
      seo: Math.round((lhr.categories.seo.score ?? 0) * 100),
      lcp: lhr.audits['largest-contentful-paint'].numericValue ?? 0,
      tbt: lhr.audits['total-blocking-time'].numericValue ?? 0,
      cls: lhr.audits['cumulative-layout-shift'].numericValue ?? 0,
      bytes: lhr.audits['total-byte-weight'].numericValue ?? 0,
      js: requests.filter((r) => r.resourceType === 'Script').reduce((n, r) => n + r.transferSize, 0),
      // Audits that cost points outside performance, to say what to fix.
      failing: ['accessibility', 'best-practices', 'seo'].flatMap((c) =>
        lhr.categories[c].auditRefs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1).map((ref) => `${c}: ${ref.id}`),
      ),
    });
  }
  // The run with the median performance score stands for the page.
  const byPerf = [...runs].sort((a, b) => a.perf - b.perf);
  return { ...byPerf[Math.floor(byPerf.length / 2)], perf: median(runs.map((r) => r.perf)) };
}

async function main() {
  if (!skipBuild) {
    sh('npm run build');
    sh('npx next build', 'bench/baseline');
  }
  const site = await startNpmStart({ port: SITE_PORT });
  // Served like the site (precompressed, brotli), so the comparison is fair.
  await precompress('bench/baseline/out');
  const baseline = Fastify();
  await baseline.register(fastifyStatic, { root: resolve('bench/baseline/out'), preCompressed: true, extensions: ['html'] });
  await baseline.listen({ port: BASE_PORT, host: '127.0.0.1' });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const failures: string[] = [];
  try {
    const base = await audit(chrome.port, `http://localhost:${BASE_PORT}/zh`);
    const rows: [string, string, Figures][] = [['baseline (bare Next.js + next-intl)', '/zh', base]];
    const only = process.env.BENCH_PAGES?.split(',');
    for (const [name, path] of PAGES.filter(([name]) => !only || only.some((o) => name.includes(o)))) {
      console.log(`lighthouse ×${RUNS}: ${path}`);
      rows.push([name, path, await audit(chrome.port, `${site.url}${path}`)]);
    }
    console.log('\nLighthouse, mobile emulation, median of %d runs', RUNS);
    console.table(
      rows.map(([name, path, f]) => ({
        page: name,
        path,
        perf: f.perf,
        a11y: f.a11y,
        'best pr.': f.bp,
        seo: f.seo,
        'LCP ms': Math.round(f.lcp),
        'TBT ms': Math.round(f.tbt),
        CLS: f.cls.toFixed(3),
        transferred: kb(f.bytes),
        JS: kb(f.js),
        'JS over baseline': kb(f.js - base.js),
      })),
    );
    for (const [name, , f] of rows.slice(1)) {
      if (f.perf < 95) failures.push(`${name}: performance ${f.perf} < 95`);
      if (f.a11y < 100 || f.bp < 100 || f.seo < 100)
        failures.push(`${name}: accessibility ${f.a11y}, best practices ${f.bp}, SEO ${f.seo} (all must be 100): ${f.failing.join(', ')}`);
      if (f.js - base.js > 20 * 1024)
        failures.push(`${name}: page JS ${kb(f.js)} is ${kb(f.js - base.js)} above the baseline (budget 20 KB)`);
    }
    const service = rows.find(([name]) => name === 'service page')?.[2];
    if (service && service.bytes > 200 * 1024) failures.push(`service page: ${kb(service.bytes)} transferred (budget 200 KB)`);

    // Search: per-city index and code sizes, accuracy on the labelled queries, query time.
    const search = benchSearch();
    const bundle = await build({
      entryPoints: ['lib/search/index.ts'],
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      platform: 'browser',
      logLevel: 'silent',
    });
    const code = bundle.outputFiles[0].contents;
    const codeText = Buffer.from(code).toString('utf8');
    console.log('\nSearch');
    console.table([
      ...search.sizes.map((s) => ({
        figure: `index ${s.city} (out/search-index/${s.city}.json)`,
        raw: kb(s.raw),
        gzip: `${kb(s.gzip)} (budget 40 KB)`,
      })),
      { figure: 'search code (lib/search, minified)', raw: kb(code.length), gzip: kb(gzipSync(code).length) },
      {
        figure: `accuracy on ${search.accuracy.total} labelled queries: top-1 / top-3`,
        raw: '',
        gzip: `${(search.accuracy.top1 * 100).toFixed(1)}% / ${(search.accuracy.top3 * 100).toFixed(1)}%`,
      },
      {
        figure: 'query time (both cities): median / p95 / max',
        raw: '',
        gzip: `${search.timing.medianMs.toFixed(2)} / ${search.timing.p95Ms.toFixed(2)} / ${search.timing.maxMs.toFixed(2)} ms`,
      },
    ]);
    for (const m of search.accuracy.misses)
      console.log(
        `  top-1 miss: ${m.query.city} ${m.query.locale} "${m.query.q}" → ${m.got.join(', ') || '(nothing)'} (want ${m.query.expect.join(' | ') || 'nothing'})`,
      );
    for (const s of search.sizes) if (s.gzip > 40 * 1024) failures.push(`search index ${s.city} ${kb(s.gzip)} > 40 KB gzipped`);
    if (search.accuracy.top1 < 0.95 || search.accuracy.top3 < 0.99)
      failures.push(`search accuracy top-1 ${search.accuracy.top1}, top-3 ${search.accuracy.top3} (floors 95%, 99%)`);
    if (search.timing.medianMs > 2 || search.timing.p95Ms > 10)
      failures.push(`search query median ${search.timing.medianMs.toFixed(2)} ms (≤ 2), p95 ${search.timing.p95Ms.toFixed(2)} ms (≤ 10)`);
    if (/pinyin-pro|pinyin\(/.test(codeText)) failures.push('the browser search code contains pinyin-pro');

    // Typing on the search page at phone size with the CPU slowed 4×: no long task over 50 ms.
    const typing = await benchSearchTyping();
    console.log('\nTyping on the search page (390×844, CPU 4× slower): long tasks from the first character to 1 s after the last');
    console.table(typing);
    for (const f of typing)
      if (f.longTasks)
        failures.push(`typing "${f.text}" on ${f.path}: ${f.longTasks} long task(s), the longest ${f.longestMs} ms (floor: none)`);
  } finally {
    await chrome.kill();
    await baseline.close();
    await site.stop();
  }

  // Serving: both servers under load in the same run, and npm start's memory over a long run.
  const soak = Number(process.env.BENCH_SOAK_SECONDS ?? 300);
  const { results, memory } = await runLoadTest({ seconds: 10, connections: 50, soak });
  const page = results['service page'];
  const npm = page['npm start'];
  const nginx = page.nginx;
  const plain = page['nginx, plain file of the same size'];
  if (npm.p99 > 50) failures.push(`npm start: service page p99 ${npm.p99} ms > 50 ms`);
  if (npm.rps < nginx.rps / 2) failures.push(`npm start: ${npm.rps} requests/s, less than half of nginx's ${nginx.rps}`);
  if (nginx.rps < plain.rps * 0.9) failures.push(`nginx: ${nginx.rps} requests/s, more than 10% below a plain file (${plain.rps})`);
  for (const [name, byServer] of Object.entries(results))
    for (const [server, f] of Object.entries(byServer)) if (f.errors) failures.push(`${name} · ${server}: ${f.errors} errors`);
  if (memory && Math.abs(memory.last - memory.first) > memory.first * 0.1)
    failures.push(`npm start memory not flat: ${memory.first.toFixed(1)} → ${memory.last.toFixed(1)} MB`);

  // Feedback (#18): POST /api/feedback at a sustained rate on PGlite and PostgreSQL, none lost.
  const feedback = await benchFeedback(feedbackBenchOptions(`/zh/${cityA.id}/${itemA.id}`));
  failures.push(...feedback.failures);

  // A resident on a slow phone network opens a printed short link.
  const slow = await slow3g();
  console.log('\nSlow 3G (400 kbit/s, 400 ms round trip), a short link to a service page, first visit, median of 3');
  console.table(slow);
  if (slow['content shown (ms)'] > 1100) failures.push(`slow 3G: content shown after ${slow['content shown (ms)']} ms > 1,100`);
  if (slow['complete (ms)'] > 3000) failures.push(`slow 3G: complete after ${slow['complete (ms)']} ms > 3,000`);

  if (failures.length) {
    console.log('\nOver budget:\n  ' + failures.join('\n  '));
    process.exit(1);
  }
  console.log('\nEvery figure is within budget.');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
