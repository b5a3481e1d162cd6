import { expect, test } from '@playwright/test';
import { demo, latestMailTo, signInWithPassword, signUpAndConfirm, uniqueEmail } from './support';

// A new buyer orders a configured car online, pays the deposit on the built-in test-payment page
// (no Stripe keys: same signed webhook path), the dealership moves the order along, then the buyer
// withdraws (Code de la consommation L221-18) and sees the deposit refunded.
test('configure → order → sign up → checkout → pay → track → dealer steps → withdraw and refund', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const email = uniqueEmail('commande');
  // The order button lives on the configurator's summary step: model page → configurator → summary.
  await page.goto('/models/horizon');
  await page.getByRole('main').getByRole('link', { name: 'Configurer', exact: true }).click();
  await expect(page).toHaveURL(/\/configure\/horizon/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Configurez votre Virage Horizon');
  await page.getByRole('navigation', { name: 'Étapes de la configuration' }).getByRole('button', { name: 'Récapitulatif' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Récapitulatif' })).toBeFocused();
  await expect(page.getByTestId('price-panel')).toHaveAttribute('data-pending', 'false');
  await page.getByRole('button', { name: 'Commander' }).click();

  // A guest is sent to sign up and comes back to checkout.
  await expect(page).toHaveURL(/\/sign-up\?next=%2Fcheckout%3Fconfig%3D[A-Z0-9]{8}/);
  // A new account confirms its address from the e-mailed link, which brings the buyer back to this checkout.
  await signUpAndConfirm(page, browser, { name: 'Camille Acheteuse', email });
  await expect(page).toHaveURL(/\/checkout\?config=[A-Z0-9]{8}/);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Commander');
  await expect(page.getByTestId('order-deposit')).toContainText('500');
  await expect(page.getByLabel('Prénom')).toHaveValue('Camille');
  await page.getByLabel('Concession de retrait').selectOption({ label: 'Virage Lyon Gerland (Lyon)' });
  await page.getByLabel('Téléphone').fill('06 12 34 56 78');
  await page.getByLabel('Adresse').fill('3 rue de la République');
  await page.getByLabel('Code postal').fill('69002');
  await page.getByLabel('Ville').fill('Lyon');
  await page.getByRole('checkbox', { name: /conditions générales de vente/ }).check();
  await page.getByRole('checkbox', { name: /droit de rétractation/ }).check();
  await page.getByRole('button', { name: 'Passer la commande' }).click();

  await expect(page).toHaveURL(/\/orders\/[a-z0-9]+$/);
  const orderUrl = new URL(page.url()).pathname;
  const orderId = orderUrl.split('/').pop()!;
  await expect(page.getByTestId('order-timeline')).toContainText('En attente de l’acompte');

  // Pay on the test page, clearly labelled as a test.
  await page.getByTestId('pay-deposit').click();
  await expect(page).toHaveURL(/\/checkout\/test-payment\/cs_test_virage_/);
  await expect(page.getByText(/PAGE DE TEST/)).toBeVisible();
  await page.getByTestId('test-pay').click();
  await expect(page).toHaveURL(new RegExp(`/orders/${orderId}\\?paid=1`));
  await expect(page.getByText('Paiement reçu : merci !')).toBeVisible();
  await expect(page.getByTestId('order-timeline')).toContainText('Acompte reçu');
  const mail = await latestMailTo(browser, email, 'confirmée');
  expect(mail).toContain(`/orders/${orderId}`);

  // The dealership checks the paperwork, allocates a production slot and marks the car ready.
  const staff = await browser.newContext();
  const staffPage = await staff.newPage();
  await signInWithPassword(staffPage, demo.staff);
  await staffPage.goto('/dealer/orders');
  await expect(staffPage.getByTestId('dealer-orders')).toContainText(email);
  await staffPage.goto(`/dealer/orders/${orderId}`);
  await staffPage.getByTestId('advance-documents_checked').click();
  await expect(staffPage.getByTestId('order-timeline')).toContainText('Dossier vérifié');
  await staffPage.getByTestId('allocate-production').click();
  await expect(staffPage.getByTestId('order-timeline')).toContainText('Véhicule attribué');
  await staffPage.getByTestId('advance-ready').click();
  await expect(staffPage.getByTestId('order-timeline')).toContainText('Prête');
  await staff.close();

  // The buyer sees the timeline advance, then withdraws in two clicks and sees the refund.
  await page.goto(orderUrl);
  await expect(page.getByTestId('order-timeline')).toContainText('Prête');
  await page.getByTestId('withdraw').click();
  await page.getByTestId('withdraw').click();
  await expect(page.getByTestId('order-timeline')).toContainText('Rétractée');
  await expect(page.getByTestId('order-payments')).toContainText(/Remboursement · 500,00\s€ · réglé/);
  await page.goto('/orders');
  await expect(page.getByTestId('orders-list')).toContainText('Rétractée');
});

test('another buyer gets a 404 on an order that is not theirs', async ({ page }) => {
  await signInWithPassword(page, demo.customer);
  const response = await page.goto('/orders/not-an-order-id');
  expect(response?.status()).toBe(404);
});
