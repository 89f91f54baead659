// /staff/feedback: where office staff read what residents reported, mark it and export it. Protected by
// one password configured as a hash (STAFF_PASSWORD_HASH); sessions are random tokens kept hashed in the
// database and sent as an HttpOnly, SameSite=Strict cookie scoped to /staff/; repeated failures lock the
// login (per client, and for everyone after many failures from anywhere). Server-rendered, no script.
import { createHash, randomBytes } from 'node:crypto';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import calendarData from '@/content/calendar';
import { addWorkingDays, todayInChina, workingCalendar } from '@/lib/calendar';
import { FEEDBACK_CATEGORIES } from '@/lib/feedback/constants';
import type { DatabaseHandle } from './connection';
import type { Database } from './database';
import { verifyPassword } from './password';
import { sameOrigin } from './request';
import {
  countFeedback,
  facets,
  listFeedback,
  notHelpfulByItem,
  setStatus,
  STATUSES,
  type FeedbackFilter,
  type FeedbackRow,
  type Status,
} from './store';
import { feedbackCsv } from './csv';
import { renderLogin, renderMessage, renderTriage, STAFF_CSP, type Catalog } from './staff-html';

export const SESSION_COOKIE = 'yibao_staff';
const SESSION_HOURS = 8;
/** Working days within which a bad rating is to be answered (政务服务"好差评"). */
export const ANSWER_WITHIN_WORKING_DAYS = 15;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type StaffOptions = {
  database: DatabaseHandle;
  /** scrypt hash of the staff password; undefined: triage is switched off. */
  passwordHash?: string;
  clientKey: (req: FastifyRequest) => string;
  catalog: () => Catalog;
  origins?: string[];
  lockout?: LockoutRules;
  log: (line: string) => void;
};

export type LockoutRules = { perClient: number; everyone: number; windowMs: number };
const DEFAULT_LOCKOUT: LockoutRules = { perClient: 5, everyone: 50, windowMs: 15 * 60_000 };

/** Failed logins in a sliding window: per client key and overall. */
export class Lockout {
  private failures = new Map<string, number[]>();
  private all: number[] = [];
  constructor(private readonly rules: LockoutRules = DEFAULT_LOCKOUT) {}
  private recent = (times: number[], now: number) => times.filter((t) => now - t < this.rules.windowMs);
  /** Minutes until this client may try again, or 0. */
  lockedFor(key: string, now = Date.now()): number {
    const mine = this.recent(this.failures.get(key) ?? [], now);
    this.all = this.recent(this.all, now);
    const blocking = mine.length >= this.rules.perClient ? mine : this.all.length >= this.rules.everyone ? this.all : undefined;
    if (!blocking) return 0;
    return Math.max(1, Math.ceil((blocking[0] + this.rules.windowMs - now) / 60_000));
  }
  fail(key: string, now = Date.now()) {
    this.failures.set(key, [...this.recent(this.failures.get(key) ?? [], now), now]);
    this.all.push(now);
    if (this.failures.size > 10_000) this.failures.clear();
  }
  succeed(key: string) {
    this.failures.delete(key);
  }
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
const one = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** The filter of a triage URL's query; unknown values are dropped. */
export function readFilter(query: Record<string, unknown>): FeedbackFilter {
  const slug = (v?: string) => (v && /^[a-z0-9-]{1,80}$/.test(v) ? v : undefined);
  const category = one(query.category);
  const status = one(query.status);
  const helpful = one(query.helpful);
  return {
    city: slug(one(query.city)),
    item: slug(one(query.item)),
    category: (FEEDBACK_CATEGORIES as readonly string[]).includes(category ?? '') ? category : undefined,
    status: (STATUSES as readonly string[]).includes(status ?? '') ? status : undefined,
    helpful: helpful === 'yes' ? true : helpful === 'no' ? false : undefined,
  };
}

const calendar = workingCalendar(calendarData);
/** When a bad rating received at `receivedAt` is due to be answered. */
export function answerDue(receivedAt: Date): string {
  return addWorkingDays(todayInChina(receivedAt), ANSWER_WITHIN_WORKING_DAYS, calendar).date;
}

export async function staffPages(app: FastifyInstance, options: StaffOptions) {
  const { database, passwordHash, clientKey, catalog, origins = [], log } = options;
  const lockout = new Lockout(options.lockout);
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 2048 });

  app.addHook('onRequest', async (req, reply) => {
    reply.header('cache-control', 'no-store').header('content-security-policy', STAFF_CSP).header('x-robots-tag', 'noindex');
    // Every form post must come from these pages (with SameSite=Strict, a second guard against forgery).
    if (req.method === 'POST' && !sameOrigin(req, origins))
      return html(
        reply.code(403),
        renderMessage('拒绝请求 Request refused', '请从本站的员工页面提交。Submit from this site’s staff pages.'),
      );
  });

  const html = (reply: FastifyReply, body: string) => reply.type('text/html; charset=utf-8').send(body);
  const unavailable = (reply: FastifyReply) =>
    html(
      reply.code(503).header('retry-after', '30'),
      renderMessage(
        '暂时无法使用 Unavailable',
        '反馈数据库暂时无法连接，请稍后再试。The feedback database cannot be reached; try again in a minute.',
      ),
    );

  const secure = (req: FastifyRequest) => req.protocol === 'https';
  async function session(req: FastifyRequest, db: Database): Promise<boolean> {
    const token = req.cookies[SESSION_COOKIE];
    if (!token || !/^[A-Za-z0-9_-]{43}$/.test(token)) return false;
    const rows = await db.query('select 1 from staff_session where token_hash = $1 and expires_at > now()', [tokenHash(token)]);
    return rows.length === 1;
  }

  /** Runs a page for a signed-in member of staff; otherwise the login form (or why there is none). */
  const guarded =
    (handler: (req: FastifyRequest, reply: FastifyReply, db: Database) => Promise<unknown>) =>
    async (req: FastifyRequest, reply: FastifyReply) => {
      if (!passwordHash)
        return html(
          reply.code(503),
          renderMessage(
            '未启用 Not configured',
            '员工反馈页面尚未设置密码（STAFF_PASSWORD_HASH）。Staff triage is switched off until STAFF_PASSWORD_HASH is set; see the README.',
          ),
        );
      const db = await database.get();
      if (!db) return unavailable(reply);
      try {
        if (!(await session(req, db))) return html(reply.code(401), renderLogin());
        return await handler(req, reply, db);
      } catch (err) {
        log(`503 ${req.method} ${req.url.slice(0, 80)}: ${err instanceof Error ? err.message.split('\n')[0].slice(0, 120) : String(err)}`);
        return unavailable(reply);
      }
    };

  app.get(
    '/staff/feedback',
    guarded(async (req, reply, db) => {
      const filter = readFilter(req.query as Record<string, unknown>);
      const [rows, total, counts, values] = await Promise.all([
        listFeedback(db, filter),
        countFeedback(db, filter),
        notHelpfulByItem(db),
        facets(db),
      ]);
      const today = todayInChina();
      return html(
        reply,
        renderTriage({
          rows: rows.map((r) => withDue(r, today)),
          total,
          counts,
          filter,
          values,
          catalog: catalog(),
          query: queryString(filter),
        }),
      );
    }),
  );

  app.get(
    '/staff/feedback/export.csv',
    guarded(async (req, reply, db) => {
      const filter = readFilter(req.query as Record<string, unknown>);
      const rows = await listFeedback(db, filter, 100_000);
      const today = todayInChina();
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="feedback-${today}.csv"`)
        .send(
          feedbackCsv(
            rows.map((r) => withDue(r, today)),
            catalog(),
          ),
        );
    }),
  );

  app.post(
    '/staff/feedback/:id/status',
    guarded(async (req, reply, db) => {
      const { id } = req.params as { id: string };
      const body = (req.body ?? {}) as Record<string, unknown>;
      const status = one(body.status) as Status | undefined;
      const fixedIn = one(body.fixed_in)?.trim().slice(0, 40);
      if (!UUID.test(id) || !status || !STATUSES.includes(status))
        return html(reply.code(400), renderMessage('无效请求 Bad request', '没有这条反馈或状态。No such feedback or status.'));
      if (status === 'fixed' && !fixedIn)
        return html(
          reply.code(400),
          renderMessage('请填写版本 Edition needed', '标记为“已修正”时请填写修正所在的版本（核对日期）。Give the edition that fixed it.'),
        );
      if (!(await setStatus(db, id, status, fixedIn)))
        return html(
          reply.code(404),
          renderMessage('没有这条反馈 Not found', '它可能已按保留期限删除。It may have been deleted after the retention period.'),
        );
      const back = one(body.back);
      return reply.redirect(back && /^\/staff\/feedback(\?[^\s]*)?$/.test(back) ? back : '/staff/feedback', 303);
    }),
  );

  app.post('/staff/feedback/login', async (req, reply) => {
    if (!passwordHash) return reply.redirect('/staff/feedback', 303);
    const key = clientKey(req);
    const wait = lockout.lockedFor(key);
    if (wait)
      return html(
        reply.code(429).header('retry-after', String(wait * 60)),
        renderLogin(`尝试次数过多，请 ${wait} 分钟后再试。Too many attempts: try again in ${wait} min.`),
      );
    const password = one((req.body as Record<string, unknown> | undefined)?.password) ?? '';
    if (!password || password.length > 200 || !(await verifyPassword(password, passwordHash))) {
      lockout.fail(key);
      log(`401 staff login failed`);
      return html(reply.code(401), renderLogin('密码不正确。Wrong password.'));
    }
    lockout.succeed(key);
    const db = await database.get();
    if (!db) return unavailable(reply);
    const token = randomBytes(32).toString('base64url');
    await db.query(`insert into staff_session (token_hash, expires_at) values ($1, now() + make_interval(hours => $2))`, [
      tokenHash(token),
      SESSION_HOURS,
    ]);
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/staff/',
      httpOnly: true,
      sameSite: 'strict',
      secure: secure(req),
      maxAge: SESSION_HOURS * 3600,
    });
    return reply.redirect('/staff/feedback', 303);
  });

  app.post('/staff/feedback/logout', async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    const db = await database.get();
    if (token && db) await db.query('delete from staff_session where token_hash = $1', [tokenHash(token)]).catch(() => {});
    reply.clearCookie(SESSION_COOKIE, { path: '/staff/' });
    return reply.redirect('/staff/feedback', 303);
  });

  app.all('/staff/*', (_req, reply) => html(reply.code(404), renderMessage('没有这个页面 Not found', '')));
}

export type TriageRow = FeedbackRow & { due?: string; overdue: boolean };
function withDue(row: FeedbackRow, today: string): TriageRow {
  if (row.helpful) return { ...row, overdue: false };
  const due = answerDue(row.received_at);
  return { ...row, due, overdue: (row.status === 'new' || row.status === 'confirmed') && today > due };
}

function queryString(filter: FeedbackFilter): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (v !== undefined) q.set(k, k === 'helpful' ? (v ? 'yes' : 'no') : String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
