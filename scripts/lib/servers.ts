// Starting the production servers on loopback ports, for the tests and the load test: `npm start`
// (build/server.mjs), nginx with the generated configuration (server/nginx.ts), and nginx with any
// other configuration (the load test's plain-file baseline). Each is stopped by the caller.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NGINX_BIN, writeNginxConfig } from '../../server/nginx';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const HOST = '127.0.0.1';

export type RunningServer = { url: string; stop: () => Promise<void>; alive: () => boolean; exitStatus: () => string };

const listenOn = (port: number) =>
  new Promise<number>((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(port, HOST, () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
  });

/** A loopback port nothing listens on: any the system picks, or one in `range` (inclusive), tried from a random start. */
export async function freePort(range?: readonly [number, number]): Promise<number> {
  if (!range) return listenOn(0);
  const [low, high] = range;
  const size = high - low + 1;
  const start = Math.floor(Math.random() * size);
  for (let i = 0; i < size; i++) {
    const port = low + ((start + i) % size);
    const free = await listenOn(port).then(
      () => true,
      () => false,
    );
    if (free) return port;
  }
  throw new Error(`no free port in ${low}–${high}`);
}

/**
 * Runs a server process and waits until `probe` (a URL on it) answers at all. Its stderr is kept for
 * the error messages and the tests; `stopSignal` is how the program wants to be stopped.
 */
async function run(
  name: string,
  command: string,
  args: string[],
  {
    url,
    probe,
    stopSignal,
    env,
    timeoutMs = 15_000,
    whyExited = () => '',
  }: {
    url: string;
    probe: string;
    stopSignal: NodeJS.Signals;
    env?: NodeJS.ProcessEnv;
    timeoutMs?: number;
    /** More to say when it exits at start (e.g. nginx's error log). */
    whyExited?: () => string;
  },
): Promise<RunningServer & { stderr: () => string; pid: number }> {
  const child = spawn(command, args, { cwd: REPO, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let running = true;
  let exitStatus = '';
  const exited = new Promise((done) => {
    child.once('exit', (code, signal) => done((exitStatus = signal ?? `code ${code}`)));
    child.once('error', (err) => done((exitStatus = err.message)));
  }).then(() => (running = false));
  const stop = async () => {
    if (!running) return;
    child.kill(stopSignal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!running) throw new Error(`${name} exited (${exitStatus}): ${stderr || whyExited()}`);
    try {
      await fetch(probe, { redirect: 'manual' });
      return { url, stop, alive: () => running, exitStatus: () => exitStatus, stderr: () => stderr, pid: child.pid! };
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`${name} did not answer on ${url}: ${stderr}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/**
 * `npm start` (node build/server.mjs, or another bundle of server/main.ts) on a loopback port, serving
 * `root` (default out/), with `env` added to this process's environment.
 */
export function startNpmStart({
  port,
  root,
  buildDir,
  server = join(REPO, 'build/server.mjs'),
  env = {},
}: {
  port: number;
  root?: string;
  buildDir?: string;
  server?: string;
  env?: Record<string, string | undefined>;
}) {
  if (!existsSync(server)) throw new Error(`No ${server}: run \`npm run build\` first.`);
  const url = `http://${HOST}:${port}`;
  return run('npm start', process.execPath, [server], {
    url,
    probe: `${url}/zh`,
    stopSignal: 'SIGTERM',
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST,
      ...(root ? { SITE_ROOT: root } : {}),
      ...(buildDir ? { BUILD_DIR: buildDir } : {}),
    },
  });
}

/** nginx in the foreground with the configuration `conf` (pid file, logs and temp dirs in `prefix`). */
export function startNginxWith({ prefix, conf, url, probe }: { prefix: string; conf: string; url: string; probe: string }) {
  if (!existsSync(NGINX_BIN))
    throw new Error(`nginx not found at ${NGINX_BIN}: run \`bash scripts/ensure-system-deps.sh\` (or set NGINX_PATH)`);
  const log = join(prefix, 'error.log');
  return run('nginx', NGINX_BIN, ['-p', prefix, '-c', conf], {
    url,
    probe,
    stopSignal: 'SIGQUIT',
    timeoutMs: 10_000,
    whyExited: () => (existsSync(log) ? readFileSync(log, 'utf8') : ''),
  });
}

/** nginx with the configuration server/nginx.ts generates for the build (or `root`) into `prefix`. */
export function startNginx({
  prefix,
  port,
  host = HOST,
  root,
  buildDir,
  workers = 'auto',
}: {
  prefix: string;
  port: number;
  host?: string;
  root?: string;
  buildDir?: string;
  workers?: number | string;
}) {
  mkdirSync(prefix, { recursive: true });
  // nginx workers may run as another user when started as root.
  chmodSync(prefix, 0o755);
  const { nginxConf } = writeNginxConfig({ root, buildDir, port, host, out: join(prefix, 'site.conf'), workers });
  const url = `http://${host}:${port}`;
  return startNginxWith({ prefix, conf: nginxConf, url, probe: `${url}/zh` });
}
