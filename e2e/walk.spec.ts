import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { catalogue } from '../modules/catalog/data';
import { MEASUREMENT_COOKIE } from '../modules/journey';
import AxeBuilder from '@axe-core/playwright';
import { demo, signInWithPassword } from './support';

// A walk of every page of every role on a desktop and a phone (issue 13, "keep it from coming
// back"): no horizontal overflow, no message key or raw catalogue/status code on screen, no console
// error, no serious accessibility violation. One signed-in context per role, resized between the
// two viewports, keeps the walk short.

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const CONFIG = 'm=horizon&t=horizon-hybrid-iconic&p=bleu-abysse&w=sport&i=cuir-noir';

type Role = 'guest' | 'customer' | 'staff' | 'manager' | 'advisor' | 'admin';

const PUBLIC = [
  '/',
  '/models/etincelle',
  '/models/horizon',
  '/models/magistrale',
  '/configure',
  '/configure/horizon',
  `/availability?${CONFIG}`,
  // With a place: stock, the factory window and the showrooms' lines (a count of 0 prints nothing).
  `/availability?${CONFIG}&place=69002`,
  `/financing?${CONFIG}`,
  '/garage',
  '/garage/compare',
  '/g',
  '/test-drive',
  '/test-drive/place?model=horizon&kind=showroom&near=69002',
  '/orders',
  '/legal/mentions-legales',
  '/legal/cgv',
  '/legal/confidentialite',
];

const PAGES: Record<Role, readonly string[]> = {
  guest: [...PUBLIC, '/sign-in', '/sign-up'],
  customer: ['/', '/account', '/garage', '/orders', `/availability?${CONFIG}`, '/test-drive'],
  staff: ['/dealer', '/dealer?view=week', '/dealer/drives/new', '/dealer/fleet', '/dealer/orders', '/dealer/surveys'],
  manager: ['/dealer', '/dealer/settings', '/dealer/staff', '/dealer/fleet'],
  advisor: ['/advisor'],
  admin: ['/admin', '/admin/outbox'],
};

const ACCOUNTS: Record<Exclude<Role, 'guest'>, string> = {
  customer: demo.customer,
  staff: demo.staff,
  manager: demo.manager,
  advisor: demo.advisor,
  admin: demo.admin,
};

/** Message namespaces: a visible "namespace.key" is a missing translation. */
const namespaces = Object.keys(JSON.parse(readFileSync('messages/fr.json', 'utf8')) as Record<string, unknown>);
const keyPattern = new RegExp(`(?<![\\w@/.-])(?:${namespaces.join('|')})\\.[a-zA-Z][\\w.]*`);
/** Codes of the catalogue (trims, paints, wheels, interiors, options, packs) shown instead of names. */
const codes = [
  ...catalogue.models.flatMap((m) => m.trims.map((t) => t.code)),
  ...catalogue.paints.map((p) => p.code),
  ...catalogue.wheels.map((w) => w.code),
  ...catalogue.interiors.map((i) => i.code),
  ...catalogue.options.map((o) => o.code),
  ...catalogue.packs.map((p) => p.code),
].filter((code) => code.includes('-'));
const codePattern = new RegExp(`(?<![\\w/=.-])(?:${codes.join('|')})(?![\\w-])`);
/** snake_case states (in_transit, no_show…) and bare English outbox states. */
const statePattern = /(?<![\w@/.-])[a-z]+_[a-z_]+(?![\w@.-])|:\s*(?:kept|pending|sent|failed|dead)\b/;

async function rolePage(browser: Browser, role: Role): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: VIEWPORTS[0] });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  // The console says "404" without the address: keep the failed responses' addresses beside it.
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${page.url()}: ${response.status()} ${response.url()}`);
  });
  if (role !== 'guest') await signInWithPassword(page, ACCOUNTS[role]);
  return { context, page, errors };
}

async function checkPage(page: Page, path: string, viewport: string): Promise<void> {
  const where = `${path} at ${viewport}`;
  const response = await page.goto(path);
  expect.soft(response?.status(), `${where}: status`).toBeLessThan(400);
  await expect(page.locator('main')).toBeVisible();
  await page.waitForLoadState('networkidle');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect.soft(overflow, `${where}: horizontal overflow`).toBeLessThanOrEqual(0);
  // Names the privacy page must print as they are (the cookies it lists) are not raw states.
  const text = (await page.locator('body').innerText()).replaceAll(MEASUREMENT_COOKIE, '');
  expect.soft(text.match(keyPattern)?.[0], `${where}: untranslated key`).toBeUndefined();
  expect.soft(text.match(codePattern)?.[0], `${where}: raw catalogue code`).toBeUndefined();
  expect.soft(text.match(statePattern)?.[0], `${where}: raw state`).toBeUndefined();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect.soft(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`), `${where}: accessibility`).toEqual([]);
}

// One test per role and viewport: a dozen pages with axe each, on a shared machine.
for (const role of Object.keys(PAGES) as Role[]) {
  for (const viewport of VIEWPORTS) {
    test(`walk: every ${role} page at ${viewport.name}`, async ({ browser }) => {
      test.slow();
      const { context, page, errors } = await rolePage(browser, role);
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      for (const path of PAGES[role]) await checkPage(page, path, viewport.name);
      expect(errors, 'console errors').toEqual([]);
      await context.close();
    });
  }
}

test('walk: the configurator shows its price and main call to action without scrolling on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/configure/horizon');
  const bar = page.getByTestId('phone-price-bar');
  await expect(bar.getByTestId('phone-price-total')).toBeInViewport();
  await expect(bar.getByRole('button', { name: /Suivant/ })).toBeInViewport();
  await expect(bar.getByRole('button', { name: /Suivant/ })).toBeEnabled();
  await bar.getByRole('button', { name: /Suivant/ }).press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Peinture' })).toBeFocused();
});
