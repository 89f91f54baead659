// /staff/feedback on each database: no way in without a configured password, sign-in with lockout,
// the session cookie, marking feedback, filters, counts, the 15-working-day deadline, CSV export.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { todayInChina } from '@/lib/calendar';
import { hashPassword } from '@/server/feedback/password';
import {
  DATABASES,
  databaseHandle,
  feedbackApp,
  HOST,
  PAGE,
  postFeedback,
  postForm,
  useDatabases,
  writeFixtureSite,
  type TestApp,
} from '../support/feedback';

const PASSWORD = 'correct horse battery staple';
const databases = useDatabases();
let dir = '';
let site: { root: string; buildDir: string };
let passwordHash = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yibao-feedback-staff-'));
  site = writeFixtureSite(dir);
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The session cookie of a successful sign-in, as the browser sends it back. */
async function signIn(t: TestApp, remoteAddress?: string): Promise<string> {
  const res = await postForm(t.app, '/staff/feedback/login', { password: PASSWORD }, { remoteAddress });
  expect(res.statusCode).toBe(303);
  return String(res.headers['set-cookie']).split(';')[0];
}
const get = (t: TestApp, url: string, cookie?: string) => t.app.inject({ url, headers: { host: HOST, ...(cookie ? { cookie } : {}) } });
/** The ids of the listed feedback, in page order. */
const listed = (html: string) => [...html.matchAll(/<tr data-id="([^"]+)">/g)].map((m) => m[1]);
/** The "Answer by" cell of a listed row (the fifth). */
const answerBy = (html: string, id: string) => {
  const row = html.slice(html.indexOf(`<tr data-id="${id}">`)).split('</tr>')[0];
  return [...row.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)][4]?.[1];
};

type Fixture = {
  received_at: string;
  page: string;
  helpful: boolean;
  category?: string;
  body?: string;
  status?: string;
  fixed_in?: string;
};

describe.each(DATABASES)('/staff/feedback on %s', (kind) => {
  let t: TestApp;
  let off: TestApp;

  /** Inserts feedback as if received at a given time; returns its id. */
  async function insert(f: Fixture): Promise<string> {
    const parts = f.page.split('/');
    const [row] = await t.db.query<{ id: string }>(
      `insert into feedback (received_at, page, locale, city, item, helpful, category, body, status, fixed_in)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
      [
        f.received_at,
        f.page,
        parts[1],
        parts[2] ?? null,
        parts[3] ?? null,
        f.helpful,
        f.category ?? null,
        f.body ?? null,
        f.status ?? 'new',
        f.fixed_in ?? null,
      ],
    );
    return row.id;
  }
  const statusOf = async (id: string) =>
    (await t.db.query<{ status: string; fixed_in: string | null }>('select status, fixed_in from feedback where id = $1', [id]))[0];

  beforeAll(async () => {
    const handle = databaseHandle(await databases.fresh(kind));
    databases.cleanup(() => handle.close());
    t = await feedbackApp(site, handle, { passwordHash });
    off = await feedbackApp(site, handle, { passwordHash: undefined });
    databases.cleanup(() => Promise.all([t.app.close(), off.app.close()]));
  }, 60_000);
  beforeEach(async () => {
    await t.db.query('delete from feedback');
  });

  describe('signing in', () => {
    it('without STAFF_PASSWORD_HASH: 503 saying so, and no way in', async () => {
      const id = await insert({ received_at: '2026-11-30T02:00:00Z', page: PAGE, helpful: false });
      const page = await get(off, '/staff/feedback');
      expect(page.statusCode).toBe(503);
      expect(page.body).toContain('STAFF_PASSWORD_HASH');
      expect(page.body).not.toContain(id);
      for (const password of [PASSWORD, '', 'admin']) {
        const login = await postForm(off.app, '/staff/feedback/login', { password });
        expect(login.statusCode).toBe(303);
        expect(login.headers['set-cookie']).toBeUndefined();
      }
      const forged = `yibao_staff=${'A'.repeat(43)}`;
      expect((await get(off, '/staff/feedback/export.csv', forged)).statusCode).toBe(503);
      expect((await postForm(off.app, `/staff/feedback/${id}/status`, { status: 'confirmed' }, { cookie: forged })).statusCode).toBe(503);
      expect((await statusOf(id)).status).toBe('new');
    });

    it('signed out: the sign-in form (401) instead of the list, the export or a change', async () => {
      const id = await insert({ received_at: '2026-11-30T02:00:00Z', page: PAGE, helpful: false, body: '秘密' });
      for (const cookie of [undefined, `yibao_staff=${'A'.repeat(43)}`, 'yibao_staff=../../etc/passwd', 'yibao_staff=']) {
        const page = await get(t, '/staff/feedback', cookie);
        expect(page.statusCode).toBe(401);
        expect(page.body).toContain('action="/staff/feedback/login"');
        expect(page.body).not.toContain('秘密');
        const csv = await get(t, '/staff/feedback/export.csv', cookie);
        expect(csv.statusCode).toBe(401);
        expect(csv.headers['content-type']).toMatch(/^text\/html/);
        expect((await postForm(t.app, `/staff/feedback/${id}/status`, { status: 'confirmed' }, { cookie })).statusCode).toBe(401);
      }
      expect((await statusOf(id)).status).toBe('new');
    });

    it('401 for a wrong, empty or overlong password, without a cookie', async () => {
      for (const password of ['wrong password', '', `${PASSWORD}x`, PASSWORD.toUpperCase(), 'x'.repeat(201)]) {
        const res = await postForm(t.app, '/staff/feedback/login', { password }, { remoteAddress: `192.0.2.${password.length % 200}` });
        expect(res.statusCode, password).toBe(401);
        expect(res.body).toContain('Wrong password');
        expect(res.headers['set-cookie']).toBeUndefined();
      }
    });

    it('locks a client out after 5 failures, even with the right password; another client signs in', async () => {
      const fresh = await feedbackApp(site, t.handle, { passwordHash });
      try {
        const attacker = '203.0.113.9';
        for (let i = 0; i < 5; i++)
          expect(
            (await postForm(fresh.app, '/staff/feedback/login', { password: `guess ${i}` }, { remoteAddress: attacker })).statusCode,
          ).toBe(401);
        for (const password of ['guess 6', PASSWORD]) {
          const locked = await postForm(fresh.app, '/staff/feedback/login', { password }, { remoteAddress: attacker });
          expect(locked.statusCode).toBe(429);
          expect(Number(locked.headers['retry-after'])).toBeGreaterThanOrEqual(60);
          expect(locked.body).toContain('Too many attempts');
          expect(locked.headers['set-cookie']).toBeUndefined();
        }
        const other = await postForm(fresh.app, '/staff/feedback/login', { password: PASSWORD }, { remoteAddress: '198.51.100.4' });
        expect(other.statusCode).toBe(303);
        expect(String(other.headers['set-cookie'])).toMatch(/^yibao_staff=/);
      } finally {
        await fresh.app.close();
      }
    });

    it('sets an HttpOnly, SameSite=Strict session cookie for /staff/ only, kept hashed in the database', async () => {
      const res = await postForm(t.app, '/staff/feedback/login', { password: PASSWORD });
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe('/staff/feedback');
      const cookie = String(res.headers['set-cookie']);
      const attributes = cookie.split(/;\s*/).slice(1);
      expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/staff/', 'Max-Age=28800']));
      expect(attributes).not.toContain('Secure');
      const token = cookie.split(';')[0].split('=')[1];
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const sessions = await t.db.query<{ token_hash: string }>('select token_hash from staff_session');
      expect(sessions.map((s) => s.token_hash)).not.toContain(token);
      // Behind the local nginx over HTTPS, the cookie is Secure too.
      const https = await postForm(
        t.app,
        '/staff/feedback/login',
        { password: PASSWORD },
        { remoteAddress: '127.0.0.1', headers: { 'x-forwarded-proto': 'https' } },
      );
      expect(String(https.headers['set-cookie']).split(/;\s*/)).toContain('Secure');
    });

    it('refuses a sign-in, a change or a sign-out posted from another origin (403)', async () => {
      const cookie = await signIn(t);
      const id = await insert({ received_at: '2026-11-30T02:00:00Z', page: PAGE, helpful: false });
      for (const origin of ['https://evil.example', 'null', 'https://yb.example.cn.evil.test']) {
        const headers = { origin };
        const login = await postForm(t.app, '/staff/feedback/login', { password: PASSWORD }, { headers });
        expect(login.statusCode, origin).toBe(403);
        expect(login.headers['set-cookie']).toBeUndefined();
        expect((await postForm(t.app, `/staff/feedback/${id}/status`, { status: 'not-a-problem' }, { cookie, headers })).statusCode).toBe(
          403,
        );
        expect((await postForm(t.app, '/staff/feedback/logout', {}, { cookie, headers })).statusCode).toBe(403);
      }
      expect((await statusOf(id)).status).toBe('new');
      expect((await get(t, '/staff/feedback', cookie)).statusCode).toBe(200);
    });

    it('signing out ends the session: the old cookie no longer opens anything', async () => {
      const cookie = await signIn(t);
      expect((await get(t, '/staff/feedback', cookie)).statusCode).toBe(200);
      const out = await postForm(t.app, '/staff/feedback/logout', {}, { cookie });
      expect(out.statusCode).toBe(303);
      expect(String(out.headers['set-cookie'])).toMatch(/^yibao_staff=;.*Expires=Thu, 01 Jan 1970/);
      expect((await get(t, '/staff/feedback', cookie)).statusCode).toBe(401);
      expect((await get(t, '/staff/feedback/export.csv', cookie)).statusCode).toBe(401);
    });

    it('an expired session opens nothing', async () => {
      const cookie = await signIn(t);
      await t.db.query(`update staff_session set expires_at = now() - interval '1 minute'`);
      expect((await get(t, '/staff/feedback', cookie)).statusCode).toBe(401);
    });
  });

  describe('signed in', () => {
    let cookie = '';
    beforeAll(async () => {
      cookie = await signIn(t);
    });

    it('moves feedback through new → confirmed → fixed in an edition → not a problem', async () => {
      const id = await insert({ received_at: '2026-11-30T02:00:00Z', page: PAGE, helpful: false });
      const confirm = await postForm(
        t.app,
        `/staff/feedback/${id}/status`,
        { status: 'confirmed', back: '/staff/feedback?status=new' },
        { cookie },
      );
      expect(confirm.statusCode).toBe(303);
      expect(confirm.headers.location).toBe('/staff/feedback?status=new');
      expect(await statusOf(id)).toEqual({ status: 'confirmed', fixed_in: null });

      const noEdition = await postForm(t.app, `/staff/feedback/${id}/status`, { status: 'fixed', fixed_in: '  ' }, { cookie });
      expect(noEdition.statusCode).toBe(400);
      expect(noEdition.body).toContain('Give the edition that fixed it');
      expect((await statusOf(id)).status).toBe('confirmed');

      expect(
        (await postForm(t.app, `/staff/feedback/${id}/status`, { status: 'fixed', fixed_in: '2026-12-15' }, { cookie })).statusCode,
      ).toBe(303);
      expect(await statusOf(id)).toEqual({ status: 'fixed', fixed_in: '2026-12-15' });
      const [changed] = await t.db.query<{ status_changed_at: Date | null }>('select status_changed_at from feedback where id = $1', [id]);
      expect(changed.status_changed_at).toBeInstanceOf(Date);

      expect(
        (await postForm(t.app, `/staff/feedback/${id}/status`, { status: 'not-a-problem', fixed_in: 'x' }, { cookie })).statusCode,
      ).toBe(303);
      expect(await statusOf(id)).toEqual({ status: 'not-a-problem', fixed_in: null });

      for (const status of ['deleted', '', 'NEW', "new'; drop table feedback; --"])
        expect((await postForm(t.app, `/staff/feedback/${id}/status`, { status }, { cookie })).statusCode, status).toBe(400);
      expect((await statusOf(id)).status).toBe('not-a-problem');
    });

    it('sends back only to a triage page, never elsewhere', async () => {
      const id = await insert({ received_at: '2026-11-30T02:00:00Z', page: PAGE, helpful: false });
      for (const back of [
        'https://evil.example/',
        '//evil.example/staff/feedback',
        '/staff/feedback/../../admin',
        '/staff/feedback?x=1 2',
        'javascript:alert(1)',
      ])
        expect(
          (await postForm(t.app, `/staff/feedback/${id}/status`, { status: 'confirmed', back }, { cookie })).headers.location,
          back,
        ).toBe('/staff/feedback');
    });

    it('refuses ids that are not feedback ids, touching nothing: traversal, SQL, unknown', async () => {
      const id = await insert({ received_at: '2026-11-30T02:00:00Z', page: PAGE, helpful: false });
      for (const path of [
        '..%2F..%2Fetc%2Fpasswd',
        '..%252F..%252Fetc%252Fpasswd',
        '%2e%2e',
        'not-a-uuid',
        id.toUpperCase(),
        `${id}%00`,
        "1'%20or%20'1'%3D'1",
      ]) {
        const res = await postForm(t.app, `/staff/feedback/${path}/status`, { status: 'fixed', fixed_in: 'x' }, { cookie });
        // 400 from the id check, or 404 where the router already resolved the dots (%2e%2e).
        expect([400, 404], path).toContain(res.statusCode);
        expect(res.body).not.toContain('root:');
      }
      const unknown = await postForm(
        t.app,
        '/staff/feedback/00000000-0000-4000-8000-000000000000/status',
        { status: 'confirmed' },
        { cookie },
      );
      expect(unknown.statusCode).toBe(404);
      for (const url of ['/staff/feedback/../../etc/passwd', '/staff/feedback/%2e%2e/%2e%2e/etc/passwd', '/staff/..%2F..%2Fetc%2Fpasswd']) {
        const res = await get(t, url, cookie);
        expect([400, 404], url).toContain(res.statusCode);
        expect(res.body).not.toContain('root:');
      }
      expect(await statusOf(id)).toEqual({ status: 'new', fixed_in: null });
    });

    it('lists newest first and filters by city, item, category, status and rating', async () => {
      const a = await insert({ received_at: '2026-11-01T02:00:00Z', page: PAGE, helpful: false, category: 'window-differs' });
      const b = await insert({
        received_at: '2026-11-03T02:00:00Z',
        page: '/zh/kaiyuan/maternity',
        helpful: false,
        category: 'outdated-or-wrong',
        status: 'confirmed',
      });
      const c = await insert({ received_at: '2026-11-02T02:00:00Z', page: '/en/kaiyuan/employer-registration', helpful: true });
      const d = await insert({
        received_at: '2026-11-04T02:00:00Z',
        page: '/zh/checklist',
        helpful: false,
        category: 'other',
        status: 'fixed',
        fixed_in: '2026-11-20',
      });
      const e = await insert({
        received_at: '2026-11-05T02:00:00Z',
        page: '/zh/shenyang/retirement',
        helpful: false,
        category: 'window-differs',
      });
      const list = async (query = '') => {
        const res = await get(t, `/staff/feedback${query}`, cookie);
        expect(res.statusCode).toBe(200);
        return listed(res.body);
      };
      expect(await list()).toEqual([e, d, b, c, a]);
      expect(await list('?city=kaiyuan')).toEqual([b, c, a]);
      expect(await list('?city=kaiyuan&item=employer-registration')).toEqual([c, a]);
      expect(await list('?item=maternity')).toEqual([b]);
      expect(await list('?category=window-differs')).toEqual([e, a]);
      expect(await list('?status=confirmed')).toEqual([b]);
      expect(await list('?status=fixed')).toEqual([d]);
      expect(await list('?helpful=yes')).toEqual([c]);
      expect(await list('?helpful=no&city=kaiyuan')).toEqual([b, a]);
      // Values that are not filters are dropped, not passed on.
      expect(await list("?city=kaiyuan'%20or%20'1'%3D'1&status=bogus&helpful=maybe")).toEqual([e, d, b, c, a]);
      expect(await list('?city=kaiyuan&city=shenyang')).toEqual([e, d, b, c, a]);
      const page = await get(t, '/staff/feedback?city=kaiyuan', cookie);
      expect(page.body).toContain('（3 条，最新在前 · 3 in all, newest first）');
      expect(page.body).toContain('<option value="kaiyuan" selected>开原</option>');
      expect(page.body).toContain('href="/staff/feedback/export.csv?city=kaiyuan"');
    });

    it('counts "not helpful" per item, with how many are still open', async () => {
      for (const status of ['new', 'confirmed', 'fixed'])
        await insert({ received_at: '2026-11-01T02:00:00Z', page: PAGE, helpful: false, status, fixed_in: '2026-11-20' });
      await insert({ received_at: '2026-11-01T02:00:00Z', page: PAGE, helpful: true });
      await insert({ received_at: '2026-11-01T02:00:00Z', page: '/zh/kaiyuan/maternity', helpful: false });
      const page = (await get(t, '/staff/feedback', cookie)).body;
      const counts = [
        ...page.matchAll(
          /<tr><td[^>]*><a href="\/staff\/feedback\?([^"]+)">([^<]+)<\/a><\/td><td[^>]*>(\d+)<\/td><td[^>]*>(\d+)<\/td><\/tr>/g,
        ),
      ].map((m) => [m[1], m[2], Number(m[3]), Number(m[4])]);
      expect(counts).toEqual([
        ['city=kaiyuan&amp;item=employer-registration&amp;helpful=no', '开原 1. 参保单位登记', 3, 2],
        ['city=kaiyuan&amp;item=maternity&amp;helpful=no', '开原 20. 生育津贴', 1, 1],
      ]);
    });

    it('gives each bad rating its answer date: 15 working days by the holiday calendar, in China time', async () => {
      // Received Thursday 24 September 2026, 00:30 in China (still the 23rd in UTC). In content/calendar.ts,
      // 25–27 September (中秋) and 1–7 October (国庆) are holidays and Saturday 10 October is worked:
      // 28, 29, 30 Sep; 8, 9, 10, 12–16, 19–22 Oct → the 15th working day is 22 October (15 October
      // counting weekends only; 21 October counting from the UTC date).
      const before = await insert({ received_at: '2026-09-23T16:30:00Z', page: PAGE, helpful: false });
      const fixed = await insert({
        received_at: '2026-09-23T16:30:00Z',
        page: PAGE,
        helpful: false,
        status: 'fixed',
        fixed_in: '2026-10-01',
      });
      const good = await insert({ received_at: '2026-09-23T16:30:00Z', page: PAGE, helpful: true });
      const recent = await insert({ received_at: new Date().toISOString(), page: PAGE, helpful: false });
      const page = (await get(t, '/staff/feedback', cookie)).body;
      const overdue = todayInChina() > '2026-10-22';
      expect(answerBy(page, before)).toBe(
        overdue ? '<span class="overdue">已逾期 Overdue: 2026-10-22</span>' : '<span class="">2026-10-22</span>',
      );
      expect(answerBy(page, fixed)).toBe('<span class="">2026-10-22</span>');
      expect(answerBy(page, good)).toBe('—');
      expect(answerBy(page, recent)).not.toContain('Overdue');

      const csv = (await get(t, '/staff/feedback/export.csv', cookie)).body;
      const line = csv.split('\r\n').find((l) => l.startsWith(`"${before}"`))!;
      expect(line).toContain(`"2026-10-22","${overdue ? 'yes' : 'no'}","new"`);
    });

    it('exports CSV for a spreadsheet: BOM, CRLF, every field quoted, formulas made inert, the filter kept', async () => {
      const texts = [
        '=HYPERLINK("https://evil.example","点这里")',
        '+1+2',
        '-2+3',
        '@SUM(A1:A9)',
        '第一行\n=第二行',
        '他说"要原件"，逗号,分号;',
      ];
      for (const text of texts)
        expect((await postFeedback(t.app, { page: PAGE, helpful: false, category: 'other', text })).statusCode).toBe(201);
      await insert({ received_at: '2026-11-01T02:00:00Z', page: '/zh/shenyang/retirement', helpful: false, body: 'other city' });
      const res = await get(t, '/staff/feedback/export.csv?city=kaiyuan', cookie);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="feedback-\d{4}-\d{2}-\d{2}\.csv"$/);
      expect(res.headers['cache-control']).toBe('no-store');
      const body = res.rawPayload.toString('utf8');
      expect(body.startsWith('\ufeff"id","received_at","city","item","item_name","page",')).toBe(true);
      expect(body.endsWith('\r\n')).toBe(true);
      expect(body).not.toContain('other city');
      const cells = body.match(/"(?:[^"]|"")*"/g)!;
      expect(body.replace(/"(?:[^"]|"")*"/g, '').replace(/^\ufeff/, '')).toMatch(/^[,\r\n]*$/);
      expect(cells).toEqual(
        expect.arrayContaining([
          `"'=HYPERLINK(""https://evil.example"",""点这里"")"`,
          `"'+1+2"`,
          `"'-2+3"`,
          `"'@SUM(A1:A9)"`,
          '"第一行\n=第二行"',
          '"他说""要原件""，逗号,分号;"',
          '"开原 1. 参保单位登记"',
          '"other 其他"',
        ]),
      );
      // No cell a spreadsheet would evaluate.
      expect(cells.filter((c) => /^"[=+\-@]/.test(c))).toEqual([]);
      expect(body.split('\r\n').filter(Boolean)).toHaveLength(1 + texts.length);
    });
  });
});
