// Bundles the server (server/main.ts) into build/server.mjs, which `npm start` runs with plain Node:
// no TypeScript at run time. Packages stay in node_modules.
import { bundleServer } from './lib/bundle-server';

await bundleServer('build/server.mjs');
console.log('build-server: build/server.mjs');
