import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { hashPasswordSync } from './server/feedback/password';
import { E2E_STAFF_PASSWORD } from './tests/support/staff';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

const feedbackEnv = { FEEDBACK_PER_MINUTE: '10000', STAFF_PASSWORD_HASH: hashPasswordSync(E2E_STAFF_PASSWORD) };

const phone = { ...devices['iPhone 13'], browserName: 'chromium' as const, viewport: { width: 390, height: 844 }, launchOptions };

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [
    // Server and data checks need no particular screen: run them once.
    { name: 'crawl', testMatch: /(crawl|serving|hostile|language)\.spec\.ts/ },
    // The fidelity contract and the poster print check read every item once, at phone size.
    { name: 'contract', testMatch: /(fidelity|poster)\.spec\.ts/, use: phone },
    // Feedback again, stored in PostgreSQL instead of PGlite (the second web server).
    { name: 'feedback-postgres', testMatch: /\/feedback\.spec\.ts$/, use: { ...phone, baseURL: `http://localhost:${PORT + 1}` } },
    // Larger text on the narrowest phone.
    { name: 'narrow', testMatch: /narrow\.spec\.ts/, use: { ...phone, viewport: { width: 320, height: 640 } } },
    // Residents' flows, at phone size.
    { name: 'phone', testIgnore: /(crawl|serving|hostile|language|fidelity|poster|narrow|third-city)\.spec\.ts/, use: phone },
    // Only against the build of scripts/third-city.ts (which sets THIRD_CITY=1), where a fixture city was added.
    ...(process.env.THIRD_CITY ? [{ name: 'third-city', testMatch: /third-city\.spec\.ts/, use: phone }] : []),
    // What changes with a wide screen: layout (axe) and the staff page with its QR codes and printables.
    {
      name: 'desktop',
      testMatch: /(a11y|qr)\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions },
    },
  ],
  // Always the built site served as in production, never `next dev`.
  webServer: [
    {
      command: 'node build/server.mjs',
      env: {
        PORT: String(PORT),
        // Feedback goes to a PGlite directory of its own; the tests share one client address, so the
        // per-client limit is raised here (its own tests use a server of their own).
        FEEDBACK_DATA_DIR: join(tmpdir(), `yibao-e2e-feedback-${PORT}`),
        ...feedbackEnv,
      },
      url: `http://localhost:${PORT}/zh`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      // The same build with its feedback in a throwaway PostgreSQL cluster.
      command: 'npx tsx scripts/e2e-postgres-server.ts',
      env: { PORT: String(PORT + 1), ...feedbackEnv },
      url: `http://localhost:${PORT + 1}/api/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    },
  ],
});
