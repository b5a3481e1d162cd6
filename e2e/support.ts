import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Page } from '@playwright/test';

export const demoPassword = 'Virage-demo-2026';
export const demo = {
  customer: 'client@virage.example',
  advisor: 'conseil@virage.example',
  staff: 'vendeur.lyon@virage.example',
  manager: 'direction.lyon@virage.example',
  admin: 'admin@virage.example',
} as const;

export async function signInWithPassword(page: Page, email: string, password = demoPassword): Promise<void> {
  await page.goto('/sign-in');
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'Se connecter' }) });
  await form.getByLabel('Adresse e-mail').fill(email);
  await form.getByLabel('Mot de passe').fill(password);
  await form.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByTestId('account-link')).toBeVisible();
}

/** Reads the latest mail sent to `to` the way a demo user would: on the admin's outbox page. */
export async function latestMailTo(browser: Browser, to: string, subjectPart: string): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithPassword(page, demo.admin);
  await page.goto(`/admin/outbox?to=${encodeURIComponent(to)}`);
  const item = page.getByTestId('outbox-list').locator('li').filter({ hasText: subjectPart }).first();
  await expect(item).toBeVisible();
  const text = (await item.locator('pre').textContent()) ?? '';
  await context.close();
  return text;
}

export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  // Measure the settled page: a colour transition under way (a button enabled at hydration fading
  // to its hover colour under the pointer left by the last click) has in-between colours that fail
  // the contrast check. The pointer goes to a corner, and finite animations are let finish.
  await page.mouse.move(0, 0);
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity));
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.org`;
}

/**
 * Signs up on the sign-up page the browser is on, as a new buyer does: the page asks to confirm the
 * address; the link e-mailed (read from the admin outbox) signs in and comes back where sign-up started.
 */
export async function signUpAndConfirm(page: Page, browser: Browser, account: { name: string; email: string; password?: string }): Promise<void> {
  await page.getByLabel('Nom').fill(account.name);
  await page.getByLabel('Adresse e-mail').fill(account.email);
  await page.getByLabel('Mot de passe').fill(account.password ?? 'un-mot-de-passe-solide');
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Presque fini : nous venons d’envoyer un e-mail à ${account.email}.` })).toBeVisible();
  const mail = await latestMailTo(browser, account.email, 'Confirmez votre adresse');
  const link = /https?:\/\/\S+\/verify-email\?\S+/.exec(mail)?.[0];
  expect(link).toBeTruthy();
  const url = new URL(link!);
  await page.goto(`${url.pathname}${url.search}`);
  await expect(page.getByTestId('account-link')).toHaveText(account.name);
}
