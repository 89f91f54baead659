// POST /api/feedback on each database: what a resident's page sends is stored (masked), and every kind
// of hostile request is refused with the status and message the issue (#18) asks for, storing nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hashPassword } from '@/server/feedback/password';
import {
  DATABASES,
  databaseHandle,
  feedbackApp,
  HOST,
  ORIGIN,
  PAGE,
  postFeedback,
  postForm,
  useDatabases,
  writeFixtureSite,
  type TestApp,
} from '../support/feedback';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PASSWORD = 'correct horse battery staple';
const databases = useDatabases();
let dir = '';
let site: { root: string; buildDir: string };
let passwordHash = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yibao-feedback-api-'));
  site = writeFixtureSite(dir);
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(DATABASES)('POST /api/feedback on %s', (kind) => {
  let t: TestApp;
  const rows = () => t.db.query<Record<string, unknown>>('select * from feedback order by received_at');
  const count = async () => (await rows()).length;

  beforeAll(async () => {
    const handle = databaseHandle(await databases.fresh(kind));
    databases.cleanup(() => handle.close());
    t = await feedbackApp(site, handle, { passwordHash });
    databases.cleanup(() => t.app.close());
  }, 60_000);
  beforeEach(async () => {
    await t.db.query('delete from feedback');
  });

  describe('a page of the site sends feedback', () => {
    it('answers 201 with the id of the stored row, and nothing for a cache to keep', async () => {
      const res = await postFeedback(t.app, { page: PAGE, helpful: true });
      expect(res.statusCode).toBe(201);
      expect(res.headers['cache-control']).toBe('no-store');
      const { id } = res.json();
      expect(id).toMatch(UUID);
      const stored = await rows();
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({ id, page: PAGE, helpful: true, body: null, category: null, status: 'new' });
    });

    it('derives city, item and locale from the page, and keeps category and edition', async () => {
      const res = await postFeedback(t.app, {
        page: '/en/kaiyuan/employer-registration',
        helpful: false,
        category: 'window-differs',
        text: 'The window also asked for the business licence original.',
        edition: '2026-11-30',
      });
      expect(res.statusCode).toBe(201);
      const [row] = await t.db.query(`select *, to_char(edition, 'YYYY-MM-DD') as edition from feedback`);
      expect(row).toMatchObject({
        locale: 'en',
        city: 'kaiyuan',
        item: 'employer-registration',
        helpful: false,
        category: 'window-differs',
        edition: '2026-11-30',
        body: 'The window also asked for the business licence original.',
      });
      for (const [page, parts] of [
        ['/zh/kaiyuan', { locale: 'zh', city: 'kaiyuan', item: null }],
        ['/zh/checklist', { locale: 'zh', city: null, item: null }],
        ['/zh', { locale: 'zh', city: null, item: null }],
      ] as const) {
        const r = await postFeedback(t.app, { page, helpful: true });
        expect(r.statusCode, page).toBe(201);
        const [stored] = await t.db.query('select locale, city, item from feedback where id = $1', [r.json().id]);
        expect(stored, page).toEqual(parts);
      }
    });

    it('masks ID and phone numbers in the stored text, keeping their shape', async () => {
      const text = '我的身份证21122319800101123X，手机138 1234 5678，座机024-62693677，窗口说要原件';
      const res = await postFeedback(t.app, { page: PAGE, helpful: false, category: 'other', text: `  ${text}\n` });
      expect(res.statusCode).toBe(201);
      const [row] = await rows();
      expect(row.body).toBe('我的身份证******************，手机*** **** ****，座机***-********，窗口说要原件');
      expect(JSON.stringify(await rows())).not.toMatch(/21122319800101123X|5678|62693677/);
    });

    it('accepts 500 characters of Chinese (1,500 bytes) and stores them whole', async () => {
      const text = '窗'.repeat(500);
      expect((await postFeedback(t.app, { page: PAGE, helpful: false, text })).statusCode).toBe(201);
      expect((await rows())[0].body).toBe(text);
    });

    it('says whether feedback can be stored now at /api/health', async () => {
      const res = await t.app.inject({ url: '/api/health' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ database: 'ok' });
    });
  });

  describe('hostile input is refused and nothing is stored', () => {
    const expectNothingStored = async () => expect(await count()).toBe(0);
    const valid = { page: PAGE, helpful: false };

    it('413 for a body over 4 KB', async () => {
      const res = await postFeedback(t.app, { ...valid, text: 'x'.repeat(5000) });
      expect(res.statusCode).toBe(413);
      expect(res.json().error).toMatch(/too large.*4096 bytes/);
      await expectNothingStored();
    });

    it('400 with a clear message for malformed JSON and an empty body', async () => {
      for (const body of ['{"page": "/zh/kaiyuan/employer-registration", "helpful": tru', '{', "{'page': 1}", '']) {
        const res = await postFeedback(t.app, body);
        expect(res.statusCode, body).toBe(400);
        expect(res.json().error, body).toMatch(/^Malformed request: ./);
        expect(res.body, body).not.toMatch(/\bat .*\.(js|ts):\d+/);
      }
      await expectNothingStored();
    });

    it('400 naming the field for wrong types and bad values', async () => {
      for (const [body, field] of [
        [{ ...valid, helpful: 'yes' }, 'helpful'],
        [{ ...valid, helpful: 1 }, 'helpful'],
        [{ page: 42, helpful: true }, 'page'],
        [{ helpful: true }, 'page'],
        [{ ...valid, category: 'spam' }, 'category'],
        [{ ...valid, text: ['a'] }, 'text'],
        [{ ...valid, edition: '2026-13-45' }, 'edition'],
        [{ ...valid, edition: "2026-11-30'; drop table feedback; --" }, 'edition'],
      ] as const) {
        const res = await postFeedback(t.app, body);
        expect(res.statusCode, JSON.stringify(body)).toBe(400);
        expect(res.json().error).toMatch(new RegExp(`^Invalid feedback: .*${field}: `));
        expect(res.json().issues.map((i: { field: string }) => i.field)).toContain(field);
      }
      for (const body of [[], null, 'text', 42]) {
        const res = await postFeedback(t.app, JSON.stringify(body));
        expect(res.statusCode, JSON.stringify(body)).toBe(400);
        expect(res.json().error).toMatch(/^Invalid feedback: \(body\): /);
      }
      await expectNothingStored();
    });

    it('400 for fields the box does not send', async () => {
      for (const extra of [
        { admin: true },
        { status: 'fixed' },
        { id: '00000000-0000-0000-0000-000000000000' },
        { received_at: '2020-01-01' },
      ]) {
        const res = await postFeedback(t.app, { ...valid, ...extra });
        expect(res.statusCode, JSON.stringify(extra)).toBe(400);
        expect(res.json().error).toContain(`Unrecognized key: "${Object.keys(extra)[0]}"`);
      }
      await expectNothingStored();
    });

    it('400 for prototype-pollution keys, and nothing is polluted', async () => {
      for (const body of [
        '{"__proto__": {"polluted": true}, "page": "/zh/kaiyuan/employer-registration", "helpful": true}',
        '{"page": "/zh/kaiyuan/employer-registration", "helpful": true, "constructor": {"prototype": {"polluted": true}}}',
      ]) {
        const res = await postFeedback(t.app, body);
        expect(res.statusCode, body).toBe(400);
        expect(res.json().error).toMatch(/^Malformed request: /);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      await expectNothingStored();
    });

    it('415 for anything but JSON', async () => {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml']) {
        const res = await postFeedback(t.app, { ...valid }, { headers: { 'content-type': type } });
        expect(res.statusCode, type).toBe(415);
        expect(res.json().error).toBe('Send feedback as application/json.');
      }
      const untyped = await t.app.inject({
        method: 'POST',
        url: '/api/feedback',
        headers: { host: HOST, origin: ORIGIN },
        payload: Buffer.from(JSON.stringify(valid)),
      });
      expect(untyped.statusCode).toBe(415);
      expect((await postFeedback(t.app, valid, { headers: { 'content-type': 'application/json; charset=utf-8' } })).statusCode).toBe(201);
    });

    it('400 for text over 500 characters, naming the field', async () => {
      const res = await postFeedback(t.app, { ...valid, text: 'a'.repeat(501) });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toBe('Invalid feedback: text: at most 500 characters');
      await expectNothingStored();
    });

    it('400 for page paths outside the site: traversal, dots, queries, unknown pages', async () => {
      for (const page of [
        '/zh/../../etc/passwd',
        '/zh/kaiyuan/../shenyang',
        '/zh/kaiyuan/employer-registration.html',
        '/zh//kaiyuan',
        '/zh/kaiyuan?item=1',
        '/zh/kaiyuan/employer-registration/',
        '/de/kaiyuan',
        'https://evil.example/zh',
        '/zh/%2e%2e/etc',
        '/zh/kaiyuan/a/b/c',
      ]) {
        const res = await postFeedback(t.app, { page, helpful: true });
        expect(res.statusCode, page).toBe(400);
        expect(res.json().issues[0].field, page).toBe('page');
      }
      const unknown = await postFeedback(t.app, { page: '/zh/kaiyuan/no-such-item', helpful: true });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().error).toBe('Invalid feedback: page: no such page on this site');
      await expectNothingStored();
    });

    it('403 for a POST from another origin, null, a look-alike host, or without Origin', async () => {
      for (const origin of [
        'https://evil.example',
        'null',
        'https://yb.example.cn.evil.test',
        'https://evil-yb.example.cn',
        'https://yb.example.cn:8443',
        'https://yb.example.cn@evil.test',
        'not a url',
      ]) {
        const res = await postFeedback(t.app, valid, { headers: { origin } });
        expect(res.statusCode, origin).toBe(403);
        expect(res.json().error).toBe('Only pages of this site can send feedback.');
      }
      const noOrigin = (site?: string) =>
        t.app.inject({
          method: 'POST',
          url: '/api/feedback',
          headers: { host: HOST, 'content-type': 'application/json', ...(site ? { 'sec-fetch-site': site } : {}) },
          payload: JSON.stringify(valid),
        });
      for (const fetchSite of [undefined, 'cross-site', 'same-site', 'none'])
        expect((await noOrigin(fetchSite)).statusCode, fetchSite).toBe(403);
      await expectNothingStored();
      // A browser that leaves Origin out says Sec-Fetch-Site: same-origin.
      expect((await noOrigin('same-origin')).statusCode).toBe(201);
    });

    it('refuses other origins before reading the body: a huge cross-origin POST is 403, not 413', async () => {
      const res = await postFeedback(t.app, { ...valid, text: 'x'.repeat(10_000) }, { headers: { origin: 'https://evil.example' } });
      expect(res.statusCode).toBe(403);
    });

    it('405 with Allow: POST for other methods, 404 for other APIs', async () => {
      for (const method of ['GET', 'HEAD', 'PUT', 'DELETE', 'PATCH'] as const) {
        const res = await t.app.inject({ method, url: '/api/feedback', headers: { host: HOST } });
        expect(res.statusCode, method).toBe(405);
        expect(res.headers.allow).toBe('POST');
      }
      expect((await t.app.inject({ url: '/api/feedback/../../etc/passwd' })).statusCode).toBe(404);
      expect((await t.app.inject({ url: '/api/admin' })).statusCode).toBe(404);
    });

    it('stores script in the text as text, and the triage page shows it escaped', async () => {
      const text = '<script>alert(1)</script><img src=x onerror=alert(2)> "引号" & \'单引号\'';
      const res = await postFeedback(t.app, { ...valid, category: 'other', text });
      expect(res.statusCode).toBe(201);
      expect((await rows())[0].body).toBe(text);
      const login = await postForm(t.app, '/staff/feedback/login', { password: PASSWORD });
      const cookie = String(login.headers['set-cookie']).split(';')[0];
      const page = await t.app.inject({ url: '/staff/feedback', headers: { host: HOST, cookie } });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain(
        '&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; &quot;引号&quot; &amp; &#39;单引号&#39;',
      );
      expect(page.body).not.toContain('<script>alert');
      expect(page.body).not.toContain('<img src=x');
      expect(page.headers['content-security-policy']).toMatch(/default-src 'none'/);
    });
  });

  describe('rate limit per client', () => {
    let limited: TestApp;
    beforeAll(async () => {
      limited = await feedbackApp(site, t.handle, { perMinute: 3 });
      databases.cleanup(() => limited.app.close());
    });

    it('429 after the limit for one client; another client is unaffected; the address is never stored', async () => {
      const first = '203.0.113.77';
      const second = '198.51.100.23';
      for (let i = 0; i < 3; i++)
        expect((await postFeedback(limited.app, { page: PAGE, helpful: true }, { remoteAddress: first })).statusCode).toBe(201);
      const over = await postFeedback(limited.app, { page: PAGE, helpful: true }, { remoteAddress: first });
      expect(over.statusCode).toBe(429);
      expect(over.json().error).toMatch(/at most 3 a minute/);
      expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
      // A forged X-Forwarded-For from a client that is not the local proxy does not make a new client.
      const forged = await postFeedback(
        limited.app,
        { page: PAGE, helpful: true },
        { remoteAddress: first, headers: { 'x-forwarded-for': '192.0.2.1' } },
      );
      expect(forged.statusCode).toBe(429);
      expect((await postFeedback(limited.app, { page: PAGE, helpful: true }, { remoteAddress: second })).statusCode).toBe(201);
      // Behind the local nginx, each forwarded client has its own allowance.
      const viaProxy = (client: string) =>
        postFeedback(limited.app, { page: PAGE, helpful: true }, { remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': client } });
      expect((await viaProxy('192.0.2.10')).statusCode).toBe(201);
      expect((await viaProxy('192.0.2.11')).statusCode).toBe(201);
      expect(await count()).toBe(6);

      const everything = JSON.stringify([
        await t.db.query('select * from feedback'),
        await t.db.query('select * from staff_session'),
        await t.db.query('select * from schema_migration'),
      ]);
      for (const address of [first, second, '192.0.2.10', '192.0.2.11']) expect(everything).not.toContain(address);
      const columns = await t.db.query<{ column_name: string }>(
        `select column_name from information_schema.columns where table_name = 'feedback'`,
      );
      expect(columns.map((c) => c.column_name)).not.toContain('ip');
      expect(limited.log.join('\n')).not.toMatch(/203\.0\.113|198\.51\.100/);
    });
  });
});
