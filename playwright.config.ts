import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, systemChromium } from './scripts/chromium';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: 'list',
  use: {
    baseURL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    // Locally a failed test keeps its trace (actions, DOM snapshots, network) but no screencast:
    // streaming JPEG frames of every test took about 40% of the run's CPU on two cores (measured on
    // continuity.spec.ts: 356 → 222 CPU-seconds; 200 with no trace). CI keeps only its log, so
    // it records no trace at all. `--trace on` gives the full trace when debugging.
    trace: process.env.CI ? 'off' : { mode: 'retain-on-failure', screenshots: false },
    launchOptions: {
      // undefined → Playwright's own browser (`npx playwright install chromium`) where Debian's is absent.
      executablePath: systemChromium,
      args: chromiumArgs,
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } } },
  ],
  webServer: {
    // A fresh embedded database per run, seeded on start, against the production build.
    command: `node --import tsx scripts/e2e-server.ts`,
    url: `${baseURL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    env: { E2E_PORT: String(port) },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
