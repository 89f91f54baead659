// What the feedback server tests share: a small fixture site (pages the API accepts, the JSON export
// the staff pages name items from), a fresh database of each kind (PGlite in a temporary directory, or
// a database in a throwaway PostgreSQL cluster), an app on them, and requests as a browser sends them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { createApp, type FeedbackOptions } from '@/server/app';
import { DatabaseHandle } from '@/server/feedback/connection';
import type { Database, DatabaseConfig } from '@/server/feedback/database';
import { postgresBinDir, startPostgres, type PostgresCluster } from '@/scripts/lib/postgres';
import { freePort } from '@/scripts/lib/servers';

export type DatabaseKind = 'pglite' | 'postgres';

/**
 * The databases every suite runs on. PostgreSQL is left out only on a machine without it and outside
 * CI; in CI (CI set) its variant runs and fails, saying what to install, rather than being skipped.
 */
export const DATABASES: DatabaseKind[] = postgresBinDir() || process.env.CI ? ['pglite', 'postgres'] : ['pglite'];
if (!DATABASES.includes('postgres'))
  console.warn('PostgreSQL not installed: the feedback tests run on PGlite only (apt-get install postgresql; in CI they fail instead)');

/** A free loopback port: in TEST_PORTS ("3700-3799") when set, else any the system gives. */
export function testPort(): Promise<number> {
  const range = process.env.TEST_PORTS?.match(/^(\d+)-(\d+)$/);
  return freePort(range ? [Number(range[1]), Number(range[2])] : undefined);
}

export const HOST = 'yb.example.cn';
export const ORIGIN = `https://${HOST}`;
export const PAGE = '/zh/kaiyuan/employer-registration';

/** The fixture site: a city list page, one service page in both languages, the checklist, the JSON export. */
export function writeFixtureSite(dir: string): { root: string; buildDir: string } {
  const root = join(dir, 'out');
  const buildDir = join(dir, 'build');
  for (const d of ['zh/kaiyuan', 'en/kaiyuan', 'data']) mkdirSync(join(root, d), { recursive: true });
  mkdirSync(buildDir, { recursive: true });
  const html = (title: string) => `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1></body></html>`;
  for (const [file, title] of [
    ['index.html', '医保办事指南'],
    ['404.html', 'Not found'],
    ['400.html', 'Bad request'],
    ['zh.html', '医保办事指南'],
    ['zh/kaiyuan.html', '开原'],
    ['zh/kaiyuan/employer-registration.html', '参保单位登记'],
    ['zh/kaiyuan/maternity.html', '生育津贴'],
    ['en/kaiyuan/employer-registration.html', 'Employer registration'],
    ['zh/checklist.html', '材料清单'],
  ])
    writeFileSync(join(root, file), html(title));
  writeFileSync(
    join(root, 'data', 'kaiyuan.json'),
    JSON.stringify({
      id: 'kaiyuan',
      name: { zh: '开原', en: 'Kaiyuan' },
      items: [
        { id: 'employer-registration', number: '1', title: { zh: '参保单位登记', en: 'Employer registration' } },
        { id: 'maternity', number: '20', title: { zh: '生育津贴', en: 'Maternity allowance' } },
      ],
    }),
  );
  writeFileSync(join(buildDir, 'csp.json'), JSON.stringify({}));
  writeFileSync(join(buildDir, 'short-urls.json'), JSON.stringify({ '/ky/1': PAGE }));
  return { root, buildDir };
}

/**
 * Fresh databases for one test file: each call gives an empty one of the kind asked for. The PostgreSQL
 * cluster starts on first use; everything is removed after the file's tests.
 */
export function useDatabases() {
  let cluster: Promise<PostgresCluster> | undefined;
  const cleanups: (() => unknown)[] = [];
  let n = 0;
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    if (cluster) await (await cluster.catch(() => undefined))?.stop();
  });
  return {
    /** The configuration of a new, empty database (not yet opened or migrated). */
    async fresh(kind: DatabaseKind): Promise<DatabaseConfig> {
      const dataDir = mkdtempSync(join(tmpdir(), 'yibao-feedback-db-'));
      cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
      if (kind === 'pglite') return { dataDir };
      cluster ??= testPort().then(startPostgres);
      const url = await (await cluster).createDatabase(`feedback_${process.pid}_${++n}`);
      return { url, dataDir };
    },
    /** Runs after the file's tests, before the cluster stops. */
    cleanup(fn: () => unknown) {
      cleanups.push(fn);
    },
  };
}

export type TestApp = { app: FastifyInstance; handle: DatabaseHandle; db: Database; log: string[] };

/** The `npm start` app on the fixture site with feedback on the given database (opened and migrated). */
export async function feedbackApp(
  site: { root: string; buildDir: string },
  handle: DatabaseHandle,
  options: Partial<Omit<FeedbackOptions, 'database'>> = {},
): Promise<TestApp> {
  const log: string[] = [];
  const { app } = await createApp({
    ...site,
    log: (line) => log.push(line),
    feedback: { database: handle, perMinute: 1000, salt: 'test-salt', ...options },
  });
  const db = await handle.get();
  if (!db) throw new Error('the test database did not open');
  return { app, handle, db, log };
}

/** A handle whose failures are kept in `log` rather than printed. */
export function databaseHandle(config: DatabaseConfig, log: string[] = []): DatabaseHandle {
  return new DatabaseHandle(config, (line) => log.push(line));
}

type Client = { remoteAddress?: string; headers?: Record<string, string> };

/** POST /api/feedback as a page of the site sends it (JSON, same origin); `body` as given if a string. */
export function postFeedback(app: FastifyInstance, body: unknown, { remoteAddress, headers = {} }: Client = {}) {
  return app.inject({
    method: 'POST',
    url: '/api/feedback',
    remoteAddress,
    headers: { host: HOST, origin: ORIGIN, 'content-type': 'application/json', ...headers },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A form POST to a staff page from the staff pages themselves. */
export function postForm(app: FastifyInstance, url: string, form: Record<string, string>, options: Client & { cookie?: string } = {}) {
  const request: InjectOptions = {
    method: 'POST',
    url,
    remoteAddress: options.remoteAddress,
    headers: {
      host: HOST,
      origin: ORIGIN,
      'content-type': 'application/x-www-form-urlencoded',
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...options.headers,
    },
    payload: new URLSearchParams(form).toString(),
  };
  return app.inject(request);
}
