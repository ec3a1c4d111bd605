import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable, HOSTILE_PORT, NO_DATA_PORT } from './tools/browser.ts';

const executablePath = chromiumExecutable();
// Not 4321, so that tests can run while `npm start` is serving the site.
const PORT = 4329;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Three browsers on two cores: much of a test's time is waiting (for a page, a fetch, the map to settle), not computing.
  workers: 3,
  // Each test's own budget, sized for a busy 2-CPU machine; axe scans add their own time (tests/e2e/axe.ts).
  timeout: 45_000,
  expect: { timeout: 10_000 },
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    // Each test is a first visit: the service worker would otherwise install (and download its precache) in every
    // test's browser. tests/e2e/offline.spec.ts allows it, to test it.
    serviceWorkers: 'block',
    launchOptions: executablePath ? { executablePath, args: CHROMIUM_ARGS } : { args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      // The tests run against the built site (npm test builds first), served as it would be in production.
      command: 'npm run preview:test',
      url: `http://127.0.0.1:${PORT}/en/`,
      // Never reuse a server already on the port: it could be serving another checkout's build.
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      // The site built without ../shared/data, from a small copy of the content (tests/e2e/fixture-content.ts), to check it
      // still builds, warns and shows the map without boundaries.
      command: 'npm run preview:no-data',
      url: `http://127.0.0.1:${NO_DATA_PORT}/en/`,
      // Never reuse a server already on the port: it could be serving another checkout's build.
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      // The site built from content with a script or formula payload in every text field (tests/e2e/fixture-content.ts).
      command: 'npm run preview:hostile',
      url: `http://127.0.0.1:${HOSTILE_PORT}/en/`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      // Decap's local backend for the editor's tests (tests/e2e/admin.spec.ts), over a copy of content/ in .cms-e2e/:
      // never the working copy. Never reused: a backend already on the port may be `npm run cms`, editing content/.
      command: 'node tests/e2e/cms-backend.ts',
      port: 8081,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
