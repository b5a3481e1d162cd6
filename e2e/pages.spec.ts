import { expect, test } from '@playwright/test';
import { demo, expectNoSeriousA11yViolations, signInWithPassword } from './support';

const publicPages = ['/', '/models/etincelle', '/sign-in', '/sign-up', '/garage', '/orders', '/legal/mentions-legales', '/legal/cgv', '/legal/confidentialite'];

for (const path of publicPages) {
  test(`${path} has no serious accessibility violation`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('main')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
}

test('staff areas have no serious accessibility violation', async ({ page }) => {
  await signInWithPassword(page, demo.admin);
  for (const path of ['/admin', '/admin/outbox', '/advisor']) {
    await page.goto(path);
    await expectNoSeriousA11yViolations(page);
  }
});

test('an unknown page says so in French with a 404', async ({ page }) => {
  const response = await page.goto('/cette-page-nexiste-pas');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable (404)');
});

test('the layout fits a phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole('link', { name: 'Mon garage' })).toBeVisible();
});
