import { defineConfig } from '@playwright/test';

// The browser itself is found by tests/e2e/browser.ts (the `browser` fixture): Playwright's own, Debian's, or the one
// an npm package carries, so that the end-to-end tests need nothing but `npm install`.

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: process.env.CI !== undefined,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    trace: 'retain-on-failure',
    // The page's clock runs in the zone the suite is pinned to (scripts/test.mjs), not in Kazakhstan's.
    ...(process.env.TZ ? { timezoneId: process.env.TZ } : {}),
    launchOptions: {
      // A clerk's machine has a UTF-8 locale; CI clears the environment, and under the C locale Chromium cannot take a
      // file whose name is Cyrillic («Список АМАНАТ.xlsx») into a file input.
      env: { ...process.env, LANG: process.env.LANG || 'C.UTF-8' },
    },
  },
});
