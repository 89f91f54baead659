// The feedback database on each kind: migrations run once, retention deletes only old feedback, and
// when the database cannot be reached the API answers 503 while the static site serves on.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '@/server/app';
import { feedbackConfig } from '@/server/feedback/config';
import { migrate, openDatabase, type DatabaseConfig } from '@/server/feedback/database';
import { MIGRATIONS } from '@/server/feedback/migrations';
import { hashPassword } from '@/server/feedback/password';
import { deleteOlderThan } from '@/server/feedback/store';
import { startPostgres } from '@/scripts/lib/postgres';
import {
  DATABASES,
  databaseHandle,
  feedbackApp,
  HOST,
  PAGE,
  postFeedback,
  testPort,
  useDatabases,
  writeFixtureSite,
} from '../support/feedback';

const databases = useDatabases();
let dir = '';
let site: { root: string; buildDir: string };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'yibao-feedback-db-test-'));
  site = writeFixtureSite(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(DATABASES)('the feedback database on %s', (kind) => {
  it('runs each migration once: a second run is a no-op, one schema_migration row per migration', { timeout: 60_000 }, async () => {
    const db = await openDatabase(await databases.fresh(kind));
    try {
      expect(await migrate(db)).toEqual([]);
      expect(await migrate(db)).toEqual([]);
      const rows = await db.query<{ id: number; name: string }>('select id, name from schema_migration order by id');
      expect(rows).toEqual(MIGRATIONS.map(({ id, name }) => ({ id, name })));
      const tables = await db.query<{ table_name: string }>(
        `select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
      );
      expect(tables.map((t) => t.table_name)).toEqual(['feedback', 'schema_migration', 'staff_session']);
    } finally {
      await db.close();
    }
  });

  it('deletes feedback older than the retention period, and nothing newer', { timeout: 60_000 }, async () => {
    const config = await databases.fresh(kind);
    const db = await openDatabase(config);
    const insert = (daysAgo: number) =>
      db.query(
        `insert into feedback (received_at, page, locale, helpful, body) values (now() - make_interval(days => $1), $2, 'zh', false, $3)`,
        [daysAgo, PAGE, `${daysAgo} days ago`],
      );
    for (const daysAgo of [800, 731, 729, 1, 0]) await insert(daysAgo);
    await db.query(`insert into staff_session (token_hash, expires_at) values ('x', now() + interval '1 hour')`);
    expect(await deleteOlderThan(db, 730)).toBe(2);
    expect(await deleteOlderThan(db, 730)).toBe(0);
    const left = await db.query<{ body: string }>('select body from feedback order by received_at');
    expect(left.map((r) => r.body)).toEqual(['729 days ago', '1 days ago', '0 days ago']);
    expect(await db.query('select * from staff_session')).toHaveLength(1);
    await db.close();

    // npm start prunes at start with FEEDBACK_RETENTION_DAYS.
    const env = kind === 'postgres' ? { DATABASE_URL: config.url } : { FEEDBACK_DATA_DIR: config.dataDir };
    const started = feedbackConfig({ NODE_ENV: 'test', ...env, FEEDBACK_RETENTION_DAYS: '2' });
    expect(await started.start()).toMatch(/^Feedback: /);
    const reopened = (await started.options.database.get())!;
    expect((await reopened.query<{ body: string }>('select body from feedback order by received_at')).map((r) => r.body)).toEqual([
      '1 days ago',
      '0 days ago',
    ]);
    await started.options.database.close();
  });
});

if (DATABASES.includes('postgres'))
  describe('servers starting together on one PostgreSQL', () => {
    it('all open it, and each migration is applied once', { timeout: 60_000 }, async () => {
      const config = await databases.fresh('postgres');
      const opened = await Promise.allSettled([openDatabase(config), openDatabase(config), openDatabase(config)]);
      const dbs = opened.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
      await Promise.all(dbs.map((db) => db.close()));
      expect(opened.map((o) => (o.status === 'rejected' ? String(o.reason) : 'opened'))).toEqual(['opened', 'opened', 'opened']);
      const db = await openDatabase(config);
      expect(await db.query('select id from schema_migration')).toHaveLength(MIGRATIONS.length);
      await db.close();
    });
  });

describe('when the database cannot be reached', () => {
  let passwordHash = '';
  beforeAll(async () => {
    passwordHash = await hashPassword('correct horse battery staple');
  });

  const unreachable: [string, () => Promise<DatabaseConfig>][] = [
    [
      'PostgreSQL: DATABASE_URL names a closed port',
      async () => ({ url: `postgres://postgres@127.0.0.1:${await testPort()}/feedback`, dataDir: '' }),
    ],
    [
      'PGlite: the data directory cannot be created',
      async () => {
        const file = join(dir, 'not-a-directory');
        writeFileSync(file, '');
        return { dataDir: join(file, 'feedback') };
      },
    ],
  ];

  it.each(unreachable)('%s: POST is 503 with Retry-After, the static pages 200', { timeout: 60_000 }, async (_name, config) => {
    const log: string[] = [];
    const handle = databaseHandle(await config(), log);
    const { app } = await createApp({
      ...site,
      log: (line) => log.push(line),
      feedback: { database: handle, perMinute: 100, passwordHash },
    });
    try {
      for (let i = 0; i < 2; i++) {
        const res = await postFeedback(app, { page: PAGE, helpful: false, text: '窗口要原件' });
        expect(res.statusCode).toBe(503);
        expect(res.headers['retry-after']).toBe('30');
        expect(res.json()).toEqual({ error: 'Feedback cannot be stored right now. Please try again later.' });
      }
      expect((await app.inject({ url: '/api/health' })).statusCode).toBe(503);
      for (const url of ['/', PAGE, '/en/kaiyuan/employer-registration', '/data/kaiyuan.json']) {
        const page = await app.inject({ url, headers: { host: HOST } });
        expect(page.statusCode, url).toBe(200);
      }
      expect((await app.inject({ url: '/ky/1' })).statusCode).toBe(302);
      const staff = await app.inject({ url: '/staff/feedback', headers: { host: HOST } });
      expect(staff.statusCode).toBe(503);
      expect(staff.headers['retry-after']).toBe('30');
      // One short line about the database, no stack trace, and it is not retried on every request.
      expect(log.filter((l) => l.startsWith('feedback database unavailable'))).toHaveLength(1);
      expect(log.join('\n')).not.toMatch(/\n\s+at /);
    } finally {
      await app.close();
      await handle.close();
    }
  });

  if (DATABASES.includes('postgres'))
    it('PostgreSQL stops while serving: 201, then 503 while it is down, the site still 200', { timeout: 60_000 }, async () => {
      const cluster = await startPostgres(await testPort());
      try {
        const handle = databaseHandle({ url: await cluster.createDatabase('feedback'), dataDir: '' });
        const t = await feedbackApp(site, handle);
        try {
          expect((await postFeedback(t.app, { page: PAGE, helpful: true })).statusCode).toBe(201);
          await cluster.stop();
          const res = await postFeedback(t.app, { page: PAGE, helpful: true });
          expect(res.statusCode).toBe(503);
          expect(res.headers['retry-after']).toBe('30');
          expect(t.log.some((l) => l.startsWith('503 POST /api/feedback'))).toBe(true);
          expect((await t.app.inject({ url: PAGE })).statusCode).toBe(200);
        } finally {
          await t.app.close();
          await handle.close();
        }
      } finally {
        await cluster.stop();
      }
    });
});
