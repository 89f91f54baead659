// Load test of both production servers, in one run, on loopback ports: `npm start` (build/server.mjs)
// and nginx with the generated configuration, plus nginx serving one plain file of the same size with a
// bare configuration (what nginx costs without the site's rules). For a service page, the search index
// and a hashed asset: requests/s, p50 and p99 measured with wrk, as a browser asks (Accept-Encoding: br, gzip).
// With --soak N, also runs `npm start` under load for N seconds and samples its memory.
//
//   npx tsx scripts/load-test.ts [--seconds 10] [--connections 50] [--soak 300]
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startNginx, startNginxWith, startNpmStart, type RunningServer } from './lib/servers';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const HEADERS = { 'accept-encoding': 'br, gzip' };

export type Figures = { rps: number; p50: number; p99: number; errors: number };

const WRK = process.env.WRK_PATH ?? '/usr/bin/wrk';

/** wrk's latency line ("99%   16.61ms") in milliseconds. */
function latency(out: string, pct: string): number {
  const m = new RegExp(`^\\s*${pct}%\\s+([\\d.]+)(us|ms|s)\\s*$`, 'm').exec(out);
  if (!m) throw new Error(`no ${pct}% latency in wrk's output:\n${out}`);
  return Number(m[1]) * ({ us: 0.001, ms: 1, s: 1000 } as Record<string, number>)[m[2]];
}

/** wrk (one thread: the other core is the server's) for `seconds` against one URL. */
function wrk(url: string, seconds: number, connections: number): Promise<string> {
  return new Promise((done, fail) => {
    const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', '-H', `Accept-Encoding: ${HEADERS['accept-encoding']}`, url];
    const child = spawn(WRK, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.once('error', fail);
    child.once('exit', (code) => (code === 0 ? done(out) : fail(new Error(`wrk exited with ${code}: ${out}`))));
  });
}

async function measure(server: RunningServer, path: string, seconds: number, connections: number): Promise<Figures> {
  const url = server.url + path;
  const probe = await fetch(url, { headers: HEADERS });
  if (probe.status !== 200) throw new Error(`${url} answered ${probe.status}, expected 200`);
  const out = await wrk(url, seconds, connections);
  if (!server.alive()) throw new Error(`${server.url} stopped during the load test (${server.exitStatus()})`);
  const bad = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  return {
    rps: Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? 0)),
    p50: latency(out, '50'),
    p99: latency(out, '99'),
    errors: bad + (socket ? socket.slice(1).reduce((n, x) => n + Number(x), 0) : 0),
  };
}

/** The paths measured: the service page behind the first numbered short link, the search index, the largest script. */
function targets(): Record<string, string> {
  const short: Record<string, string> = JSON.parse(readFileSync(join(REPO, 'build/short-urls.json'), 'utf8'));
  const page = Object.entries(short).find(([p]) => p.split('/').length === 3)![1];
  const chunks = join(REPO, 'out/_next/static/chunks');
  const largest = readdirSync(chunks)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ f, size: readFileSync(join(chunks, f)).length }))
    .sort((a, b) => b.size - a.size)[0].f;
  return { 'service page': page, 'search index': '/search-index.json', 'hashed asset': `/_next/static/chunks/${largest}` };
}

/** nginx with nothing but `root`: one file of the given bytes, for comparison. */
async function startPlainNginx(dir: string, body: Buffer): Promise<RunningServer> {
  const root = join(dir, 'plain');
  const port = await freePort();
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'file'), body);
  const conf = join(dir, 'plain.conf');
  writeFileSync(
    conf,
    `worker_processes auto; daemon off; pid plain.pid; error_log plain-error.log warn;
events { worker_connections 1024; }
http { access_log off; sendfile on; tcp_nopush on; keepalive_timeout 65;
  client_body_temp_path t1; proxy_temp_path t2; fastcgi_temp_path t3; uwsgi_temp_path t4; scgi_temp_path t5;
  server { listen 127.0.0.1:${port}; root ${JSON.stringify(root)}; location / { default_type text/html; } } }
`,
  );
  const url = `http://127.0.0.1:${port}`;
  return startNginxWith({ prefix: dir, conf, url, probe: `${url}/file` });
}

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

export async function runLoadTest({ seconds = 10, connections = 50, soak = 0 } = {}) {
  if (!existsSync(WRK)) throw new Error(`wrk not found at ${WRK}: run \`bash scripts/ensure-system-deps.sh\` (installs Debian's wrk)`);
  if (!existsSync(join(REPO, 'build/server.mjs')) || !existsSync(join(REPO, 'build/csp.json')))
    throw new Error('No build found: run `npm run build` first.');
  const paths = targets();
  const dir = mkdtempSync(join(tmpdir(), 'yibao-load-'));
  chmodSync(dir, 0o755);
  const npm = await startNpmStart({ port: await freePort() });
  const nginx = await startNginx({ prefix: join(dir, 'nginx'), port: await freePort() });
  const rows: Record<string, Record<string, string | number>> = {};
  const results: Record<string, Record<string, Figures>> = {};
  try {
    for (const [name, path] of Object.entries(paths)) {
      results[name] = {
        'npm start': await measure(npm, path, seconds, connections),
        nginx: await measure(nginx, path, seconds, connections),
      };
    }
    // The same bytes as nginx sends for the service page, from a bare configuration.
    const page = await fetch(nginx.url + paths['service page'], { headers: HEADERS });
    const encoded = Number(page.headers.get('content-length'));
    const plain = await startPlainNginx(dir, Buffer.alloc(encoded, 'x'));
    try {
      results['service page']['nginx, plain file of the same size'] = await measure(plain, '/file', seconds, connections);
    } finally {
      await plain.stop();
    }
    for (const [name, byServer] of Object.entries(results))
      for (const [server, f] of Object.entries(byServer))
        rows[`${name} · ${server}`] = { 'requests/s': f.rps, 'p50 ms': +f.p50.toFixed(2), 'p99 ms': +f.p99.toFixed(2), errors: f.errors };
    console.log(`\nLoad (wrk): ${seconds} s per row, ${connections} connections, 127.0.0.1, Accept-Encoding: br, gzip`);
    console.table(rows);

    let memory: { first: number; last: number; samples: number[] } | undefined;
    if (soak > 0) {
      const samples: number[] = [];
      const timer = setInterval(() => samples.push(rssMb(npm.pid)), 5000);
      await wrk(npm.url + paths['service page'], soak, connections);
      clearInterval(timer);
      const minute = Math.max(1, Math.round(60 / 5));
      const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      memory = { first: avg(samples.slice(0, minute)), last: avg(samples.slice(-minute)), samples };
      console.log(
        `\nnpm start memory over ${soak} s of load: RSS ${memory.first.toFixed(1)} MB (first minute) → ${memory.last.toFixed(1)} MB (last minute), min ${Math.min(...samples).toFixed(1)}, max ${Math.max(...samples).toFixed(1)}`,
      );
    }
    return { results, memory };
  } finally {
    await npm.stop();
    await nginx.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? Number(args[i + 1]) : undefined;
  };
  runLoadTest({ seconds: opt('seconds') ?? 10, connections: opt('connections') ?? 50, soak: opt('soak') ?? 0 }).catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
