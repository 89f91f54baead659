// Bundles the server (server/main.ts) into one ES module that plain Node runs: no TypeScript at run
// time, packages left in node_modules (so the bundle must sit inside the repository to find them).
import { build } from 'esbuild';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Writes the bundle of server/main.ts to `outfile`. */
export async function bundleServer(outfile: string): Promise<void> {
  await build({
    entryPoints: [join(REPO, 'server/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
}
