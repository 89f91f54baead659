// The feedback API and staff pages behind the generated nginx configuration: nginx serves the files
// and passes /api/ and /staff/ to `npm start` (server/nginx.ts), with a body limit and the client's
// address in X-Forwarded-For (replaced, so a client cannot pick its own rate-limit key).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { freePort, startNginxWith, startNpmStart, type RunningServer } from '../../scripts/lib/servers';
import { writeNginxConfig } from '../../server/nginx';

let dir: string;
let app: RunningServer;
let nginx: RunningServer;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dir = mkdtempSync(join(tmpdir(), 'yibao-feedback-nginx-'));
  const appPort = await freePort();
  app = await startNpmStart({ port: appPort, env: { FEEDBACK_DATA_DIR: join(dir, 'db'), FEEDBACK_PER_MINUTE: '3' } });
  const port = await freePort();
  const { nginxConf } = writeNginxConfig({ port, host: '127.0.0.1', out: join(dir, 'nginx', 'site.conf'), app: `127.0.0.1:${appPort}` });
  const url = `http://127.0.0.1:${port}`;
  nginx = await startNginxWith({ prefix: join(dir, 'nginx'), conf: nginxConf, url, probe: `${url}/zh` });
  // The database opens behind the site (PGlite creates it on a first start: slow on a busy machine).
  await expect.poll(async () => (await fetch(`${nginx.url}/api/health`)).status, { timeout: 90_000 }).toBe(200);
});

test.afterAll(async () => {
  await nginx?.stop();
  await app?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${nginx.url}/api/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: nginx.url, ...headers },
    body,
  });

test('through nginx: feedback is stored, oversized bodies refused, the rate limit keyed by the real client', async () => {
  const ok = await post(JSON.stringify({ page: '/zh/kaiyuan', helpful: true }));
  expect(ok.status).toBe(201);
  expect((await ok.json()).id).toMatch(/^[0-9a-f-]{36}$/);

  // Over the API's 4 KB: its own JSON answer; far over: nginx stops it before node.
  const large = await post(JSON.stringify({ page: '/zh/kaiyuan', helpful: false, text: 'x'.repeat(5000) }));
  expect(large.status).toBe(413);
  expect((await large.json()).error).toContain('4096');
  expect((await post('x'.repeat(20_000))).status).toBe(413);

  // Another site's page cannot post.
  expect((await post('{}', { origin: 'https://evil.example' })).status).toBe(403);

  // Three a minute here; a forged X-Forwarded-For does not make a new client.
  const answers = [];
  for (const forged of ['1.1.1.1', '2.2.2.2', '3.3.3.3'])
    answers.push((await post(JSON.stringify({ page: '/en/shenyang', helpful: true }), { 'x-forwarded-for': forged })).status);
  expect(answers).toContain(429);
});

test('through nginx: the staff pages keep their own policy, once; other paths stay read-only', async () => {
  const staff = await fetch(`${nginx.url}/staff/feedback`);
  expect(staff.status).toBe(503); // no STAFF_PASSWORD_HASH: switched off, and says so
  expect(await staff.text()).toContain('STAFF_PASSWORD_HASH');
  const policies = staff.headers.get('content-security-policy') ?? '';
  expect(policies).toMatch(/^default-src 'none'/);
  expect(policies.split(',')).toHaveLength(1);
  expect(staff.headers.get('x-content-type-options')).toBe('nosniff');

  const write = await fetch(`${nginx.url}/zh/kaiyuan`, { method: 'POST' });
  expect(write.status).toBe(405);
  expect((await fetch(`${nginx.url}/api/feedback`)).status).toBe(405);
});
