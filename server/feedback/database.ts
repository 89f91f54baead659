// The feedback database: PGlite (Postgres in WebAssembly, in a data directory next to the app) by
// default, or the PostgreSQL server named by DATABASE_URL. Both are used through the same small
// interface and the same SQL (server/feedback/migrations.ts, run at start).
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS } from './migrations';

export type Row = Record<string, unknown>;

export interface Database {
  /** Which kind, for the start-up line and the bench. */
  readonly kind: 'pglite' | 'postgres';
  query<T extends Row = Row>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs fn in one transaction (serialised on PGlite, a pooled connection on PostgreSQL). */
  transaction<T>(fn: (query: Database['query']) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export type DatabaseConfig = { url?: string; dataDir: string };

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * PGlite is one process's database: a second server opening the same directory would corrupt it. The
 * lock file holds the owner's pid; a lock left by a process that died (kill -9) is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = join(dataDir, 'yibao.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number(readFileSync(file, 'utf8'));
      if (owner && owner !== process.pid && alive(owner))
        throw new Error(`${dataDir} is in use by process ${owner}: give each server its own FEEDBACK_DATA_DIR, or use DATABASE_URL`);
      rmSync(file, { force: true });
    }
  }
  throw new Error(`cannot lock ${dataDir}`);
}

async function openPglite(dataDir: string): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  const unlock = lockDataDir(dataDir);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const db = await PGlite.create(dataDir);
    return {
      kind: 'pglite',
      query: async <T extends Row>(sql: string, params?: unknown[]) => (await db.query<T>(sql, params)).rows,
      transaction: (fn) =>
        db.transaction((tx) => fn(async <T extends Row>(sql: string, params?: unknown[]) => (await tx.query<T>(sql, params)).rows)),
      close: () => db.close().finally(unlock),
    };
  } catch (err) {
    unlock();
    throw err;
  }
}

async function openPostgres(url: string): Promise<Database> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 8, connectionTimeoutMillis: 3000, idleTimeoutMillis: 30_000 });
  // A dropped connection must not take the process (and the static site) down with it.
  pool.on('error', () => {});
  return {
    kind: 'postgres',
    query: async <T extends Row>(sql: string, params?: unknown[]) => (await pool.query(sql, params)).rows as T[],
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn(async <T extends Row>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[]);
        await client.query('commit');
        return result;
      } catch (err) {
        await client.query('rollback').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Brings the schema up to date; returns the ids of the migrations applied now. */
export async function migrate(db: Database): Promise<number[]> {
  await db.transaction(async (q) => {
    // Two servers creating the table at once on one PostgreSQL both pass "if not exists" and one fails
    // (duplicate key in pg_type): an advisory lock, held to the end of this transaction, orders them.
    if (db.kind === 'postgres') await q(`select pg_advisory_xact_lock(hashtext('yibao schema_migration'))`);
    await q(
      'create table if not exists schema_migration (id integer primary key, name text not null, applied_at timestamptz not null default now())',
    );
  });
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    const done = await db.transaction(async (q) => {
      // The lock makes two servers starting together on one PostgreSQL apply each migration once.
      if (db.kind === 'postgres') await q('lock table schema_migration in exclusive mode');
      if ((await q('select 1 from schema_migration where id = $1', [m.id])).length) return false;
      for (const statement of m.sql.split(/;\s*$/m).filter((s) => s.trim())) await q(statement);
      await q('insert into schema_migration (id, name) values ($1, $2)', [m.id, m.name]);
      return true;
    });
    if (done) applied.push(m.id);
  }
  return applied;
}

/** Opens the configured database and migrates it. */
export async function openDatabase({ url, dataDir }: DatabaseConfig): Promise<Database> {
  const db = url ? await openPostgres(url) : await openPglite(dataDir);
  try {
    await migrate(db);
  } catch (err) {
    await db.close().catch(() => {});
    throw err;
  }
  return db;
}
