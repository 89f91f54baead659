import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { freePort, startNpmStart } from '../../scripts/lib/servers';
import { precompressFile } from '../../scripts/lib/precompress';
import { buildServiceWorker } from '../../scripts/lib/service-worker';
import { inlineScripts, policy, scriptHashes } from '../../server/rules';

/** Waits until the service worker controls the page, which happens once its precache is complete. */
async function controlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 30_000 }).toBe(true);
}

const shortUrls: Record<string, string> = JSON.parse(readFileSync('build/short-urls.json', 'utf8'));

test('after one visit, every city’s pages, short links and the checklist work offline, with a visible note', async ({ page, context }) => {
  test.setTimeout(60_000);
  await page.goto('/zh/kaiyuan/outpatient-reimbursement');
  await controlled(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('门诊费用报销');
  await expect(page.getByRole('status').filter({ hasText: '您现在没有联网' })).toBeVisible();

  // Never opened before, in the other city: stored at the first visit.
  await page.goto('/zh/shenyang');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('沈阳医保办事指南');
  await page.goto('/zh/shenyang/pharmacy-agreement');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('药店');

  // A printed short link, scanned without signal.
  const [short, target] = Object.entries(shortUrls).find(([p]) => p.startsWith('/sy/'))!;
  await page.goto(short);
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('现在没有联网');
  // A printout's code carries its edition: offline too, the short link keeps it and the page says what changed.
  await page.goto('/ky/10?ed=2026-11-23');
  await expect(page).toHaveURL(/\/zh\/kaiyuan\/personal-account-withdrawal\?ed=2026-11-23$/);
  await expect(page.getByRole('region', { name: /自您的打印版/ })).toBeVisible();

  await page.goto('/zh/checklist?city=kaiyuan&items=outpatient-reimbursement,inpatient-reimbursement');
  await expect(page.getByRole('checkbox', { name: '住院收据' })).toBeVisible();

  // English pages are stored once the resident reads English, and the Chinese ones stay.
  await context.setOffline(false);
  await page.goto('/en/kaiyuan');
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL ?? ''), { timeout: 30_000 })
    .toContain('lang=en,zh');
  await context.setOffline(true);
  await page.goto('/en/search?q=maternity');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first()).toContainText(/maternity/i);
  await page.goto('/en/shenyang/pharmacy-agreement');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/pharmac/i);
  await page.goto('/zh/shenyang/pharmacy-agreement');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('药店');

  // A printable is for the office's printer: not stored ahead. The offline page says so and offers what works.
  await page.goto('/zh/shenyang/pharmacy-agreement/poster');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('现在没有联网');
  await expect(page.getByRole('main').getByRole('link', { name: '我的材料清单' })).toBeVisible();

  await context.setOffline(false);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('现在没有联网');
  await expect(page.getByRole('status').filter({ hasText: '您现在没有联网' })).toHaveCount(0);
});

test.describe('a new deployment', () => {
  let dir = '';
  let server: Awaited<ReturnType<typeof startNpmStart>> | undefined;
  let proxy: Server | undefined;
  test.afterEach(async () => {
    proxy?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('is seen on the next navigation, offline afterwards, and announced when the network was too slow', async ({ page, context }) => {
    test.setTimeout(120_000);
    // Version A: a copy of the build, served by npm start on its own port, behind a proxy that can
    // make the network slow for one page.
    dir = mkdtempSync(join(tmpdir(), 'yibao-deploy-'));
    const out = join(dir, 'out');
    const build = join(dir, 'build');
    cpSync('out', out, { recursive: true });
    cpSync('build', build, { recursive: true });
    server = await startNpmStart({ port: await freePort(), root: out, buildDir: build });
    const backend = new URL(server.url);
    let slowPath = '';
    proxy = createServer((req, res) => {
      const forward = () =>
        req.pipe(
          httpRequest({ host: backend.hostname, port: backend.port, path: req.url, method: req.method, headers: req.headers }, (up) => {
            res.writeHead(up.statusCode ?? 502, up.headers);
            up.pipe(res);
          }),
        );
      if (slowPath && req.url?.split('?')[0] === slowPath) setTimeout(forward, 6000);
      else forward();
    });
    const port = await freePort();
    await new Promise<void>((done) => proxy!.listen(port, '127.0.0.1', done));
    const url = (path: string) => `http://127.0.0.1:${port}${path}`;
    const PAGE = '/zh/kaiyuan/outpatient-reimbursement';

    /** A deployment that changes the page's title: its file, CSP, compressed copies and the service worker, then the server told. */
    const deploy = async (from: string, to: string) => {
      const file = join(out, `${PAGE}.html`);
      // Everywhere: the page's data for React carries the same words as its HTML.
      const html = readFileSync(file, 'utf8').replaceAll(from, to);
      writeFileSync(file, html);
      const csp = JSON.parse(readFileSync(join(build, 'csp.json'), 'utf8'));
      csp[`${PAGE.slice(1)}.html`] = policy(scriptHashes(inlineScripts(html)));
      writeFileSync(join(build, 'csp.json'), JSON.stringify(csp));
      await precompressFile(file);
      await buildServiceWorker(out, shortUrls);
      await precompressFile(join(out, 'sw.js'));
      process.kill(server!.pid, 'SIGHUP');
      await expect.poll(async () => (await fetch(server!.url + PAGE)).text()).toContain(to);
    };
    /** Whether the device's stored copy of the page contains the words. */
    const stored = (words: string) =>
      page.evaluate(
        async ([path, text]) => {
          for (const name of await caches.keys()) {
            const cache = await caches.open(name);
            for (const request of await cache.keys())
              if (new URL(request.url).pathname === path && (await (await cache.match(request))!.text()).includes(text)) return true;
          }
          return false;
        },
        [PAGE, words],
      );

    await page.goto(url(PAGE));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('门诊费用报销');
    await controlled(page);

    // Version B: the next navigation shows it, although A is in the device's precache.
    await deploy('门诊费用报销', '门诊费用报销（新版）');
    await page.goto(url('/zh/kaiyuan'));
    await page.goto(url(PAGE));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('门诊费用报销（新版）');

    // The new worker takes over with B in its precache: offline, B it is.
    await expect.poll(() => stored('（新版）'), { timeout: 30_000 }).toBe(true);
    await context.setOffline(true);
    await page.goto(url(PAGE));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('门诊费用报销（新版）');
    await expect(page.getByRole('status').filter({ hasText: '您现在没有联网' })).toBeVisible();
    await context.setOffline(false);

    // Version C on a network too slow to wait for: the stored B shows at once, then a notice offers C.
    await deploy('门诊费用报销（新版）', '门诊费用报销（第三版）');
    slowPath = PAGE;
    await page.goto(url('/zh/kaiyuan'));
    await page.goto(url(PAGE));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('门诊费用报销（新版）');
    const notice = page.getByRole('status').filter({ hasText: '本页内容已更新' });
    await expect(notice).toBeVisible({ timeout: 15_000 });
    slowPath = '';
    // The new worker's own download of the page (slow too) holds the browser's cache entry until it is done.
    await expect.poll(() => stored('（第三版）'), { timeout: 30_000 }).toBe(true);
    await notice.getByRole('button', { name: '重新载入' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('门诊费用报销（第三版）');
  });
});
