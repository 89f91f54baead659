// `npm run test:third-city`: proves that a city is a folder plus one registry line. Copies the repository
// (without node_modules and build output) to a throwaway directory, adds tests/fixtures/third-city as
// content/testville and one line to content/index.ts — nothing else — builds the site there and runs
// the third-city smoke test (tests/e2e/third-city.spec.ts) against it.
import { execSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const skip = /^(node_modules|\.next|out|build|\.git|\.variants|test-results|playwright-report|screenshots|\.scratch)(\/|$)/;
// Inside the repository (git-ignored) so node_modules can be hard-linked: Turbopack follows no symlink out of its root.
mkdirSync(join(root, '.variants'), { recursive: true });
const dir = mkdtempSync(join(root, '.variants', 'third-city-'));
try {
  for (const entry of readdirSync(root)) if (!skip.test(entry)) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  execSync(`cp -al ${JSON.stringify(join(root, 'node_modules'))} ${JSON.stringify(join(dir, 'node_modules'))}`);
  // The whole change a new city needs:
  cpSync(join(root, 'tests/fixtures/third-city'), join(dir, 'content/testville'), { recursive: true });
  appendFileSync(join(dir, 'content/index.ts'), "export { default as testville } from './testville';\n");

  execSync('npm run build', { cwd: dir, stdio: 'inherit' });
  execSync('npx playwright test --project third-city', {
    cwd: dir,
    stdio: 'inherit',
    env: { ...process.env, E2E_PORT: '3200', THIRD_CITY: '1' },
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
