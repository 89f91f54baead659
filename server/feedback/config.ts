// The feedback settings of `npm start`, from the environment (documented in the README):
//   DATABASE_URL              postgres://… to use a PostgreSQL server; unset: PGlite in FEEDBACK_DATA_DIR
//   FEEDBACK_DATA_DIR         PGlite's directory (default data/feedback, next to the app)
//   STAFF_PASSWORD_HASH       from `npm run staff:password`; unset: the staff pages are off
//   FEEDBACK_PER_MINUTE       submissions per client per minute (default 10)
//   FEEDBACK_RETENTION_DAYS   feedback older than this is deleted (default 730)
//   FEEDBACK_SALT             secret for hashing client addresses (default: random at each start)
//   SITE_URL                  the public origin, accepted as Origin of submissions
import type { FeedbackOptions } from '../app';
import { DatabaseHandle } from './connection';
import { isPasswordHash } from './password';
import { deleteOlderThan } from './store';

const RETENTION_EVERY_MS = 6 * 3600 * 1000;

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number of at least 1 (got "${raw}")`);
  return n;
}

export function feedbackConfig(env: NodeJS.ProcessEnv) {
  const url = env.DATABASE_URL || undefined;
  if (url && !/^postgres(ql)?:\/\//.test(url)) throw new Error('DATABASE_URL must be a postgres:// or postgresql:// URL');
  const passwordHash = env.STAFF_PASSWORD_HASH || undefined;
  if (passwordHash && !isPasswordHash(passwordHash))
    throw new Error('STAFF_PASSWORD_HASH is not a password hash: make one with `npm run staff:password` (it starts with scrypt$)');
  const retentionDays = positiveInteger(env, 'FEEDBACK_RETENTION_DAYS', 730);
  const database = new DatabaseHandle({ url, dataDir: env.FEEDBACK_DATA_DIR || 'data/feedback' });
  let origins: string[] = [];
  if (env.SITE_URL) {
    try {
      origins = [new URL(env.SITE_URL).origin];
    } catch {
      throw new Error(`SITE_URL must be an absolute URL such as https://yibao.example.gov.cn (got "${env.SITE_URL}")`);
    }
  }
  const options: FeedbackOptions = {
    database,
    passwordHash,
    perMinute: positiveInteger(env, 'FEEDBACK_PER_MINUTE', 10),
    salt: env.FEEDBACK_SALT || undefined,
    origins,
  };

  /** Opens the database, then deletes expired feedback and sessions now and every few hours. */
  async function start(): Promise<string> {
    const prune = async () => {
      const db = await database.get();
      if (!db) return;
      const deleted = await deleteOlderThan(db, retentionDays);
      await db.query('delete from staff_session where expires_at < now()');
      if (deleted) console.log(`Deleted ${deleted} feedback older than ${retentionDays} days`);
    };
    const db = await database.ready();
    setInterval(() => prune().catch(() => {}), RETENTION_EVERY_MS).unref();
    if (!db) return `Feedback: database unavailable (${database.describe()}); the API answers 503 and retries`;
    await prune().catch(() => {});
    return `Feedback: ${database.describe()}; staff pages ${passwordHash ? 'on' : 'off (STAFF_PASSWORD_HASH not set)'}`;
  }
  return { options, start };
}
