import { expect, test } from '@playwright/test';
import { checkoutWithHandover, fillCheckoutWithHandover, PDF, PNG, upload } from './checkout-support';
import { demo, latestMailTo, signInWithPassword, signUpAndConfirm, uniqueEmail } from './support';

// The path, as a new buyer and the dealership do it: configure → summary → order → sign up
// → checkout with click & collect and a handover slot from the slot engine → pay the deposit on the
// built-in test-payment page (no Stripe keys: same signed webhook path) → upload the documents → the
// dealer rejects one, the buyer re-uploads, the dealer accepts → the buyer signs the order form
// with the e-mailed code → the dealer checks the file (refused until then), allocates, marks the
// car ready and moves the handover → the timeline advances → the buyer withdraws (L221-18) and
// sees the deposit refunded.
test('configure → order → sign up → checkout with a handover slot → pay → paperwork → sign → dealer steps → withdraw and refund', async ({ page, browser }) => {
  test.setTimeout(300_000);
  const email = uniqueEmail('commande');
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
  // A new buyer has dealt with no dealership yet: none is chosen for them, and the slots wait for the choice.
  await expect(page.getByLabel('Concession de retrait')).toHaveValue('');
  await expect(page.getByText('Choisissez d’abord la concession de retrait : ses créneaux s’affichent ici.')).toBeVisible();
  // Click & collect: the handover slot is one the slot engine offers at the chosen dealership.
  const { orderId, slot } = await checkoutWithHandover(page);
  const orderUrl = `/orders/${orderId}`;
  // Back to the checkout and the same order once more: the order waiting for its deposit is shown, none is added.
  await page.goBack();
  await expect(page).toHaveURL(/\/checkout\?config=[A-Z0-9]{8}/);
  await fillCheckoutWithHandover(page);
  await page.getByRole('button', { name: 'Passer la commande' }).click();
  await expect(page.getByRole('alert').first()).toContainText('Cette voiture est déjà commandée et attend son acompte');
  await page.getByTestId('waiting-order').click();
  await expect(page).toHaveURL(new RegExp(`${orderUrl}$`));
  await expect(page.getByTestId('order-timeline')).toContainText('En attente de l’acompte');
  await expect(page.getByTestId('order-delivery')).toContainText('Retrait à Virage Lyon Gerland');
  await expect(page.getByTestId('handover-appointment')).toContainText('Remise des clés le');
  await expect(page.getByTestId('handover-appointment')).toContainText(slot.split(' · ')[1] ?? slot);
  // The handover booked with the order is a step of its own on the timeline; the buyer may move it
  // themselves to another free slot of the same engine (the dealership can too, later).
  await expect(page.getByTestId('order-timeline')).toContainText('Rendez-vous de remise des clés réservé avec la commande');
  const ownMove = page.getByTestId('buyer-handover-slot');
  await expect(page.getByRole('button', { name: 'Déplacer' })).toBeEnabled();
  // Another slot than the one booked (which is offered too: it stays the buyer's until moved).
  const otherSlot = ownMove.locator('option:not([disabled])').filter({ hasNotText: slot }).first();
  const otherTime = ((await otherSlot.textContent()) ?? '').split(' · ')[1] ?? '';
  await ownMove.selectOption((await otherSlot.getAttribute('value')) ?? '');
  await page.getByRole('button', { name: 'Déplacer' }).click();
  await expect(page.getByTestId('order-timeline')).toContainText('Rendez-vous de remise des clés déplacé par l’acheteur');
  await expect(page.getByTestId('handover-appointment')).toContainText(otherTime);

  // Pay on the test page, clearly labelled as a test.
  await page.getByTestId('pay-deposit').click();
  await expect(page).toHaveURL(/\/checkout\/test-payment\/cs_test_virage_/);
  await expect(page.getByText(/PAGE DE TEST/)).toBeVisible();
  await page.getByTestId('test-pay').click();
  await expect(page).toHaveURL(new RegExp(`/orders/${orderId}\\?paid=1`));
  await expect(page.getByText('Paiement reçu : merci !')).toBeVisible();
  // The tab is named after the order, as its heading is.
  await expect(page).toHaveTitle(`${await page.getByRole('heading', { level: 1 }).textContent()} · Virage`);
  await expect(page).toHaveTitle(/^Commande \S+ · Virage$/);
  const reference = ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').replace('Commande ', '');
  // Another buyer with this order's address, and a visitor who is not signed in, learn nothing of
  // it, not even its reference in the tab: a 404, and the sign-in page.
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  await signInWithPassword(strangerPage, demo.customer);
  expect((await strangerPage.goto(orderUrl))?.status()).toBe(404);
  await expect(strangerPage).toHaveTitle('Page introuvable (404) · Virage');
  await expect(strangerPage.locator('body')).not.toContainText(reference);
  await stranger.close();
  const visitor = await browser.newContext();
  const visitorPage = await visitor.newPage();
  await visitorPage.goto(orderUrl);
  await expect(visitorPage).toHaveURL(/\/sign-in\?next=%2Forders%2F/);
  await expect(visitorPage).toHaveTitle('Se connecter · Virage');
  await expect(visitorPage.locator('body')).not.toContainText(reference);
  await visitor.close();
  await expect(page.getByTestId('order-timeline')).toContainText('Acompte reçu');
  // The price block no longer asks for the deposit once it is paid.
  await expect(page.getByText('Acompte versé', { exact: true })).toBeVisible();
  await expect(page.getByText('Acompte à régler maintenant')).toHaveCount(0);
  expect(await latestMailTo(browser, email, 'confirmée')).toContain(`/orders/${orderId}`);

  // The dealership cannot mark the file checked before the paperwork is done.
  const staff = await browser.newContext();
  const staffPage = await staff.newPage();
  await signInWithPassword(staffPage, demo.staff);
  await staffPage.goto('/dealer/orders');
  await expect(staffPage.getByTestId('dealer-orders')).toContainText(email);
  await staffPage.goto(`/dealer/orders/${orderId}`);
  // The tab names the order, as its heading does.
  await expect(staffPage).toHaveTitle(/^Commande [A-Z0-9]{8} · Virage$/);
  await expect(staffPage.getByTestId('handover-appointment')).toContainText('Remise des clés le');
  await staffPage.getByTestId('advance-documents_checked').click();
  await expect(staffPage.getByText('Impossible de valider les documents : chaque document requis doit être accepté.')).toBeVisible();

  // The buyer uploads the documents; the dealer rejects one, the buyer re-uploads, the dealer accepts.
  await page.goto(orderUrl);
  await upload(page, 'identity', 'identite.pdf', PDF, 'application/pdf');
  await expect(page.getByTestId('document-status-identity')).toHaveText('En cours de vérification');
  await upload(page, 'driving_licence', 'permis.png', PNG, 'image/png');
  await expect(page.getByTestId('document-status-driving_licence')).toHaveText('En cours de vérification');
  await upload(page, 'proof_of_address', 'facture.pdf', PDF, 'application/pdf');
  await expect(page.getByTestId('document-status-proof_of_address')).toHaveText('En cours de vérification');
  await staffPage.reload();
  await staffPage.getByTestId('reason-identity').fill('Photo illisible, merci de renvoyer un scan net');
  await staffPage.getByTestId('reject-identity').click();
  await expect(staffPage.getByTestId('document-status-identity')).toHaveText('Refusé : à renvoyer');
  await page.reload();
  await expect(page.getByTestId('document-identity')).toContainText('Motif du refus : Photo illisible');
  await upload(page, 'identity', 'identite-nette.png', PNG, 'image/png');
  await expect(page.getByTestId('document-status-identity')).toHaveText('En cours de vérification');
  await staffPage.reload();
  for (const kind of ['identity', 'driving_licence', 'proof_of_address']) {
    await staffPage.getByTestId(`accept-${kind}`).click();
    await expect(staffPage.getByTestId(`document-status-${kind}`)).toHaveText('Accepté');
  }
  // Documents accepted, order form not signed yet: still refused, with the reason.
  await staffPage.getByTestId('advance-documents_checked').click();
  await expect(staffPage.getByText('Impossible de valider les documents : l’acheteur n’a pas encore signé le bon de commande.')).toBeVisible();

  // The buyer signs the order form with the code e-mailed to them.
  await page.reload();
  await page.getByTestId('signer-name').fill('Camille Acheteuse');
  await page.getByTestId('send-signature-code').click();
  await expect(page.getByText('Un code à 6 chiffres vient de vous être envoyé')).toBeVisible();
  const code = /\b(\d{6})\b/.exec(await latestMailTo(browser, email, 'code de signature'))?.[1];
  expect(code).toMatch(/^\d{6}$/);
  await page.getByTestId('signature-code').fill(code!);
  await page.getByTestId('confirm-signature').click();
  await expect(page.getByTestId('signature-status')).toContainText('Signé par Camille Acheteuse');

  // Now the dealership checks the file, allocates a production slot, marks the car ready and moves the handover.
  await staffPage.reload();
  await staffPage.getByTestId('advance-documents_checked').click();
  await expect(staffPage.getByTestId('order-timeline')).toContainText('Dossier vérifié');
  await staffPage.getByTestId('allocate-production').click();
  await expect(staffPage.getByTestId('order-timeline')).toContainText('Véhicule attribué');
  await staffPage.getByTestId('advance-ready').click();
  await expect(staffPage.getByTestId('order-timeline')).toContainText('Prête');
  await expect(staffPage.getByRole('button', { name: 'Déplacer' })).toBeEnabled();
  const move = staffPage.getByTestId('dealer-handover-slot');
  const newSlot = move.locator('option:not([disabled])').nth(1);
  await move.selectOption((await newSlot.getAttribute('value')) ?? '');
  await staffPage.getByRole('button', { name: 'Déplacer' }).click();
  await expect(staffPage.getByTestId('order-timeline')).toContainText('Rendez-vous de remise des clés déplacé');
  // The handover is recorded at the dealership once the car is ready (mileage, keys, signature).
  await expect(staffPage.getByTestId('handover-record')).toBeVisible();
  await staff.close();

  // The buyer sees the timeline advance, then withdraws in two clicks and sees the refund.
  await page.goto(orderUrl);
  await expect(page.getByTestId('order-timeline')).toContainText('Prête');
  await expect(page.getByTestId('handover-appointment')).toContainText('Remise des clés le');
  await page.getByTestId('withdraw').click();
  await page.getByTestId('withdraw').click();
  await expect(page.getByTestId('order-timeline')).toContainText('Rétractée');
  await expect(page.getByTestId('order-payments')).toContainText(/Remboursement · 500\s€ · réglé/);
  await page.goto('/orders');
  await expect(page.getByTestId('orders-list')).toContainText('Rétractée');
});

test('another buyer gets a 404 on an order that is not theirs', async ({ page }) => {
  await signInWithPassword(page, demo.customer);
  const response = await page.goto('/orders/not-an-order-id');
  expect(response?.status()).toBe(404);
});

// Home delivery costs a fee by road distance: the buyer sees it and the total with it before the
// order is placed (a first « Passer la commande » shows them), a fee shown for another address is
// dropped when the address changes, and the order charges exactly what was shown.
test('home delivery: the fee and the total with it are shown before ordering, and the order charges them', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await page.goto('/configure/horizon');
  await page.getByRole('navigation', { name: 'Étapes de la configuration' }).getByRole('button', { name: 'Récapitulatif' }).click();
  await expect(page.getByTestId('price-panel')).toHaveAttribute('data-pending', 'false');
  await page.getByRole('button', { name: 'Commander' }).click();
  await signUpAndConfirm(page, browser, { name: 'Hugo Livré', email: uniqueEmail('livraison') });
  await expect(page).toHaveURL(/\/checkout\?config=[A-Z0-9]{8}/);
  const submit = page.getByRole('button', { name: 'Passer la commande' });
  await expect(submit).toBeEnabled();
  await page.getByLabel('Concession de retrait').selectOption({ label: 'Virage Lyon Gerland (Lyon)' });
  await page.getByRole('radio', { name: /Livraison à mon adresse/ }).check();
  // The fee asked before the address is typed: the buyer is told where to type it.
  await page.getByRole('button', { name: 'Calculer les frais de livraison' }).click();
  await expect(page.getByTestId('home-delivery').getByRole('alert')).toHaveText('Indiquez d’abord votre adresse (rue, code postal, ville) dans la partie « Acheteur » ci-dessous : les frais en dépendent.');
  // At phone width the checkout does not scroll sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByLabel('Téléphone').fill('06 12 34 56 78');
  await page.getByRole('textbox', { name: 'Adresse', exact: true }).fill('5 place Victor Hugo');
  await page.getByLabel('Code postal').fill('38000');
  await page.getByLabel('Ville').fill('Grenoble');
  await page.getByRole('checkbox', { name: /conditions générales de vente/ }).check();
  await page.getByRole('checkbox', { name: /droit de rétractation/ }).check();

  await submit.click();
  const fee = page.getByTestId('delivery-fee');
  await expect(fee).toContainText(/Frais de livraison : [\d\s  ]+(,\d\d)?\s€ \(environ \d+ km\)\. Total avec la livraison : /);
  await expect(page.getByTestId('checkout-notice')).toContainText('vérifiez le total avec la livraison');
  await expect(page).toHaveURL(/\/checkout\?/);
  const grenoble = (await fee.textContent()) ?? '';

  // Another address: the Grenoble fee is no longer shown, and ordering asks for this address's.
  await page.getByLabel('Code postal').fill('69002');
  await page.getByLabel('Ville').fill('Lyon');
  await page.getByRole('textbox', { name: 'Adresse', exact: true }).fill('3 rue de la République');
  await expect(fee).toHaveText('');
  await submit.click();
  await expect(fee).toContainText('Total avec la livraison');
  await expect(fee).not.toHaveText(grenoble);
  await expect(page).toHaveURL(/\/checkout\?/);
  const shown = /Frais de livraison : (.+?) \(.*Total avec la livraison : (.+?)\.$/.exec(((await fee.textContent()) ?? '').trim());
  expect(shown).not.toBeNull();

  // The fee changes on the server between the quote and the order (a new fee table): the order is
  // refused, the buyer asks again and orders; the second attempt is a new request, not a replay.
  const keys: string[] = [];
  const sentTotals: number[] = [];
  let refused = false;
  await page.route('**/api/orders', async (route) => {
    keys.push(route.request().headers()['idempotency-key'] ?? '');
    sentTotals.push((route.request().postDataJSON() as { expectedTotalCents: number }).expectedTotalCents);
    if (refused) return route.continue();
    refused = true;
    await route.fulfill({ status: 409, contentType: 'application/json', body: JSON.stringify({ error: { code: 'CONFLICT', reason: 'DELIVERY_FEE_CHANGED', message: 'x' } }) });
  });
  await submit.click();
  await expect(page.getByRole('alert').first()).toContainText('Les frais de livraison de cette adresse ne sont pas ceux affichés');
  await expect(fee).toHaveText('');
  await submit.click();
  await expect(fee).toContainText('Total avec la livraison');
  await submit.click();
  await expect(page).toHaveURL(/\/orders\/[a-z0-9]+$/);
  expect(keys).toHaveLength(2);
  expect(keys[0]).not.toBe(keys[1]);
  await expect(page.getByTestId('delivery-fee-line')).toHaveText(shown![1]!);
  // The order locks the car's price the checkout showed: the total sent is the order's, less the fee.
  const cents = (text: string) => Math.round(Number(text.replace(/[^\d,]/g, '').replace(',', '.')) * 100);
  expect(sentTotals[1]).toBe(cents((await page.getByTestId('order-total').textContent()) ?? '') - cents(shown![1]!));
  await expect(page.getByTestId('order-total')).toHaveText(shown![2]!);
  await expect(page.getByTestId('order-delivery')).toContainText('3 rue de la République');
  // The buyer's space lists the order with where it stands.
  await page.goto('/account');
  await expect(page.getByTestId('account-orders')).toContainText(`${shown![2]!} · En attente de l’acompte`);
});
