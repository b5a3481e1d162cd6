import { expect, test, type Page } from '@playwright/test';
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

/** Opens each page and checks the title its tab shows. */
async function expectTabTitles(page: Page, named: Array<[path: string, title: string]>) {
  for (const [path, title] of named) {
    await page.goto(path);
    await expect(page.locator('main'), path).toBeVisible();
    await expect(page, path).toHaveTitle(title);
  }
}

test('each page is named in its tab, and none logs a console error or warning', async ({ page }) => {
  const logged: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') logged.push(`${page.url()}: ${message.text()}`);
  });
  await expectTabTitles(page, [
    ['/', 'Virage — configurez, essayez, commandez'],
    ['/models/horizon', 'Virage Horizon · Virage'],
    ['/configure/horizon', 'Configurer la Virage Horizon · Virage'],
    ['/sign-in', 'Se connecter · Virage'],
    ['/sign-up', 'Créer un compte · Virage'],
    ['/legal/mentions-legales', 'Mentions légales · Virage'],
    ['/availability', 'Disponibilité et livraison · Virage'],
    ['/financing', 'Financement · Virage'],
    ['/test-drive', 'Réserver un essai · Virage'],
    ['/garage', 'Mon garage · Virage'],
  ]);
  expect(logged).toEqual([]);
});

test('the showroom tablet and the analytics fit a phone screen (390 px): wide tables scroll in their box', async ({ page }) => {
  await signInWithPassword(page, demo.manager);
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ['/dealer/showroom', '/dealer/analytics']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('staff pages are named in their tab', async ({ page }) => {
  await signInWithPassword(page, demo.admin);
  await expectTabTitles(page, [
    ['/admin', 'Administration · Virage'],
    ['/admin/outbox', 'Boîte d’envoi · Virage'],
    ['/advisor', 'Espace conseiller · Virage'],
    ['/account', 'Mon espace · Virage'],
  ]);
});

test('an unknown page says so in French with a 404', async ({ page }) => {
  const response = await page.goto('/cette-page-nexiste-pas');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable (404)');
  await expect(page).toHaveTitle('Page introuvable (404) · Virage');
  // So does an unknown model, legal page, floor car or kiosk showroom: the tab names the 404, not the site or the model.
  for (const path of ['/models/nope', '/legal/nope', '/car/nope', '/configure/nope', '/kiosk', '/kiosk?dealership=nope']) {
    expect((await page.goto(path))?.status(), path).toBe(404);
    await expect(page, path).toHaveTitle('Page introuvable (404) · Virage');
  }
});

test('on a short page, the advisor launcher does not cover the footer\'s links', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/cette-page-nexiste-pas');
  // The visitor answers the measurement banner first, as anyone would.
  await page.getByRole('region', { name: 'Mesure d’audience' }).getByRole('button', { name: 'Refuser' }).click();
  await expect(page.getByTestId('chat-launcher')).toBeVisible();
  // A click lands only where the link is on top: covered, Playwright reports the launcher intercepting it.
  await page.getByRole('contentinfo').getByRole('link', { name: 'Confidentialité' }).click();
  await expect(page).toHaveURL(/\/legal\/confidentialite$/);
});

test('the browser\'s own /favicon.ico request gets the site\'s icon, not a 404', async ({ request }) => {
  const icon = await request.get('/favicon.ico');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/svg+xml');
});

test('the layout fits a phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole('link', { name: 'Mon garage' })).toBeVisible();
});

test('on a phone a model page lists each trim as a card with its price in view', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/models/horizon');
  const cards = page.getByTestId('trim-cards').getByRole('listitem');
  await expect(cards.first()).toBeVisible();
  const first = await cards.first().boundingBox();
  expect((first?.x ?? 0) + (first?.width ?? 999)).toBeLessThanOrEqual(390);
  await expect(cards.first()).toContainText(/\d[\d\s]*\s€/);
  await expect(page.getByRole('region', { name: 'Caractéristiques par finition' })).toBeHidden();
});
