// `npm start`: serves the build (out/, build/) on PORT (default 3000) and HOST (default 0.0.0.0).
// After a new build, send SIGHUP (or restart) to pick up the new files; the build's stamp
// (build/build-id) is also watched and reloads the site by itself.
import { existsSync, watchFile } from 'node:fs';
import { createApp } from './app';
import { feedbackConfig } from './feedback/config';

const PORT = Number(process.env.PORT ?? 3000);
const HOST = process.env.HOST ?? '0.0.0.0';
const ROOT = process.env.SITE_ROOT ?? 'out';
const BUILD = process.env.BUILD_DIR ?? 'build';
// Files held in memory, in MB (the rest is read from disk per request).
const MEMORY_MB = Number(process.env.STATIC_MEMORY_MB ?? 256);

if (!existsSync(`${ROOT}/index.html`) || !existsSync(`${BUILD}/csp.json`)) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}
if (!Number.isInteger(PORT) || PORT < 0 || PORT > 65535) {
  console.error(`PORT must be a port number (got "${process.env.PORT}")`);
  process.exit(1);
}

let feedback: ReturnType<typeof feedbackConfig>;
try {
  feedback = feedbackConfig(process.env);
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}

const { app, reload } = await createApp({ root: ROOT, buildDir: BUILD, memoryBudget: MEMORY_MB * 1024 * 1024, feedback: feedback.options });
const reloadNow = (why: string) => {
  try {
    reload();
    console.log(`Reloaded the site (${why})`);
  } catch (err) {
    // A build in progress: keep serving what was loaded and try again on the next signal.
    console.error(`Could not reload the site (${why}): ${err instanceof Error ? err.message : err}`);
  }
};
process.on('SIGHUP', () => reloadNow('SIGHUP'));
watchFile(`${BUILD}/build-id`, { interval: 2000 }, (now, before) => {
  if (now.mtimeMs !== before.mtimeMs && now.mtimeMs > 0) reloadNow('new build');
});
for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.on(signal, () => {
    app
      .close()
      .then(() => feedback.options.database.close())
      .finally(() => process.exit(0));
  });

await app.listen({ port: PORT, host: HOST });
console.log(`Serving ${ROOT}/ on http://localhost:${PORT}`);
// The site serves at once; the feedback database opens (and migrates) behind it.
feedback.start().then((line) => console.log(line));
