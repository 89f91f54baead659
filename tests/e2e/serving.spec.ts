// Both production servers, `npm start` (server/static-site.ts) and nginx with the generated configuration
// (server/nginx.ts), answer the same requests alike: the rules of server/rules.ts, precompressed files,
// Range and conditional requests, and hostile requests. Each runs here on its own loopback port over a
// copy of out/ with planted traps: a dotfile, symbolic links to a file and a directory outside the
// root, and a security.txt.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { freePort, startNginx, startNpmStart, type RunningServer } from '../../scripts/lib/servers';
import { AMBIGUOUS_PATHS, REFUSED_METHODS, redirectsWithQuery } from '../support/serving-cases';

const REPO = resolve(fileURLToPath(import.meta.url), '../../..');
const csp: Record<string, string> = JSON.parse(readFileSync(join(REPO, 'build/csp.json'), 'utf8'));
const shortUrls: Record<string, string> = JSON.parse(readFileSync(join(REPO, 'build/short-urls.json'), 'utf8'));
const SECURITY_TXT = 'Contact: mailto:security@example.org\nExpires: 2030-01-01T00:00:00Z\n';

type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** A request as sent, bytes as received: no redirects followed, nothing decompressed, the path untouched. */
function raw(base: string, path: string, { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {}) {
  const { hostname, port } = new URL(base);
  return new Promise<Raw>((done, fail) => {
    const req = httpRequest({ hostname, port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

const header = (r: Raw, name: string) => String(r.headers[name] ?? '');

function expectSecurityHeaders(r: Raw, what: string) {
  expect(header(r, 'x-content-type-options'), what).toBe('nosniff');
  expect(header(r, 'content-security-policy'), what).toContain("frame-ancestors 'none'");
  expect(header(r, 'x-frame-options'), what).toBe('DENY');
  expect(header(r, 'referrer-policy'), what).toBe('strict-origin-when-cross-origin');
  expect(header(r, 'permissions-policy'), what).toBe('camera=(), microphone=(), geolocation=()');
  expect(r.headers['x-powered-by'], what).toBeUndefined();
  expect(header(r, 'server'), what).not.toMatch(/\d/);
}

function decode(r: Raw): Buffer {
  const encoding = header(r, 'content-encoding');
  return encoding === 'br' ? brotliDecompressSync(r.body) : encoding === 'gzip' ? gunzipSync(r.body) : r.body;
}

let root = '';
const servers: Record<string, RunningServer & { stderr?: () => string }> = {};

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(60_000);
  const dir = mkdtempSync(join(tmpdir(), 'yibao-serving-'));
  chmodSync(dir, 0o755); // nginx workers may run as another user when started as root
  root = join(dir, 'out');
  execFileSync('cp', ['-al', join(REPO, 'out'), root]);
  // Traps: nothing here may ever be served.
  writeFileSync(join(root, '.env'), 'SECRET=planted\n');
  writeFileSync(join(root, 'zh', '.hidden.html'), 'planted hidden page');
  symlinkSync('/etc/passwd', join(root, 'zh', 'planted.html'));
  symlinkSync('/etc/passwd', join(root, 'planted.txt'));
  symlinkSync('/etc', join(root, 'planted-dir'));
  mkdirSync(join(root, '.well-known'), { recursive: true });
  writeFileSync(join(root, '.well-known', 'security.txt'), SECURITY_TXT);
  servers['npm start'] = await startNpmStart({ port: await freePort(), root });
  servers.nginx = await startNginx({ prefix: join(dir, 'nginx'), port: await freePort(), root });
});

test.afterAll(async () => {
  for (const server of Object.values(servers)) await server.stop();
  if (root && !process.env.KEEP) rmSync(resolve(root, '..'), { recursive: true, force: true });
});

for (const name of ['npm start', 'nginx']) {
  test.describe(name, () => {
    const base = () => servers[name].url;

    test('a page: its own CSP, the security headers, revalidated on every use', async () => {
      for (const [path, file] of [
        ['/', 'index.html'],
        ['/zh', 'zh.html'],
        ['/zh/kaiyuan', 'zh/kaiyuan.html'],
      ]) {
        const r = await raw(base(), path);
        expect(r.status, path).toBe(200);
        expectSecurityHeaders(r, path);
        expect(header(r, 'content-security-policy'), path).toBe(csp[file]);
        expect(header(r, 'cache-control'), path).toBe('no-cache');
        expect(header(r, 'content-type'), path).toContain('text/html');
        expect(header(r, 'etag'), path).toBeTruthy();
        expect(header(r, 'last-modified'), path).toBeTruthy();
        expect(r.body.toString()).toBe(readFileSync(join(REPO, 'out', file), 'utf8'));
      }
      const scriptSrc = csp['zh.html'].split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
      expect(scriptSrc).not.toContain('unsafe-inline');
      expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/=]+'/);
    });

    test("precompressed: the build's copy as accepted, the same bytes as the file, Vary: Accept-Encoding", async () => {
      const original = readFileSync(join(REPO, 'out/zh/kaiyuan.html'));
      // nginx sends the gzip copies only (see server/nginx.ts for why not brotli).
      for (const [accept, encoding] of [
        ['br, gzip', name === 'nginx' ? 'gzip' : 'br'],
        ['gzip', 'gzip'],
        ['identity', ''],
      ]) {
        const r = await raw(base(), '/zh/kaiyuan', { headers: { 'accept-encoding': accept } });
        expect(r.status, accept).toBe(200);
        expect(header(r, 'content-encoding'), accept).toBe(encoding);
        expect(header(r, 'vary').toLowerCase(), accept).toContain('accept-encoding');
        expect(decode(r).equals(original), accept).toBe(true);
        const copy = { br: '.br', gzip: '.gz', '': '' }[encoding];
        expect(r.body.equals(readFileSync(join(REPO, `out/zh/kaiyuan.html${copy}`))), accept).toBe(true);
      }
    });

    test('hashed assets are immutable; data and the service worker are revalidated', async () => {
      const html = (await raw(base(), '/zh')).body.toString();
      const asset = /(?:href|src)="(\/_next\/static\/[^"]+)"/.exec(html)?.[1];
      expect(asset, 'a /_next/static/ asset linked from /zh').toBeTruthy();
      const r = await raw(base(), asset!, { headers: { 'accept-encoding': 'br' } });
      expect(r.status).toBe(200);
      expectSecurityHeaders(r, asset!);
      expect(header(r, 'cache-control')).toBe('public, max-age=31536000, immutable');
      expect(header(r, 'content-security-policy')).not.toContain('sha256-');
      for (const path of ['/search-index.json', '/sw.js', '/data/kaiyuan.json']) {
        const res = await raw(base(), path);
        expect(res.status, path).toBe(200);
        expect(header(res, 'cache-control'), path).toBe('no-cache');
      }
      expect(header(await raw(base(), '/search-index.json'), 'content-type')).toContain('application/json');
    });

    test('conditional requests: a matching ETag or date answers 304', async () => {
      for (const accept of ['br', 'identity']) {
        const first = await raw(base(), '/zh/kaiyuan', { headers: { 'accept-encoding': accept } });
        const again = await raw(base(), '/zh/kaiyuan', { headers: { 'accept-encoding': accept, 'if-none-match': header(first, 'etag') } });
        expect(again.status, accept).toBe(304);
        expect(again.body.length).toBe(0);
        const since = await raw(base(), '/zh/kaiyuan', {
          headers: { 'accept-encoding': accept, 'if-modified-since': header(first, 'last-modified') },
        });
        expect(since.status, accept).toBe(304);
      }
      const stale = await raw(base(), '/zh/kaiyuan', { headers: { 'if-none-match': '"not-this-one"' } });
      expect(stale.status).toBe(200);
    });

    test('Range: a slice of exactly the representation sent, compressed or not; a stale If-Range gets it whole', async () => {
      for (const accept of ['gzip', 'br', 'identity']) {
        const whole = await raw(base(), '/search-index.json', { headers: { 'accept-encoding': accept } });
        const part = await raw(base(), '/search-index.json', { headers: { 'accept-encoding': accept, range: 'bytes=0-99' } });
        // A server may ignore Range (nginx does for precompressed copies); what it sends must be right.
        expect([200, 206], accept).toContain(part.status);
        expect(header(part, 'content-encoding'), accept).toBe(header(whole, 'content-encoding'));
        if (part.status === 206) {
          expect(header(part, 'content-range'), accept).toBe(`bytes 0-99/${whole.body.length}`);
          expect(part.body.equals(whole.body.subarray(0, 100)), accept).toBe(true);
        } else expect(part.body.equals(whole.body), accept).toBe(true);
      }
      const plain = await raw(base(), '/search-index.json', { headers: { 'accept-encoding': 'identity', range: 'bytes=0-99' } });
      expect(plain.status).toBe(206);
      expect(plain.body.toString()).toBe(readFileSync(join(REPO, 'out/search-index.json')).subarray(0, 100).toString());
      const stale = await raw(base(), '/search-index.json', {
        headers: { 'accept-encoding': 'identity', range: 'bytes=0-99', 'if-range': '"an-older-version"' },
      });
      expect(stale.status).toBe(200);
      expect(stale.body.length).toBe(readFileSync(join(REPO, 'out/search-index.json')).length);
    });

    test('no open redirect: a backslash or double slash answers 400 with the page, never a redirect', async () => {
      for (const path of [...AMBIGUOUS_PATHS, '/\\evil.example/', '/zh/\\\\evil.example']) {
        const r = await raw(base(), path);
        expect(r.status, path).toBe(400);
        expect(r.headers['location'], path).toBeUndefined();
        expectSecurityHeaders(r, path);
        expect(header(r, 'cache-control'), path).toBe('no-store');
        expect(decode(r).toString(), path).toContain('无法识别这个地址');
      }
    });

    test('paths no file can have (NUL, overlong, invalid UTF-8, broken encoding) answer 400, not a server error', async () => {
      for (const path of [
        '/%00',
        '/zh/%00kaiyuan',
        `/${'a'.repeat(300)}`,
        `/zh/${'%E9%95%BF'.repeat(100)}`,
        '/zh/%E0%A4%A',
        '/zh/%C3%28',
        '/%FF%FE',
      ]) {
        const r = await raw(base(), path);
        expect([400, 404], path.slice(0, 40)).toContain(r.status);
        expectSecurityHeaders(r, path.slice(0, 40));
        const body = decode(r).toString();
        expect(body).toMatch(r.status === 400 ? /无法识别这个地址/ : /找不到这个页面/);
      }
      expect((await raw(base(), '/%00')).status).toBe(400);
      expect((await raw(base(), '/zh/%E0%A4%A')).status).toBe(400);
    });

    test('redirects keep the query string; short links are temporary', async () => {
      for (const [from, to] of redirectsWithQuery()) {
        const r = await raw(base(), from);
        expect([301, 302, 308], from).toContain(r.status);
        expect(header(r, 'location'), from).toBe(to);
        expectSecurityHeaders(r, from);
      }
      const entries = Object.entries(shortUrls);
      for (const [source, target] of [
        entries.find(([s]) => /^\/[a-z]+\/\d+$/.test(s))!,
        entries.find(([s]) => /^\/[a-z]+\/\d+\.\d+$/.test(s))!,
      ]) {
        const r = await raw(base(), source);
        expect(r.status, source).toBe(302);
        expect(header(r, 'location'), source).toBe(target);
        expect((await raw(base(), target)).status, target).toBe(200);
      }
      for (const [from, to] of [
        ['/zh/kaiyuan.html', '/zh/kaiyuan'],
        ['/zh/kaiyuan/', '/zh/kaiyuan'],
        ['/index.html?x=1', '/?x=1'],
      ]) {
        const r = await raw(base(), from);
        expect(r.status, from).toBe(301);
        expect(header(r, 'location'), from).toBe(to);
      }
    });

    test('only GET and HEAD: other methods answer 405 with Allow', async () => {
      for (const method of [...REFUSED_METHODS, 'OPTIONS']) {
        const r = await raw(base(), '/zh', { method });
        expect(r.status, method).toBe(405);
        expect(header(r, 'allow'), method).toBe('GET, HEAD');
        expectSecurityHeaders(r, method);
      }
      const head = await raw(base(), '/zh', { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(head.body.length).toBe(0);
    });

    test('unknown paths: the 404 page with its own CSP, never cached', async () => {
      for (const path of ['/zh/nope', '/nope.html', '/404', '/zh.html.br', '/zh/kaiyuan.html.gz']) {
        const r = await raw(base(), path, { headers: { 'accept-encoding': 'gzip' } });
        if (r.status === 301) {
          expect(header(r, 'location'), path).not.toContain('.html');
          continue;
        }
        expect(r.status, path).toBe(404);
        expectSecurityHeaders(r, path);
        expect(header(r, 'content-security-policy'), path).toBe(csp['404.html']);
        expect(header(r, 'cache-control'), path).toBe('no-store');
        expect(decode(r).toString(), path).toContain('Page not found');
      }
    });

    test('nothing but the built output: no dotfiles, no symbolic links, nothing outside the root', async () => {
      for (const path of [
        '/.env',
        '/zh/.hidden',
        '/zh/.hidden.html',
        '/zh/planted',
        '/planted.txt',
        '/planted-dir/passwd',
        '/package.json',
        '/build/csp.json',
        '/.git/config',
        '/server/main.ts',
        '/../package.json',
        '/%2e%2e/package.json',
        '/zh/%2e%2e/%2e%2e/package.json',
      ]) {
        const r = await raw(base(), path);
        expect([400, 403, 404], path).toContain(r.status);
        expectSecurityHeaders(r, path);
        const body = decode(r).toString();
        for (const secret of ['root:x:', 'SECRET=planted', 'planted hidden page', '"devDependencies"', '"404.html":'])
          expect(body, path).not.toContain(secret);
      }
    });

    test('/.well-known/security.txt is served as text', async () => {
      const r = await raw(base(), '/.well-known/security.txt');
      expect(r.status).toBe(200);
      expect(header(r, 'content-type')).toContain('text/plain');
      expect(decode(r).toString()).toBe(SECURITY_TXT);
      expect((await raw(base(), '/.well-known/other.txt')).status).toBe(404);
    });
  });
}

test('npm start logs one short line per refused request, never a stack trace', async () => {
  const server = servers['npm start'];
  const before = server.stderr!().length;
  const hostile = ['/%00', '/zh/%E0%A4%A', `/${'a'.repeat(3000)}`, '/%5Cevil.example/'];
  for (const path of hostile) expect((await raw(server.url, path)).status).toBe(400);
  // The server's stderr reaches this process through a pipe, a moment after the answers.
  const logged = () => server.stderr!().slice(before).trim().split('\n').filter(Boolean);
  await expect.poll(() => logged().length).toBeGreaterThanOrEqual(hostile.length);
  await new Promise((r) => setTimeout(r, 200));
  const lines = logged();
  expect(lines).toHaveLength(hostile.length);
  for (const line of lines) {
    expect(line).toMatch(/^400 GET "/);
    expect(line.length).toBeLessThan(160);
  }
});
