import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, latestMailTo, uniqueEmail } from './support';

// A guest books test drives from the configurator hand-off, gets the e-mail, reschedules and
// cancels with the link. Times come from the live slot list, so the test holds on any day.

async function fillDriver(page: Page, email: string, licenceIssuedOn = '2012-05-14') {
  await page.getByLabel('Prénom').fill('Camille');
  await page.getByLabel('Nom', { exact: true }).fill('Durand');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Téléphone').fill('06 12 34 56 78');
  await page.getByLabel('Date de naissance').fill('1990-03-15');
  await page.getByLabel('Numéro de permis').fill('12AB34567890');
  await page.getByLabel('Date d’obtention du permis').fill(licenceIssuedOn);
}

function manageLink(mail: string): string {
  const url = /https?:\/\/\S+\/test-drive\/manage\/\S+/.exec(mail)?.[0];
  expect(url).toBeTruthy();
  return new URL(url ?? '').pathname;
}

test('a guest books a showroom drive, reschedules it with the e-mail link, then cancels', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail('essai');
  await page.goto('/test-drive?model=horizon&trim=horizon-ev-evolution');
  await expect(page.getByRole('heading', { name: 'Réserver un essai' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Virage Horizon' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Électrique' })).toBeChecked();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Continuer' }).click();

  await page.getByLabel('Votre code postal ou votre ville').fill('69007');
  await page.getByRole('button', { name: 'Chercher' }).click();
  const options = page.getByTestId('dealership-options');
  await expect(options.locator('li').first()).toContainText('Virage Lyon Gerland');
  await options.getByRole('link', { name: 'Choisir Virage Lyon Gerland' }).click();

  await expect(page.getByText('Heures locales de la concession (Europe/Paris).')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByTestId('slot-days').getByRole('link').first().click();

  await expect(page.getByRole('heading', { name: 'Le conducteur' })).toBeVisible();
  await fillDriver(page, email, '2099-01-01');
  await page.getByRole('button', { name: 'Confirmer l’essai' }).click();
  await expect(page.getByRole('alert').first()).toContainText('La date d’obtention du permis n’est pas valide');
  // The field itself states the rule it broke, not « enter the date » under a date that was entered.
  const licenceDate = page.getByLabel('Date d’obtention du permis');
  await expect(licenceDate).toHaveAttribute('aria-invalid', 'true');
  await expect(licenceDate).toHaveAccessibleDescription(/ni dans le futur, ni avant 17 ans/);
  await licenceDate.fill('2012-05-14');
  await page.getByRole('button', { name: 'Confirmer l’essai' }).click();

  await expect(page.getByRole('heading', { name: 'Essai confirmé' })).toBeVisible();
  await expect(page.getByTestId('drive-summary')).toContainText('Virage Lyon Gerland');
  await expectNoSeriousA11yViolations(page);

  const confirmation = await latestMailTo(browser, email, 'Essai confirmé');
  const firstLink = manageLink(confirmation);
  await page.goto(firstLink);
  await page.getByRole('link', { name: 'Déplacer l’essai' }).click();
  await expect(page.getByRole('heading', { name: 'Choisissez un nouveau créneau' })).toBeVisible();
  // Picking a time asks first; nothing moves until it is confirmed.
  await page.getByTestId('reschedule-slots').getByRole('button').last().click();
  await expect(page.getByTestId('reschedule-confirm')).toContainText(/Déplacer l’essai au .+ à \d{2}:\d{2} \?/);
  await expect(page.getByText('Essai déplacé. Un nouvel e-mail vous a été envoyé.')).toHaveCount(0);
  await page.getByRole('button', { name: 'Confirmer le déplacement' }).click();
  await expect(page.getByText('Essai déplacé. Un nouvel e-mail vous a été envoyé.')).toBeVisible();

  // The first e-mail's link now says the drive was moved instead of acting on it.
  await page.goto(firstLink);
  await expect(page.getByText('Cet essai a été déplacé. Utilisez le lien du dernier e-mail reçu.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Annuler l’essai' })).toHaveCount(0);

  const moved = await latestMailTo(browser, email, 'Essai déplacé');
  await page.goto(manageLink(moved));
  await page.getByRole('button', { name: 'Annuler l’essai' }).click();
  await page.getByRole('button', { name: 'Oui, annuler l’essai' }).click();
  await expect(page.getByText('Votre essai est annulé.')).toBeVisible();
  await latestMailTo(browser, email, 'Essai annulé');
});

test('a guest books a drive at home inside the radius; a tampered link is refused', async ({ page, browser }) => {
  const email = uniqueEmail('essai.domicile');
  await page.goto('/test-drive');
  await page.getByRole('radio', { name: 'Virage Étincelle' }).check();
  await page.getByRole('radio', { name: /À domicile/ }).check();
  await page.getByRole('button', { name: 'Continuer' }).click();

  await page.getByLabel('Numéro et rue').fill('5 rue Paul Bert');
  await page.getByLabel('Code postal').fill('69003');
  await page.getByLabel('Ville').fill('Lyon');
  await page.getByRole('button', { name: 'Vérifier l’adresse' }).click();
  await expect(page.getByRole('heading', { name: 'Concessions qui viennent jusqu’à vous' })).toBeVisible();
  await page.getByTestId('dealership-options').getByRole('link').first().click();
  await page.getByTestId('slot-days').getByRole('link').first().click();
  await expect(page.getByTestId('chosen-slot')).toContainText('Virage Étincelle');
  await fillDriver(page, email);
  await page.getByRole('button', { name: 'Confirmer l’essai' }).click();
  await expect(page.getByRole('heading', { name: 'Essai confirmé' })).toBeVisible();
  await expect(page.getByTestId('drive-summary')).toContainText('À domicile : 5 rue Paul Bert, 69003 Lyon');

  const mail = await latestMailTo(browser, email, 'Essai confirmé');
  expect(mail).toContain('À domicile');
  const link = manageLink(mail);
  await page.goto(`${link.slice(0, -3)}xyz`);
  await expect(page.getByText('Ce lien n’est pas valide.')).toBeVisible();
});

test('a guest who books the same time again (a second tab, the back button) is told the drive is already theirs, not booked twice', async ({ page }) => {
  await page.goto('/test-drive?model=horizon&trim=horizon-ev-evolution');
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.getByLabel('Votre code postal ou votre ville').fill('69007');
  await page.getByRole('button', { name: 'Chercher' }).click();
  await page.getByTestId('dealership-options').getByRole('link', { name: 'Choisir Virage Lyon Gerland' }).click();
  await page.getByTestId('slot-days').getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'Le conducteur' })).toBeVisible();
  const driverStep = page.url();
  await fillDriver(page, uniqueEmail('essai.double'));
  await page.getByRole('button', { name: 'Confirmer l’essai' }).click();
  await expect(page.getByRole('heading', { name: 'Essai confirmé' })).toBeVisible();

  await page.goto(driverStep);
  await fillDriver(page, uniqueEmail('essai.double'));
  await page.getByRole('button', { name: 'Confirmer l’essai' }).click();
  const alert = page.getByRole('alert').first();
  await expect(alert).toContainText('Vous avez déjà un essai réservé à cette heure-là.');
  await expect(alert.getByRole('link', { name: 'Choisissez un nouveau créneau' })).toHaveAttribute('href', /\/test-drive\/slots\?.*error=BUYER_ALREADY_BOOKED/);
});
