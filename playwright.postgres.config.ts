import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Two production instances of Ties on one PostgreSQL database (tests/postgres/serve-two.sh), driven
// by a real Chromium: what one instance writes, the other must read, and the conflict rule holds
// across them. Needs TIES_TEST_POSTGRES_URL; run by `npm run test:postgres`.
const FIRST = Number(process.env.PG_E2E_PORT ?? 3400);
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

export default defineConfig({
  testDir: 'tests/postgres',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    launchOptions: systemChromium
      ? {
          executablePath: systemChromium,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        }
      : {},
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  // serve-two.sh starts the second instance once the first answers, so the second's health means both.
  webServer: {
    command: 'bash tests/postgres/serve-two.sh',
    url: `http://127.0.0.1:${FIRST + 1}/api/health`,
    env: { PG_E2E_PORT: String(FIRST) },
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
  },
});
