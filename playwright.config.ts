import { defineConfig, devices } from '@playwright/test';

/**
 * Port of `vite preview` for the e2e run (strict: a leftover server makes the run fail loudly).
 * E2E_PORT lets two checkouts on one machine run their suites side by side.
 */
const PORT = Number(process.env.E2E_PORT ?? 4173);

// End-to-end tests run in Debian's Chromium against the production build, served by `vite preview`
// (toolchain.md: Playwright cannot download its own browsers here). scripts/ensure-chromium.mjs installs it.
export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  timeout: 30_000,
  // The list reporter is for people; the json file is what scripts/test-all.mjs counts.
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e-artifacts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // test-all.mjs builds first; `npm run test:e2e` alone builds here (PW_SKIP_BUILD=1 skips it).
    command: `${process.env.PW_SKIP_BUILD ? '' : 'npm run -s build && '}node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
