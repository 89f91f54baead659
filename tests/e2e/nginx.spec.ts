// The nginx configuration from scripts/nginx-config.mjs serves the build like `npm start` does:
// clean URLs, short-URL redirects, the 404 page, per-page CSP and the security and cache headers.
// Starts its own nginx (foreground, unprivileged-style prefix dir) on a free loopback port.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, request, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { AMBIGUOUS_PATHS, REFUSED_METHODS, redirectsWithQuery } from '../support/serving-cases';

const REPO = resolve(fileURLToPath(import.meta.url), '../../..');
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

let nginx: ChildProcess | undefined;
let nginxExit: Promise<unknown> | undefined;
let prefix = '';
let api: APIRequestContext;
let csp: Record<string, string>;
let shortUrls: Record<string, string>;

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
  });
}

/** Headers every response must carry, errors and redirects included. */
function expectSecurityHeaders(res: APIResponse) {
  const h = res.headers();
  expect(h['x-content-type-options'], `nosniff on ${res.url()}`).toBe('nosniff');
  expect(h['content-security-policy'], `CSP on ${res.url()}`).toContain("frame-ancestors 'none'");
  expect(h['x-frame-options']).toBe('DENY');
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['permissions-policy']).toBe('camera=(), microphone=(), geolocation=()');
  expect(h['x-powered-by']).toBeUndefined();
  expect(h['server'] ?? '').not.toMatch(/\d/); // server_tokens off: no version
}

// One nginx for the whole file, tests in order (overrides the config's fullyParallel).
test.describe.configure({ mode: 'default' });

let baseURL = '';

test.beforeAll(async () => {
  if (!existsSync(NGINX)) {
    throw new Error(
      `nginx is required for this test but ${NGINX} is missing: run \`bash scripts/ensure-system-deps.sh\` (installs Debian's nginx) or set NGINX_PATH.`,
    );
  }
  if (!existsSync(join(REPO, 'build/csp.json')) || !existsSync(join(REPO, 'out/index.html'))) {
    throw new Error('No build found: run `npm run build` first.');
  }
  csp = JSON.parse(readFileSync(join(REPO, 'build/csp.json'), 'utf8'));
  shortUrls = JSON.parse(readFileSync(join(REPO, 'build/short-urls.json'), 'utf8'));

  const port = await freePort();
  prefix = mkdtempSync(join(tmpdir(), 'yibao-nginx-'));
  chmodSync(prefix, 0o755); // nginx workers may run as another user when started as root
  execFileSync(
    process.execPath,
    [
      'scripts/nginx-config.mjs',
      '--root',
      join(REPO, 'out'),
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--out',
      join(prefix, 'site.conf'),
    ],
    { cwd: REPO },
  );
  const conf = join(prefix, 'nginx.conf');
  execFileSync(NGINX, ['-t', '-q', '-p', prefix, '-c', conf], { stdio: 'pipe' });

  let stderr = '';
  const child = spawn(NGINX, ['-p', prefix, '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  nginx = child;
  child.stderr?.on('data', (d) => (stderr += d));
  let exited = false;
  nginxExit = new Promise((done) => child.once('exit', done)).then(() => (exited = true));

  baseURL = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (exited) throw new Error(`nginx exited at startup: ${stderr}${readFileSync(join(prefix, 'error.log'), 'utf8')}`);
    try {
      await fetch(`${baseURL}/zh`);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not answer on ${baseURL}: ${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  api = await request.newContext({ baseURL });
});

test.afterAll(async () => {
  await api?.dispose();
  if (nginx && nginx.exitCode === null && nginx.signalCode === null) {
    nginx.kill('SIGQUIT');
    const timer = setTimeout(() => nginx?.kill('SIGKILL'), 5000);
    await nginxExit;
    clearTimeout(timer);
  }
  if (prefix) rmSync(prefix, { recursive: true, force: true });
});

test.describe('nginx', () => {
  test('a page has its own CSP from build/csp.json and the security and cache headers', async () => {
    const res = await api.get('/zh');
    expect(res.status()).toBe(200);
    expectSecurityHeaders(res);
    const h = res.headers();
    expect(h['content-security-policy']).toBe(csp['zh.html']);
    expect(h['cache-control']).toBe('public, max-age=300, must-revalidate');
    expect(h['content-type']).toContain('text/html');
  });

  test('the home page is index.html with its CSP', async () => {
    const res = await api.get('/');
    expect(res.status()).toBe(200);
    expectSecurityHeaders(res);
    expect(res.headers()['content-security-policy']).toBe(csp['index.html']);
  });

  test('no open redirect: a backslash or double slash answers 400, never a redirect', async () => {
    for (const path of AMBIGUOUS_PATHS) {
      const res = await api.get(`${baseURL}${path}`, { maxRedirects: 0 });
      expect(res.status(), path).toBe(400);
      expect(res.headers()['location'], path).toBeUndefined();
    }
  });

  test('redirects keep the query string', async () => {
    for (const [from, to] of redirectsWithQuery()) {
      const res = await api.get(`${baseURL}${from}`, { maxRedirects: 0 });
      expect([301, 302, 308], from).toContain(res.status());
      expect(res.headers()['location'], from).toBe(to);
    }
  });

  test('only GET and HEAD: other methods answer 405', async () => {
    for (const method of REFUSED_METHODS) {
      const res = await api.fetch(`${baseURL}/zh`, { method, maxRedirects: 0 });
      expect(res.status(), method).toBe(405);
    }
    expect((await api.head(`${baseURL}/zh`)).status()).toBe(200);
  });

  test('a 400 is served as 400 with its page, not redirected', async () => {
    const res = await api.get(`${baseURL}/zh/%E0%A4%A`, { maxRedirects: 0 });
    expect(res.status()).toBe(400);
    expect(await res.text()).toContain('无法识别这个地址');
    expect(res.headers()['content-security-policy']).toBe(csp['400.html']);
  });

  test('clean URLs: no .html needed, .html and trailing slashes redirect to the clean URL', async () => {
    const page = await api.get('/zh/kaiyuan');
    expect(page.status()).toBe(200);
    expectSecurityHeaders(page);
    expect(page.headers()['content-security-policy']).toBe(csp['zh/kaiyuan.html']);
    expect(await page.text()).toContain('<html');

    for (const path of ['/zh/kaiyuan.html', '/zh/kaiyuan/']) {
      const res = await api.get(path, { maxRedirects: 0 });
      expect([301, 302, 307, 308], path).toContain(res.status());
      expect(res.headers()['location'], path).toBe('/zh/kaiyuan');
      expectSecurityHeaders(res);
    }
  });

  test('short URLs redirect temporarily to their targets, dotted ones too', async () => {
    const entries = Object.entries(shortUrls);
    const plain = entries.find(([source]) => /^\/[a-z]+\/\d+$/.test(source));
    const dotted = entries.find(([source]) => /^\/[a-z]+\/\d+\.\d+$/.test(source));
    expect(plain, 'a short URL like /ky/15').toBeDefined();
    expect(dotted, 'a short URL like /sy/3.1').toBeDefined();
    for (const [source, target] of [plain!, dotted!]) {
      const res = await api.get(source, { maxRedirects: 0 });
      expect(res.status(), source).toBe(302);
      expect(res.headers()['location'], source).toBe(target);
      expectSecurityHeaders(res);
      expect((await api.get(target)).status(), target).toBe(200);
    }
  });

  test('unknown paths get the 404 page with its own CSP and no caching', async () => {
    const res = await api.get('/zh/nope');
    expect(res.status()).toBe(404);
    expectSecurityHeaders(res);
    expect(res.headers()['content-security-policy']).toBe(csp['404.html']);
    expect(res.headers()['cache-control']).toBe('no-store');
    expect(await res.text()).toContain('Page not found');
  });

  for (const path of [
    '/package.json',
    '/build/csp.json',
    '/.git/config',
    '/scripts/serve.mjs',
    '/build/nginx/site.conf',
    '/../package.json',
  ]) {
    test(`nothing but the built output is served: ${path}`, async () => {
      const res = await api.get(path);
      expect([400, 403, 404]).toContain(res.status());
      expectSecurityHeaders(res);
      const body = await res.text();
      expect(body).not.toContain('"devDependencies"');
      expect(body).not.toContain('"404.html":');
      expect(body).not.toContain('[core]');
    });
  }

  test('hashed assets are immutable and get the fallback CSP', async () => {
    const html = await (await api.get('/zh')).text();
    const asset = /(?:href|src)="(\/_next\/static\/[^"]+)"/.exec(html)?.[1];
    expect(asset, 'a /_next/static/ asset linked from /zh').toBeTruthy();
    const res = await api.get(asset!);
    expect(res.status()).toBe(200);
    expectSecurityHeaders(res);
    expect(res.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers()['content-security-policy']).not.toContain('sha256-');
  });

  test('other files are cached for an hour', async () => {
    const res = await api.get('/search-index.json');
    expect(res.status()).toBe(200);
    expectSecurityHeaders(res);
    expect(res.headers()['cache-control']).toBe('public, max-age=3600');
    expect(res.headers()['content-type']).toContain('application/json');
  });

  test('text responses are gzip-compressed', async () => {
    for (const path of ['/zh', '/search-index.json']) {
      const res = await api.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(res.status(), path).toBe(200);
      expect(res.headers()['content-encoding'], path).toBe('gzip');
      expect(res.headers()['vary'], path).toContain('Accept-Encoding');
      expectSecurityHeaders(res);
    }
  });
});
