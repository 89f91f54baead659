// An acknowledged submission survives `kill -9` (#18): the real bundled server (server/main.ts, as
// `npm start` runs it) on the fixture site, killed the moment 201s arrive, then restarted on the same
// database; every acknowledged id must be there, read back through the staff CSV export.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseConfig } from '@/server/feedback/database';
import { hashPassword } from '@/server/feedback/password';
import { bundleServer } from '@/scripts/lib/bundle-server';
import { startNpmStart } from '@/scripts/lib/servers';
import { DATABASES, PAGE, testPort, useDatabases, writeFixtureSite } from '../support/feedback';

const PASSWORD = 'correct horse battery staple';
const databases = useDatabases();
let dir = '';
let bundleDir = '';
let server = '';
let site: { root: string; buildDir: string };
let passwordHash = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yibao-feedback-durability-'));
  site = writeFixtureSite(dir);
  // Inside the repository, so the bundle finds node_modules like build/server.mjs does.
  mkdirSync(resolve('node_modules/.cache'), { recursive: true });
  bundleDir = mkdtempSync(resolve('node_modules/.cache/yibao-durability-'));
  server = join(bundleDir, 'server.mjs');
  await bundleServer(server);
  passwordHash = await hashPassword(PASSWORD);
}, 60_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(bundleDir, { recursive: true, force: true });
});

type Server = Awaited<ReturnType<typeof startNpmStart>>;

async function start(config: DatabaseConfig): Promise<Server> {
  const s = await startNpmStart({
    port: await testPort(),
    ...site,
    server,
    env: {
      ...(config.url ? { DATABASE_URL: config.url } : { FEEDBACK_DATA_DIR: config.dataDir }),
      STAFF_PASSWORD_HASH: passwordHash,
      FEEDBACK_PER_MINUTE: '100000',
    },
  });
  // The site serves at once; the database opens behind it.
  const deadline = Date.now() + 45_000;
  while (
    (await fetch(`${s.url}/api/health`).then(
      (r) => r.status,
      () => 0,
    )) !== 200
  ) {
    if (Date.now() > deadline || !s.alive()) {
      await s.stop();
      throw new Error(`the feedback database did not open: ${s.stderr()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return s;
}

async function kill9(s: Server) {
  process.kill(s.pid, 'SIGKILL');
  while (s.alive()) await new Promise((r) => setTimeout(r, 10));
  expect(s.exitStatus()).toBe('SIGKILL');
}

function post(s: Server, text: string) {
  const origin = new URL(s.url).origin;
  return fetch(`${s.url}/api/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ page: PAGE, helpful: false, category: 'other', text }),
  });
}

/** The ids in the staff CSV export, signed in as staff would be. */
async function exportedIds(s: Server): Promise<Set<string>> {
  const origin = new URL(s.url).origin;
  const login = await fetch(`${s.url}/staff/feedback/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
    body: new URLSearchParams({ password: PASSWORD }).toString(),
  });
  expect(login.status).toBe(303);
  const cookie = login.headers.get('set-cookie')!.split(';')[0];
  const csv = await fetch(`${s.url}/staff/feedback/export.csv`, { headers: { cookie } });
  expect(csv.status).toBe(200);
  const text = await csv.text();
  return new Set([...text.matchAll(/^"([0-9a-f-]{36})"/gm)].map((m) => m[1]));
}

describe.each(DATABASES)('kill -9 right after a 201 on %s', (kind) => {
  it('loses nothing: one submission, then a burst of concurrent ones', { timeout: 180_000 }, async () => {
    const config = await databases.fresh(kind);
    let s = await start(config);
    const acknowledged: string[] = [];
    try {
      // One submission: killed as soon as its 201 is read.
      let res: Response;
      do res = await post(s, 'before the first kill');
      while (res.status !== 201);
      acknowledged.push(((await res.json()) as { id: string }).id);
      await kill9(s);

      s = await start(config);
      expect(await exportedIds(s)).toEqual(new Set(acknowledged));

      // A burst: 100 concurrent submissions; killed the moment the 50th is acknowledged, with the
      // rest still in flight. Every acknowledged one must survive; the others may or may not.
      const server = s;
      let killing: Promise<void> | undefined;
      const burst = Array.from({ length: 100 }, (_, i) =>
        post(server, `burst ${i}`).then(
          async (r) => {
            if (r.status !== 201 || killing) return;
            acknowledged.push(((await r.json()) as { id: string }).id);
            if (acknowledged.length === 51) killing = kill9(server);
          },
          () => undefined,
        ),
      );
      await Promise.all(burst);
      expect(killing).toBeDefined();
      await killing;
      expect(acknowledged).toHaveLength(51);

      if (kind === 'pglite') {
        // Straight from the data directory the killed process left behind.
        const db = await openDatabase(config);
        const rows = await db.query<{ id: string }>('select id from feedback');
        await db.close();
        expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining(acknowledged));
      }
      s = await start(config);
      const after = await exportedIds(s);
      expect(acknowledged.filter((id) => !after.has(id))).toEqual([]);
    } finally {
      await s.stop();
    }
  });
});
