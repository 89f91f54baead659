// The end-to-end tests' second server: `npm start` (build/server.mjs) with its feedback in a throwaway
// PostgreSQL cluster instead of PGlite, so tests/e2e/feedback.spec.ts runs on both databases
// (playwright.config.ts starts it on E2E_PORT + 1). Stops the cluster when the server stops.
import { spawn } from 'node:child_process';
import { freePort } from './lib/servers';
import { startPostgres } from './lib/postgres';

const cluster = await startPostgres(await freePort());
const url = await cluster.createDatabase('feedback_e2e');
const server = spawn(process.execPath, ['build/server.mjs'], { stdio: 'inherit', env: { ...process.env, DATABASE_URL: url } });
const stop = () => server.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.on('exit', async (code) => {
  await cluster.stop();
  process.exit(code ?? 0);
});
