// Bounded load test of one service page under `npm start` (scripts/serve.mjs) and under nginx
// (the config from scripts/nginx-config.mjs), both started here on free 127.0.0.1 ports and
// stopped afterwards. Needs a build (`npm run build`) and /usr/sbin/nginx.
//
//   node scripts/load-test.mjs [--seconds 10] [--connections 10] [--path /zh/<city>/<item>] [--nginx-workers auto]
//
// or from another script: `const { npmStart, nginx } = await runLoadTest({ seconds: 10 })`.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { startNginx } from './nginx-config.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const HOST = '127.0.0.1';

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, HOST, () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

async function waitFor(url, isAlive, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!isAlive()) throw new Error(`server for ${url} exited`);
    try {
      await fetch(url, { redirect: 'manual' });
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`no answer from ${url}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** `node scripts/serve.mjs` (what `npm start` runs) on a loopback port. */
async function startNpmStart(port) {
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: REPO,
    env: { ...process.env, PORT: String(port), HOST },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let running = true;
  let exitStatus = '';
  child.once('exit', (code, signal) => (exitStatus = signal ?? `code ${code}`));
  const exited = new Promise((done) => child.once('exit', done)).then(() => (running = false));
  const url = `http://${HOST}:${port}`;
  const stop = async () => {
    if (!running) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitFor(`${url}/zh`, () => running);
  } catch (err) {
    await stop();
    throw new Error(`npm start: ${err.message}\n${stderr}`);
  }
  return { url, stop, alive: () => running, exitStatus: () => exitStatus };
}

async function measure(name, server, path, { seconds, connections }) {
  const url = server.url + path;
  const probe = await fetch(url);
  if (probe.status !== 200) throw new Error(`${url} answered ${probe.status}, expected 200`);
  const r = await autocannon({ url, connections, duration: seconds });
  // Figures are meaningless if the server went away mid-run (autocannon counts refused reconnects as errors).
  if (!server.alive()) throw new Error(`${name} stopped during the load test (${server.exitStatus()}): was it killed from outside?`);
  return {
    rps: Math.round(r.requests.average),
    p99: r.latency.p99,
    requests: r.requests.total,
    errors: r.errors + r.timeouts + r.non2xx,
  };
}

/**
 * @param {{ seconds?: number, connections?: number, path?: string, nginxWorkers?: number|string, print?: boolean }} [o]
 * @returns {Promise<{ npmStart: {rps:number,p99:number,requests:number,errors:number}, nginx: {rps:number,p99:number,requests:number,errors:number} }>}
 *   rps: mean requests/s; p99: 99th percentile latency in ms.
 */
export async function runLoadTest({ seconds = 10, connections = 10, path, nginxWorkers = 'auto', print = true } = {}) {
  if (!existsSync(join(REPO, 'out/index.html')) || !existsSync(join(REPO, 'build/csp.json'))) {
    throw new Error('No build found: run `npm run build` first.');
  }
  // By default, the service page behind the first numbered short link (/ky/1 today).
  path ??= Object.entries(JSON.parse(readFileSync(join(REPO, 'build/short-urls.json'), 'utf8'))).find(
    ([p]) => p.split('/').length === 3,
  )[1];
  const opts = { seconds, connections };
  const results = {};
  const npm = await startNpmStart(await freePort());
  try {
    results.npmStart = await measure('npm start', npm, path, opts);
  } finally {
    await npm.stop();
  }
  const prefix = mkdtempSync(join(tmpdir(), 'yibao-nginx-load-'));
  try {
    const nginx = await startNginx({ prefix, port: await freePort(), host: HOST, root: join(REPO, 'out'), workers: nginxWorkers });
    try {
      results.nginx = await measure('nginx', nginx, path, opts);
    } finally {
      await nginx.stop();
    }
  } finally {
    rmSync(prefix, { recursive: true, force: true });
  }
  if (print) {
    console.log(
      `GET ${path}: ${seconds} s, ${connections} connections, 127.0.0.1, no compression (nginx worker_processes ${nginxWorkers})`,
    );
    console.table({
      'npm start': { 'requests/s': results.npmStart.rps, 'p99 ms': results.npmStart.p99, errors: results.npmStart.errors },
      nginx: { 'requests/s': results.nginx.rps, 'p99 ms': results.nginx.p99, errors: results.nginx.errors },
    });
  }
  return results;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  try {
    await runLoadTest({
      seconds: Number(opt('seconds') ?? 10),
      connections: Number(opt('connections') ?? 10),
      path: opt('path'),
      nginxWorkers: opt('nginx-workers'),
    });
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
