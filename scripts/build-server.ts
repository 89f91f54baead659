// Bundles the server (server/main.ts) into build/server.mjs, which `npm start` runs with plain Node:
// no TypeScript at run time. Packages stay in node_modules.
import { build } from 'esbuild';

await build({
  entryPoints: ['server/main.ts'],
  outfile: 'build/server.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
console.log('build-server: build/server.mjs');
