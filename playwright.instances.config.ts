import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, systemChromium } from './scripts/chromium';

// Two app instances on one PostgreSQL database (scripts/e2e-two-instances.ts): what crosses
// instances (the chat's fan-out) is tested here. `npm run test:e2e:instances` after `next build`.
const portA = Number(process.env.E2E_PORT ?? 3100);
const portB = Number(process.env.E2E_PORT_B ?? portA + 100);

export default defineConfig({
  testDir: 'e2e-instances',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: 'list',
  use: {
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: process.env.CI ? 'off' : { mode: 'retain-on-failure', screenshots: false }, // as in playwright.config.ts
    launchOptions: { executablePath: systemChromium, args: chromiumArgs },
  },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } } }],
  webServer: {
    command: 'node --import tsx scripts/e2e-two-instances.ts',
    url: `http://127.0.0.1:${portB}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    env: { E2E_PORT: String(portA), E2E_PORT_B: String(portB) },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
