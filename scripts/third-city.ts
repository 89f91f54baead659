// `npm run test:third-city`: proves that a city is a folder plus one registry line. In a throwaway copy
// of the repository it adds tests/fixtures/third-city as content/testville and one line to
// content/index.ts, nothing else, builds the site and runs the smoke test tests/e2e/third-city.spec.ts.
import { execSync } from 'node:child_process';
import { appendFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { makeVariant, removeVariant } from './variant';

const dir = makeVariant('third-city');
try {
  // The whole change a new city needs:
  cpSync('tests/fixtures/third-city', join(dir, 'content/testville'), { recursive: true });
  appendFileSync(join(dir, 'content/index.ts'), "export { default as testville } from './testville';\n");

  execSync('npm run build', { cwd: dir, stdio: 'inherit' });
  execSync('npx playwright test --project third-city', {
    cwd: dir,
    stdio: 'inherit',
    env: { ...process.env, E2E_PORT: '3200', THIRD_CITY: '1' },
  });
} finally {
  removeVariant(dir);
}
