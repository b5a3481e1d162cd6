import { expect, test } from '@playwright/test';
import { demo, latestMailTo, signInWithPassword, signUpAndConfirm, uniqueEmail } from './support';

test('a new buyer signs up, signs out, signs in by password and by magic link', async ({ page, browser }) => {
  const email = uniqueEmail('acheteur');
  const password = 'un-mot-de-passe-solide';
  await page.goto('/sign-up');
  // Each mistake is named under its own field, in French, and marks that field invalid.
  const signUp = page.getByRole('button', { name: 'Créer mon compte' });
  await page.getByLabel('Nom').fill('   ');
  await page.getByLabel('Adresse e-mail').fill('alex@x');
  await page.getByLabel('Mot de passe').fill(password);
  await signUp.click();
  await expect(page.getByLabel('Nom')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Indiquez votre nom.')).toBeVisible();
  await page.getByLabel('Nom').fill('Alex Durand');
  await signUp.click();
  await expect(page.getByLabel('Adresse e-mail')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Adresse e-mail invalide.')).toBeVisible();
  await expect(page.getByLabel('Nom')).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill('x'.repeat(129));
  await signUp.click();
  await expect(page.getByText('Le mot de passe ne peut pas dépasser 128 caractères.')).toBeVisible();
  await signUpAndConfirm(page, browser, { name: 'Alex Durand', email, password });
  // From the sign-up page itself, the link lands in the buyer's space, which says the address is confirmed.
  await expect(page).toHaveURL(/\/account\?welcome=1$/);
  await expect(page.getByRole('status').filter({ hasText: 'Votre adresse est confirmée et vous êtes connecté' })).toBeVisible();

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('link', { name: 'Se connecter' })).toBeVisible();

  await page.goto('/sign-in');
  const passwordForm = page.locator('form', { has: page.getByRole('heading', { name: 'Se connecter' }) });
  await passwordForm.getByLabel('Adresse e-mail').fill(email);
  await passwordForm.getByLabel('Mot de passe').fill('wrong-password-123');
  await passwordForm.getByRole('button', { name: 'Se connecter' }).click();
  await expect(passwordForm.getByRole('alert')).toHaveText('E-mail ou mot de passe incorrect.');
  await passwordForm.getByLabel('Mot de passe').fill(password);
  await passwordForm.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByTestId('account-link')).toHaveText('Alex Durand');
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('link', { name: 'Se connecter' })).toBeVisible();

  await page.goto('/sign-in');
  await page.getByLabel('Adresse e-mail').nth(1).fill(email);
  await page.getByRole('button', { name: 'Envoyer le lien' }).click();
  await expect(page.getByText('un lien de connexion vient de partir vers cette adresse')).toBeVisible();
  const mail = await latestMailTo(browser, email, 'lien de connexion');
  const link = mail.match(/https?:\/\/\S+/)?.[0];
  expect(link).toBeTruthy();
  await page.goto(link!);
  await expect(page.getByTestId('account-link')).toHaveText('Alex Durand');
});

test('the language switch is kept across pages', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Votre prochaine voiture, en ligne et en vrai');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your next car, online and for real');
  await page.getByRole('link', { name: 'My garage' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My garage');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mon garage');
});

test('what a guest saved joins their account when they sign up', async ({ page, browser }) => {
  await page.goto('/models/horizon');
  await page.getByRole('button', { name: 'Enregistrer dans mon garage' }).click();
  const saved = page.getByText(/Enregistré dans votre garage \(code [A-Z0-9]{8}\)/);
  await expect(saved).toBeVisible();
  const code = (await saved.textContent())!.match(/code ([A-Z0-9]{8})/)![1]!;

  await page.goto('/sign-up');
  await signUpAndConfirm(page, browser, { name: 'Invité Converti', email: uniqueEmail('invite') });
  await page.goto('/garage');
  await expect(page.getByTestId('garage-list')).toContainText(code);
});

test('each demo account lands in its own area and is refused elsewhere', async ({ browser }) => {
  const cases = [
    { email: demo.customer, landing: '/', heading: 'Votre prochaine voiture, en ligne et en vrai' },
    { email: demo.advisor, landing: '/advisor', heading: 'Espace conseiller' },
    { email: demo.staff, landing: '/dealer', heading: 'Espace concession' },
    { email: demo.manager, landing: '/dealer', heading: 'Espace concession' },
    { email: demo.admin, landing: '/admin', heading: 'Administration' },
  ];
  for (const { email, landing, heading } of cases) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInWithPassword(page, email);
    await expect(page).toHaveURL(new RegExp(`${landing === '/' ? '/$' : landing}`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await context.close();
  }

  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithPassword(page, demo.customer);
  const response = await page.goto('/dealer');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accès refusé (403)');
  const adminResponse = await page.goto('/admin');
  expect(adminResponse?.status()).toBe(403);
  await context.close();
});

test('a visitor without an account is sent to sign in from a staff area', async ({ page }) => {
  await page.goto('/dealer');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fdealer/);
});

// English dates follow the British order the site writes everywhere (« 7 Dec 2026 »), not the
// American one Intl gives the bare locale « en » (« Dec 7, 2026 »).
test('in English, the garage dates its saved car the British way', async ({ page }) => {
  await page.goto('/models/horizon');
  await page.getByRole('button', { name: 'Enregistrer dans mon garage' }).click();
  await expect(page.getByText(/Enregistré dans votre garage/)).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('/garage');
  const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/Paris' }).format(new Date());
  await expect(page.getByTestId('garage-list')).toContainText(today);
});
