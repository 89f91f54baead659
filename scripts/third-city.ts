// `npm run test:third-city`: proves that a city is a folder plus one registry line. In a throwaway copy
// of the repository it adds tests/fixtures/third-city as content/testville and one line to
// content/index.ts, nothing else, builds the site for https://guide.example.org and runs the smoke test
// tests/e2e/third-city.spec.ts. It also checks that an invalid SITE_URL stops the build.
import { execSync } from 'node:child_process';
import { appendFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { makeVariant, removeVariant } from './variant';

const dir = makeVariant('third-city');
try {
  // The whole change a new city needs:
  cpSync('tests/fixtures/third-city', join(dir, 'content/testville'), { recursive: true });
  appendFileSync(join(dir, 'content/index.ts'), "export { default as testville } from './testville';\n");

  // An origin that is not one stops the build at once, naming the variable.
  let refused = '';
  try {
    execSync('npx next build', { cwd: dir, stdio: 'pipe', env: { ...process.env, SITE_URL: 'not-a-url' } });
  } catch (err) {
    refused = String((err as { stderr?: Buffer }).stderr ?? '') + String((err as { stdout?: Buffer }).stdout ?? '');
  }
  if (!refused.includes('SITE_URL must be')) throw new Error(`SITE_URL=not-a-url did not fail the build with a clear message:\n${refused}`);
  console.log('third-city: SITE_URL=not-a-url fails the build with a message naming SITE_URL');

  execSync('npm run build', {
    cwd: dir,
    stdio: 'inherit',
    env: { ...process.env, SITE_URL: 'https://guide.example.org', SECURITY_CONTACT: 'mailto:security@guide.example.org' },
  });
  execSync('npx playwright test --project third-city', {
    cwd: dir,
    stdio: 'inherit',
    env: { ...process.env, E2E_PORT: '3200', THIRD_CITY: '1' },
  });
} finally {
  removeVariant(dir);
}
