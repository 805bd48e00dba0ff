/** Playwright runs against the built site served by `astro preview`, in Chromium. */
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from '../tools/lib/browser.ts';

/** The port the tests' preview server listens on (apart from `npm start`'s 4321); `TEST_PORT` moves it, so two checkouts can test at once. */
export const TEST_PORT = Number(process.env['TEST_PORT'] || 4329);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: 2,
  reporter: [['list']],
  // Upper bounds for a hang, not for speed: every wait is for a condition, and a machine busy with
  // another build may take several times as long as an idle one to get there (STYLE.md, habit 13).
  timeout: 90_000,
  expect: { timeout: 20_000 },
  use: {
    baseURL: `http://127.0.0.1:${TEST_PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath: ensureChromium(), args: CHROMIUM_ARGS },
  },
  webServer: {
    // --ignore-lock: a preview the developer left running (`npm start`) must not stop the tests, nor may Astro background this one.
    command: `npm run build && npx astro preview --ignore-lock --host 127.0.0.1 --port ${TEST_PORT}`,
    cwd: '..',
    url: `http://127.0.0.1:${TEST_PORT}/`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
