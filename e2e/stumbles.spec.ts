import { expect, test, type Page } from '@playwright/test';
import { demo, latestMailTo, uniqueEmail } from './support';

// Defects a new user stumbled on (issue 13), each walked the way they met it.

const CONFIG = 'm=horizon&t=horizon-hybrid-iconic&p=bleu-abysse&w=sport&i=cuir-noir';

async function searchNear(page: Page, place: string) {
  await page.getByLabel('Code postal ou ville').fill(place);
  await page.getByRole('button', { name: 'Rechercher' }).click();
}

test('a second hold releases the first, and both cards say so', async ({ page }) => {
  await page.goto(`/availability?${CONFIG}`);
  await searchNear(page, '69002');
  const all = page.getByTestId('exact-matches').getByTestId('stock-vehicle');
  await expect(all.nth(1)).toBeVisible();
  // The list may reorder after a hold: each card is found by its VIN.
  const vin = async (i: number) => (await all.nth(i).textContent())?.match(/VIN ([A-HJ-NPR-Z0-9]{17})/)?.[1] ?? '';
  const [firstVin, secondVin] = [await vin(0), await vin(1)];
  const first = all.filter({ hasText: firstVin });
  const second = all.filter({ hasText: secondVin });
  // The first hold also creates the guest, whose session cookie re-renders the page: the car stays in
  // the list, held by this visitor, and the "your holds" box lists it.
  await first.getByRole('button', { name: /Réserver ce véhicule/ }).click();
  await expect(first.getByText(/Réservé pour vous/)).toBeVisible();
  await expect(page.getByTestId('held-car').filter({ hasText: firstVin })).toBeVisible();
  await second.getByRole('button', { name: /Réserver ce véhicule/ }).click();
  await expect(second.getByText(/Réservé pour vous/)).toBeVisible();
  await expect(second.getByRole('status').filter({ hasText: 'Votre réservation précédente a été libérée' })).toBeVisible();
  // The released car no longer says it is held, and the holds box shows only the second car.
  await expect(first.getByText(/Réservé pour vous/)).toHaveCount(0);
  await expect(first.getByRole('status').filter({ hasText: /libérée/ })).toBeVisible();
  await expect(page.getByTestId('held-car')).toHaveCount(1);
  await expect(page.getByTestId('held-car')).toContainText(secondVin);
  // A reload shows the same truth from the server.
  await page.reload();
  await expect(second.getByText(/Réservé pour vous/)).toBeVisible();
  await expect(first.getByText(/Réservé pour vous/)).toHaveCount(0);
  await expect(first.getByRole('button', { name: /Réserver ce véhicule/ })).toBeVisible();
});

test('a trade-in that cannot be estimated says why next to the field', async ({ page }) => {
  await page.goto(`/financing?${CONFIG}`);
  await page.getByLabel('Marque').fill('Zorglub');
  await page.getByLabel('Modèle').fill('Z1');
  await page.getByLabel('Année').fill('2018');
  await page.getByLabel('Kilométrage', { exact: true }).fill('80000');
  await page.getByRole('button', { name: 'Estimer' }).click();
  await expect(page.getByLabel('Marque')).toHaveAccessibleDescription('Nous n’avons pas de cote pour la marque « Zorglub » : vérifiez son orthographe (ex. : Renault, Peugeot).');
  await expect(page.getByLabel('Marque')).toHaveAttribute('aria-invalid', 'true');
});

test('sign-up does not reveal an existing account; a reused magic link says so', async ({ page, browser }) => {
  // Three e-mails go through the outbox and its worker: slow on a busy machine, not a speed check.
  test.slow();
  await page.goto('/sign-up');
  await page.getByLabel('Nom').fill('Quelqu’un');
  await page.getByLabel('Adresse e-mail').fill(demo.customer);
  await page.getByLabel('Mot de passe').fill('pas-le-bon-mot-de-passe');
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  const answer = page.getByRole('status').filter({ hasText: 'Presque fini' });
  await expect(answer).toHaveText(`Presque fini : nous venons d’envoyer un e-mail à ${demo.customer}. Ouvrez le lien qu’il contient (valable une heure) pour confirmer votre adresse ; il vous connecte et vous mène à votre espace.`);
  await expect(page.getByText('Un compte existe déjà')).toHaveCount(0);
  await expect(page.getByTestId('account-link')).toHaveCount(0);
  expect(await latestMailTo(browser, demo.customer, 'Vous avez déjà un compte Virage')).toContain('/sign-in');
  // A new address gets the very same answer, and is not signed in either until it is confirmed.
  const newcomer = uniqueEmail('nouveau');
  await page.getByLabel('Adresse e-mail').fill(newcomer);
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect(answer).toHaveText(`Presque fini : nous venons d’envoyer un e-mail à ${newcomer}. Ouvrez le lien qu’il contient (valable une heure) pour confirmer votre adresse ; il vous connecte et vous mène à votre espace.`);
  await expect(page.getByTestId('account-link')).toHaveCount(0);
  // Signing in before confirming is refused with the reason, and the link is sent again.
  await page.goto('/sign-in');
  const passwordForm = page.locator('form', { has: page.getByRole('heading', { name: 'Se connecter' }) });
  await passwordForm.getByLabel('Adresse e-mail').fill(newcomer);
  await passwordForm.getByLabel('Mot de passe').fill('pas-le-bon-mot-de-passe');
  await passwordForm.getByRole('button', { name: 'Se connecter' }).click();
  await expect(passwordForm.getByRole('alert')).toHaveText('Votre adresse n’est pas encore confirmée : nous venons de vous renvoyer le lien de confirmation par e-mail.');

  const email = uniqueEmail('lien');
  await page.goto('/sign-in');
  await page.getByLabel('Adresse e-mail').nth(1).fill(email);
  await page.getByRole('button', { name: 'Envoyer le lien' }).click();
  await expect(page.getByText('un lien de connexion vient de partir vers cette adresse')).toBeVisible();
  const link = (await latestMailTo(browser, email, 'lien de connexion')).match(/https?:\/\/\S+/)?.[0] ?? '';
  const other = await browser.newContext();
  const first = await other.newPage();
  await first.goto(link);
  await expect(first.getByTestId('account-link')).toBeVisible();
  await other.close();
  await page.goto(link);
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole('alert').filter({ hasText: 'Ce lien' })).toHaveText('Ce lien de connexion a déjà servi ou a expiré. Demandez-en un nouveau ci-dessous.');
});

test('a name over 100 characters is refused at sign-up with a message', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByLabel('Nom').evaluate((input) => input.removeAttribute('maxlength'));
  await page.getByLabel('Nom').fill('N'.repeat(301));
  await page.getByLabel('Adresse e-mail').fill(uniqueEmail('long'));
  await page.getByLabel('Mot de passe').fill('un-mot-de-passe-solide');
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Le nom' })).toHaveText('Le nom ne peut pas dépasser 100 caractères.');
});

test('the financing sliders fit a phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/financing?${CONFIG}`);
  const panel = page.getByRole('region', { name: 'Financement' }).first();
  await expect(panel).toBeVisible();
  expect((await panel.boundingBox())?.width ?? 999).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test('focus follows "Afficher en 3D" and "Enregistrer"; the 3D view turns with the arrow keys', async ({ page }) => {
  await page.goto('/configure/horizon');
  // On the test machine's software GL the page opens in 2D with the button (ViewerSlot.startsIn3d).
  const show3d = page.getByRole('button', { name: 'Afficher en 3D' });
  // Disabled (so not focusable) until the page has hydrated, like every button that needs JavaScript.
  await expect(show3d).toBeEnabled();
  await show3d.focus();
  await page.keyboard.press('Enter');
  const canvas = page.locator('canvas[data-keyboard-orbit]');
  // The canvas takes the focus once its first frame is drawn (software GL: slow).
  await expect(canvas).toBeFocused({ timeout: 60_000 });
  await expect(canvas).toHaveAccessibleDescription(/flèches gauche et droite/);
  const viewer = page.getByTestId('car-viewer');
  await expect(viewer).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  const before = await canvas.screenshot();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => Buffer.compare(await canvas.screenshot(), before) !== 0).toBe(true);

  await page.getByRole('navigation', { name: 'Étapes de la configuration' }).getByRole('button', { name: 'Récapitulatif' }).click();
  await expect(page.getByTestId('save-configuration')).toBeEnabled();
  await page.getByTestId('save-configuration').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('saved-code-message')).toBeVisible();
  await expect(page.getByTestId('save-outcome')).toBeFocused();
});

test('one financing default: the configurator’s monthly figure is the one /financing opens with, its terms beside it and printed', async ({ page }) => {
  await page.goto(`/configure/horizon?${CONFIG}`);
  const figure = page.getByTestId('monthly-estimate');
  const amount = (await figure.textContent())?.match(/ou (.+) par mois/)?.[1]?.trim() ?? 'none';
  await expect(page.getByTestId('monthly-terms')).toContainText(/3\s000\s€ d’apport, sur 48 mois/);
  const taeg = (await page.getByTestId('monthly-terms').textContent())?.match(/TAEG fixe (\d+,\d\d\s%)/)?.[1] ?? 'none';
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('monthly-example-print')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.goto(`/financing?${CONFIG}`);
  await expect(page.getByTestId('offers').getByRole('row').filter({ hasText: 'Mensualité' }).first()).toContainText(amount);
  // The same rate, written the same way (two decimals) in both places.
  await expect(page.getByTestId('offers').getByRole('row').filter({ hasText: 'TAEG' }).first()).toContainText(taeg);
});
