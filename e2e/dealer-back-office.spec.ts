import { expect, test, type Page } from '@playwright/test';
import { demo, expectNoSeriousA11yViolations, latestMailTo, signInWithPassword, uniqueEmail } from './support';

/** A local date in Paris, `days` from now, as the date input expects it. */
function parisDate(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(Date.now() + days * 86_400_000));
}

/** Step 1 of "new drive": the first model, on the first day from tomorrow that has a free slot. */
async function searchFirstFreeDay(page: Page): Promise<string> {
  const model = page.getByLabel('Modèle', { exact: true });
  const value = await model.locator('option:not([disabled])').first().getAttribute('value');
  await model.selectOption(value ?? '');
  for (let days = 1; days <= 10; days++) {
    const date = parisDate(days);
    await page.getByLabel('Jour', { exact: true }).fill(date);
    await page.getByRole('button', { name: 'Voir les créneaux' }).click();
    await expect(page).toHaveURL(new RegExp(`date=${date}`));
    const outcome = page.getByRole('heading', { name: '2. Créneau et conducteur' }).or(page.getByText('Aucun créneau libre ce jour-là'));
    await expect(outcome.first()).toBeVisible();
    if (await page.getByRole('heading', { name: '2. Créneau et conducteur' }).isVisible()) return date;
  }
  throw new Error('No free slot in the next ten days');
}

test('dealer staff books a phone drive, runs it from the calendar and reads the survey answer', async ({ page, browser }) => {
  test.slow(); // a whole drive's day plus the buyer's survey, on a shared machine
  await signInWithPassword(page, demo.staff);
  await page.goto('/dealer');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Espace concession');
  await expect(page).toHaveTitle('Espace concession · Virage');
  await expect(page.getByTestId('dealership-name')).toHaveText('Virage Lyon Gerland');
  await expect(page.getByTestId('calendar-day')).toBeVisible();
  // Settings are the manager's: not offered to dealer staff.
  await expect(page.getByRole('navigation', { name: 'Sections de l’espace concession' }).getByRole('link', { name: 'Réglages' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // A customer calls: book a showroom drive on the first free slot.
  await page.getByRole('navigation', { name: 'Sections de l’espace concession' }).getByRole('link', { name: 'Nouvel essai' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nouvel essai');
  const date = await searchFirstFreeDay(page);
  const slotTime = (await page.locator('input[name="start"]:checked').locator('xpath=..').textContent())?.trim() ?? '';
  expect(slotTime).toMatch(/^\d{2}:\d{2}$/);
  const email = uniqueEmail('essai');
  await page.getByLabel('Prénom').fill('Léa');
  await page.getByLabel('Nom', { exact: true }).fill('Garnier');
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Téléphone', { exact: true }).fill('06 12 34 56 78');
  await page.getByLabel('Numéro de permis').fill('12AB34567890');
  await page.getByLabel('Permis obtenu le').fill('2012-05-10');
  await page.getByLabel('Date de naissance').fill('1991-02-20');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Réserver l’essai' }).click();

  await expect(page.getByText('Essai réservé. Le client reçoit la confirmation par e-mail.')).toBeVisible();
  const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  const reference = title.replace('Essai ', '').trim();
  expect(reference).toMatch(/^[A-Z0-9]{6,}$/);
  await expect(page).toHaveTitle(`Essai ${reference} · Virage`);
  await expect(page.getByTestId('drive-status')).toHaveText('Prévu');
  await expect(page.getByTestId('drive-driver')).toHaveText('Léa Garnier');

  // The drive is in the calendar: day view by car, then by staff member, then the week.
  await page.getByRole('link', { name: '← Retour au calendrier' }).click();
  await expect(page).toHaveURL(new RegExp(`/dealer\\?date=${date}&view=day&by=car`));
  const inDay = page.getByTestId('calendar-drive').filter({ hasText: reference });
  await expect(inDay).toBeVisible();
  await expect(inDay).toContainText(slotTime);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: 'Par collaborateur' }).click();
  await expect(page).toHaveURL(/by=staff/);
  await expect(page.getByTestId('calendar-drive').filter({ hasText: reference })).toBeVisible();
  await page.getByRole('link', { name: 'Semaine', exact: true }).click();
  await expect(page.getByTestId('calendar-week')).toBeVisible();
  await expect(page.getByTestId('calendar-drive').filter({ hasText: reference })).toContainText('Léa Garnier');
  await expectNoSeriousA11yViolations(page);

  // The customer arrives: check in (the licence must be ticked), start, finish with notes and mileage.
  await page.getByTestId('calendar-drive').filter({ hasText: reference }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Essai ${reference}`);
  await page.getByRole('button', { name: 'Enregistrer l’arrivée' }).click();
  await expect(page.getByText('Cochez la case après avoir vu le permis de conduire.')).toBeVisible();
  await page.getByLabel('Permis de conduire vu et valide').check();
  await page.getByRole('button', { name: 'Enregistrer l’arrivée' }).click();
  await expect(page.getByTestId('drive-status')).toHaveText('Client arrivé');

  await page.getByLabel('Kilométrage au départ').fill('1200');
  await page.getByRole('button', { name: 'Démarrer l’essai' }).click();
  await expect(page.getByTestId('drive-status')).toHaveText('En cours');

  // A reading 90,000 km further is refused until confirmed with a reason; then corrected.
  await page.getByLabel('Kilométrage au retour').fill('91234');
  await page.getByRole('button', { name: 'Terminer l’essai' }).click();
  await expect(page.getByText(/Ce kilométrage est invraisemblable pour un essai/)).toBeVisible();
  await expect(page.getByTestId('drive-status')).toHaveText('En cours');
  await page.getByLabel('Kilométrage au retour').fill('1234');
  await page.getByLabel('Notes').fill('Très intéressée par la version longue autonomie.');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Terminer l’essai' }).click();
  await expect(page.getByTestId('drive-status')).toHaveText('Terminé');
  await expect(page.getByTestId('drive-notes')).toHaveText('Très intéressée par la version longue autonomie.');
  await expect(page.getByTestId('drive-mileage')).toHaveText(/1\s?234\skm/);

  // The customer answers the survey from the e-mail link (no account needed).
  const mail = await latestMailTo(browser, email, 'Comment s’est passé votre essai');
  const surveyUrl = /https?:\/\/\S+\/test-drive\/survey\/\S+/.exec(mail)?.[0];
  expect(surveyUrl).toBeTruthy();
  const buyer = await browser.newContext();
  const buyerPage = await buyer.newPage();
  await buyerPage.goto(surveyUrl ?? '');
  await expect(buyerPage.getByRole('heading', { level: 1 })).toHaveText('Votre avis sur l’essai');
  await buyerPage.locator('label').filter({ hasText: /^9$/ }).click();
  await expect(buyerPage.getByRole('radio', { name: '9', exact: true })).toBeChecked();
  await buyerPage.getByLabel('Un commentaire ? (facultatif)').fill('Conseiller très disponible, essai parfait.');
  await buyerPage.getByRole('button', { name: 'Envoyer mon avis' }).click();
  await expect(buyerPage.getByText('Merci pour votre avis !')).toBeVisible();
  await buyer.close();

  // The answer is visible to the dealership, with the average score.
  await page.getByRole('navigation', { name: 'Sections de l’espace concession' }).getByRole('link', { name: 'Avis clients' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Avis clients');
  const answer = page.getByTestId('survey-list').locator('li').filter({ hasText: reference });
  await expect(answer.getByTestId('survey-score')).toHaveText('9/10');
  await expect(answer.getByTestId('survey-comment')).toHaveText('Conseiller très disponible, essai parfait.');
  await expect(page.getByTestId('survey-average')).toContainText('/ 10');
  await expectNoSeriousA11yViolations(page);
});

test('dealer staff cannot open the settings; the manager can save them', async ({ browser }) => {
  const staff = await browser.newContext();
  const staffPage = await staff.newPage();
  await signInWithPassword(staffPage, demo.staff);
  const response = await staffPage.goto('/dealer/settings');
  expect(response?.status()).toBe(403);
  await staff.close();

  const manager = await browser.newContext();
  const page = await manager.newPage();
  await signInWithPassword(page, demo.manager);
  await page.goto('/dealer/settings');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Réglages de la concession');
  await page.getByLabel('Dimanche').fill('10:00-09:00');
  await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
  await expect(page.getByText('Chaque plage doit finir après son début.')).toBeVisible();
  await page.getByLabel('Dimanche').fill('');
  const radius = page.getByLabel('Rayon des essais à domicile (km)');
  const original = await radius.inputValue();
  const changed = String(Number(original) + 1);
  await radius.fill(changed);
  await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
  await expect(page.getByText('Réglages enregistrés.')).toBeVisible();
  await page.reload();
  await expect(radius).toHaveValue(changed);
  await expectNoSeriousA11yViolations(page);
  // Put the demo dealership back as it was for the other tests.
  await radius.fill(original);
  await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
  await expect(page.getByText('Réglages enregistrés.')).toBeVisible();
  await manager.close();
});

test('dealer staff sends a demo car to the workshop and sees the block in the calendar', async ({ page }) => {
  await signInWithPassword(page, demo.staff);
  await page.goto('/dealer/fleet');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Flotte de démonstration');
  const day = parisDate(20);
  const car = page.getByLabel('Voiture', { exact: true });
  const carLabel = (await car.locator('option').first().textContent()) ?? '';
  await page.getByLabel('Début').fill(`${day}T10:00`);
  await page.getByLabel('Fin', { exact: true }).fill(`${day}T08:00`);
  await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
  await expect(page.getByText('La fin doit être après le début.')).toBeVisible();
  await page.getByLabel('Fin', { exact: true }).fill(`${day}T12:00`);
  await page.getByLabel('Motif (facultatif)').fill('Révision des 15 000 km');
  await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
  await expect(page.getByText('Passage à l’atelier ajouté.')).toBeVisible();
  await expect(page.getByTestId('fleet-list').getByText(/Révision des 15 000 km/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto(`/dealer?date=${day}&view=day&by=car`);
  const row = page.getByTestId('calendar-row').filter({ hasText: carLabel.split(' · ')[1] ?? carLabel });
  await expect(row.getByText('Atelier 10:00–12:00')).toBeAttached();
});

// Every back-office page is reached from its navigation: the showroom tablet and the analytics too
// (they were only reachable by typing their address), and the surveys page leads to the satisfaction by step.
test('dealer staff reach the showroom tablet, the surveys and the analytics from the back-office navigation', async ({ page }) => {
  await signInWithPassword(page, demo.staff);
  await page.goto('/dealer');
  const nav = page.getByRole('navigation', { name: 'Sections de l’espace concession' });
  await nav.getByRole('link', { name: 'Showroom' }).click();
  await expect(page).toHaveURL(/\/dealer\/showroom$/);
  await expect(nav.getByRole('link', { name: 'Showroom' })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: 'Avis clients' }).click();
  await expect(page).toHaveURL(/\/dealer\/surveys$/);
  await page.getByTestId('surveys-other-steps').getByRole('link', { name: 'Voir la satisfaction par étape' }).click();
  await expect(page).toHaveURL(/\/dealer\/analytics$/);
  await expect(nav.getByRole('link', { name: 'Analyses' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
