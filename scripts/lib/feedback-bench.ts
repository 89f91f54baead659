// The feedback API under a sustained load (#18): `npm start` (build/server.mjs) on a fresh database,
// POST /api/feedback at a fixed rate, open loop (each request is sent at its scheduled time whether or
// not earlier ones have answered, and its latency counts from that time, so a stalled server cannot
// hide its queue), then: achieved rate, latency, errors, the rows in the database against the 201s
// returned, and the server's memory before and after.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type DatabaseConfig } from '../../server/feedback/database';
import { startNpmStart } from './servers';
import { postgresBinDir, startPostgres, type PostgresCluster } from './postgres';

export type FeedbackBenchOptions = {
  /** Submissions per second, sent at fixed intervals. */
  rate: number;
  seconds: number;
  /** Port of the server; PostgreSQL, when benched, listens on the next one. */
  port: number;
  /** A page of the built site to send feedback about. */
  page: string;
  databases: ('pglite' | 'postgres')[];
};

export type FeedbackBenchResult = {
  database: string;
  sent: number;
  /** 201s in the measured run. */
  created: number;
  /** 201s including the warm-up: what the database must hold. */
  acknowledged: number;
  errors: number;
  /** 201s per second over the run (first scheduled send to last answer). */
  rate: number;
  p50: number;
  p99: number;
  max: number;
  /** Rows in the database after the server was killed. */
  stored: number;
  /** Server RSS in MB: at start (database open, before the warm-up), mean of the run's first and last quarter, peak. */
  rssIdle: number;
  rssFirst: number;
  rssLast: number;
  rssMax: number;
};

const rssMb = (pid: number) => {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    // The process is gone (the run reports it).
    return NaN;
  }
};
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Sends `count` submissions at `rate` per second; resolves with each one's status (0: failed) and latency. */
async function openLoop(url: URL, body: (i: number) => string, rate: number, count: number, agent: Agent) {
  const results: { status: number; ms: number }[] = [];
  let done = 0;
  let finish: () => void;
  const finished = new Promise<void>((r) => (finish = r));
  const send = (i: number, due: number) => {
    const payload = body(i);
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), origin: url.origin },
      },
      (res) => {
        res.resume();
        res.on('end', () => {
          results[i] = { status: res.statusCode ?? 0, ms: performance.now() - due };
          if (++done === count) finish();
        });
      },
    );
    req.on('error', () => {
      results[i] = { status: 0, ms: performance.now() - due };
      if (++done === count) finish();
    });
    req.end(payload);
  };
  const start = performance.now() + 50;
  const interval = 1000 / rate;
  let next = 0;
  while (next < count) {
    // Everything due by now goes out now, each timed from when it was due.
    const now = performance.now();
    for (; next < count && start + next * interval <= now; next++) send(next, start + next * interval);
    await sleep(Math.max(0, Math.min(5, start + next * interval - performance.now())));
  }
  await finished;
  return { results, seconds: (performance.now() - start) / 1000 };
}

async function benchOne(kind: 'pglite' | 'postgres', options: FeedbackBenchOptions): Promise<FeedbackBenchResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'yibao-bench-feedback-'));
  let cluster: PostgresCluster | undefined;
  let config: DatabaseConfig = { dataDir };
  if (kind === 'postgres') {
    // fsync stays on: the figures are for a server that keeps what it acknowledged.
    cluster = await startPostgres(options.port + 1, { fsync: process.env.BENCH_PG_FSYNC !== 'off' });
    config = { url: await cluster.createDatabase('feedback_bench'), dataDir };
  }
  // The server starts on an existing database, as it does after its first start: PGlite creating its
  // cluster leaves the process about 500 MB larger until the next restart.
  if (kind === 'pglite') await (await openDatabase(config)).close();
  const server = await startNpmStart({
    port: options.port,
    env: {
      ...(config.url ? { DATABASE_URL: config.url } : { FEEDBACK_DATA_DIR: dataDir }),
      // The limit is per client, and this one client sends everything: lift it for the bench.
      FEEDBACK_PER_MINUTE: String(options.rate * 120),
      STAFF_PASSWORD_HASH: '',
    },
  });
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  try {
    for (let i = 0; ; i++) {
      const health = await fetch(`${server.url}/api/health`).then(
        (r) => r.status,
        () => 0,
      );
      if (health === 200) break;
      if (i > 600 || !server.alive()) throw new Error(`feedback database did not open: ${server.stderr()}`);
      await sleep(100);
    }
    const url = new URL('/api/feedback', server.url);
    const body = (i: number) =>
      JSON.stringify({
        page: options.page,
        helpful: i % 3 !== 0,
        ...(i % 3 === 0
          ? {
              category: 'window-differs',
              text: `第${i}条：窗口还要求提供身份证原件和复印件，指南里没有写。电话 138 1234 ${String(i % 10000).padStart(4, '0')}`,
            }
          : {}),
      });
    const rssIdle = rssMb(server.pid);
    // Warm-up: a second at the same rate, counted in the database check but not in the figures.
    const warm = await openLoop(url, body, options.rate, options.rate, agent);
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(rssMb(server.pid)), 250);
    const run = await openLoop(url, body, options.rate, options.rate * options.seconds, agent);
    clearInterval(sampler);
    if (!server.alive()) throw new Error(`npm start exited during the run (${server.exitStatus()}): ${server.stderr().slice(-2000)}`);
    const quarter = Math.max(1, Math.floor(samples.length / 4));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const created = run.results.filter((r) => r.status === 201).length;
    const acknowledged = created + warm.results.filter((r) => r.status === 201).length;
    // Counted after a kill -9: what the database holds, not what the server meant to write.
    process.kill(server.pid, 'SIGKILL');
    while (server.alive()) await sleep(10);
    const db = await openDatabase(config);
    const [{ n }] = await db.query<{ n: number }>('select count(*)::int as n from feedback');
    await db.close();
    const latencies = run.results.map((r) => r.ms).sort((a, b) => a - b);
    return {
      database: kind === 'pglite' ? 'PGlite (default)' : 'PostgreSQL 15 (fsync on)',
      sent: run.results.length,
      created,
      errors: run.results.length - created,
      rate: created / run.seconds,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      max: latencies[latencies.length - 1],
      acknowledged,
      stored: n,
      rssIdle,
      rssFirst: mean(samples.slice(0, quarter)),
      rssLast: mean(samples.slice(-quarter)),
      rssMax: Math.max(...samples),
    };
  } finally {
    agent.destroy();
    await server.stop();
    await cluster?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The options from the environment: BENCH_FEEDBACK_RATE (250), BENCH_FEEDBACK_SECONDS (20),
 * BENCH_FEEDBACK_PORT (4102; PostgreSQL the next), BENCH_FEEDBACK_DATABASES (pglite,postgres).
 */
export function feedbackBenchOptions(page: string, env = process.env): FeedbackBenchOptions {
  return {
    rate: Number(env.BENCH_FEEDBACK_RATE ?? 250),
    seconds: Number(env.BENCH_FEEDBACK_SECONDS ?? 20),
    port: Number(env.BENCH_FEEDBACK_PORT ?? 4102),
    page,
    databases: (env.BENCH_FEEDBACK_DATABASES ?? 'pglite,postgres').split(',') as FeedbackBenchOptions['databases'],
  };
}

/** Runs the bench on each database; prints a table and returns the budgets missed. */
export async function benchFeedback(options: FeedbackBenchOptions): Promise<{ results: FeedbackBenchResult[]; failures: string[] }> {
  const results: FeedbackBenchResult[] = [];
  const failures: string[] = [];
  for (const kind of options.databases) {
    if (kind === 'postgres' && !postgresBinDir()) {
      console.log('PostgreSQL not installed: feedback bench on PGlite only (bash scripts/ensure-system-deps.sh installs it)');
      continue;
    }
    console.log(`feedback: ${options.rate}/s for ${options.seconds} s on ${kind}`);
    results.push(await benchOne(kind, options));
  }
  console.log(
    `\nPOST /api/feedback, open loop at ${options.rate}/s for ${options.seconds} s, one client (per-client limit raised), keep-alive`,
  );
  console.table(
    results.map((r) => ({
      database: r.database,
      sent: r.sent,
      '201s': r.created,
      errors: r.errors,
      'achieved /s': Math.round(r.rate),
      'p50 ms': r.p50.toFixed(1),
      'p99 ms': r.p99.toFixed(1),
      'max ms': r.max.toFixed(1),
      '201s with warm-up': r.acknowledged,
      'in database': r.stored,
      'RSS MB idle': r.rssIdle.toFixed(1),
      'RSS MB first ¼ → last ¼ (max)': `${r.rssFirst.toFixed(1)} → ${r.rssLast.toFixed(1)} (${r.rssMax.toFixed(1)})`,
    })),
  );
  for (const r of results) {
    if (r.rate < 200) failures.push(`feedback on ${r.database}: ${r.rate.toFixed(0)} submissions/s < 200`);
    if (r.p99 > 100) failures.push(`feedback on ${r.database}: p99 ${r.p99.toFixed(1)} ms > 100 ms`);
    if (r.errors) failures.push(`feedback on ${r.database}: ${r.errors} of ${r.sent} not 201`);
    if (r.stored !== r.acknowledged)
      failures.push(`feedback on ${r.database}: ${r.acknowledged} acknowledged, ${r.stored} in the database`);
    if (r.rssLast - r.rssFirst > r.rssFirst * 0.1)
      failures.push(`feedback on ${r.database}: memory not flat: RSS ${r.rssFirst.toFixed(1)} → ${r.rssLast.toFixed(1)} MB`);
  }
  return { results, failures };
}
