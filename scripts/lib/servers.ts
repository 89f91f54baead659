// Starting the two production servers on loopback ports, for the tests and the load test:
// `npm start` (build/server.mjs) and nginx (server/nginx.ts).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunningServer } from '../../server/nginx';

export { startNginx, type RunningServer } from '../../server/nginx';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const HOST = '127.0.0.1';

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, HOST, () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
  });
}

/** `npm start` (node build/server.mjs) on a loopback port, serving `root` (default out/); stderr is kept for the tests. */
export async function startNpmStart({
  port,
  root,
  buildDir,
}: {
  port: number;
  root?: string;
  buildDir?: string;
}): Promise<RunningServer & { stderr: () => string; pid: number }> {
  if (!existsSync(join(REPO, 'build/server.mjs'))) throw new Error('No build/server.mjs: run `npm run build` first.');
  const child = spawn(process.execPath, [join(REPO, 'build/server.mjs')], {
    cwd: REPO,
    env: { ...process.env, PORT: String(port), HOST, ...(root ? { SITE_ROOT: root } : {}), ...(buildDir ? { BUILD_DIR: buildDir } : {}) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let running = true;
  let exitStatus = '';
  const exited = new Promise((done) => child.once('exit', (code, signal) => done((exitStatus = signal ?? `code ${code}`)))).then(
    () => (running = false),
  );
  const url = `http://${HOST}:${port}`;
  const stop = async () => {
    if (!running) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (!running) throw new Error(`npm start exited (${exitStatus}): ${stderr}`);
    try {
      await fetch(`${url}/zh`, { redirect: 'manual' });
      break;
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`npm start did not answer on ${url}: ${stderr}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { url, stop, alive: () => running, exitStatus: () => exitStatus, stderr: () => stderr, pid: child.pid! };
}
