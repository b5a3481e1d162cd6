import { expect, test, type Browser, type Page } from '@playwright/test';
import { checkoutWithHandover, PDF, PNG, upload } from './checkout-support';
import { demo, latestMailTo, signInWithPassword, signUpAndConfirm, uniqueEmail } from './support';

// The paperwork of an order, as a new buyer and the dealership's staff do it: upload the documents,
// the dealer rejects one with a reason, the buyer re-uploads it, the dealer accepts, the buyer signs
// the order form with the code e-mailed to them and downloads it; the dealer then records the
// handover and the buyer's order page shows the car delivered and the withdrawal period running.

async function placeOrder(page: Page, browser: Browser, email: string): Promise<string> {
  await page.goto('/configure/horizon');
  await page.getByRole('navigation', { name: 'Étapes de la configuration' }).getByRole('button', { name: 'Récapitulatif' }).click();
  await expect(page.getByTestId('price-panel')).toHaveAttribute('data-pending', 'false');
  await page.getByRole('button', { name: 'Commander' }).click();
  await expect(page).toHaveURL(/\/sign-up\?next=/);
  // A new account confirms its address from the e-mailed link, which brings the buyer back to this checkout.
  await signUpAndConfirm(page, browser, { name: 'Camille Papiers', email });
  await expect(page).toHaveURL(/\/checkout\?config=[A-Z0-9]{8}/);
  return (await checkoutWithHandover(page)).orderId;
}

test('upload documents → dealer rejects one → re-upload → dealer accepts → sign with the e-mailed code → download', async ({ page, browser }) => {
  // The whole path to the handover record, with PDF rendering and sealing on a shared machine.
  test.setTimeout(360_000);
  const email = uniqueEmail('papiers');
  const orderId = await placeOrder(page, browser, email);

  // An HTML page renamed .pdf is refused, and nothing appears on the order.
  await upload(page, 'identity', 'identite.pdf', Buffer.from('<!doctype html><script>alert(1)</script>'), 'application/pdf');
  await expect(page.getByTestId('document-identity').getByRole('alert')).toHaveText('Ce fichier n’est ni un PDF, ni une image JPEG ou PNG.');
  await expect(page.getByTestId('document-status-identity')).toHaveText('À envoyer');

  await upload(page, 'identity', 'identite.pdf', PDF, 'application/pdf');
  await expect(page.getByTestId('document-status-identity')).toHaveText('En cours de vérification');
  await upload(page, 'driving_licence', 'permis.png', PNG, 'image/png');
  await expect(page.getByTestId('document-status-driving_licence')).toHaveText('En cours de vérification');
  await upload(page, 'proof_of_address', 'facture.pdf', PDF, 'application/pdf');
  await expect(page.getByTestId('document-status-proof_of_address')).toHaveText('En cours de vérification');

  // The dealership rejects the identity document with a reason.
  const staff = await browser.newContext();
  const staffPage = await staff.newPage();
  await signInWithPassword(staffPage, demo.staff);
  await staffPage.goto(`/dealer/orders/${orderId}`);
  const download = await staffPage.request.get(await staffPage.getByTestId('download-identity').getAttribute('href').then((h) => h!));
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('application/pdf');
  expect(download.headers()['x-content-type-options']).toBe('nosniff');
  expect(download.headers()['content-disposition']).toMatch(/^attachment; filename="[A-Z0-9]+-identity\.pdf"$/);
  await staffPage.getByTestId('reason-identity').fill('Photo illisible, merci de renvoyer un scan net');
  await staffPage.getByTestId('reject-identity').click();
  await expect(staffPage.getByTestId('document-status-identity')).toHaveText('Refusé : à renvoyer');

  // The buyer is told by e-mail and on the order page, and re-uploads.
  const rejection = await latestMailTo(browser, email, 'à renvoyer');
  expect(rejection).toContain('Photo illisible');
  await page.reload();
  await expect(page.getByTestId('document-identity')).toContainText('Motif du refus : Photo illisible');
  await upload(page, 'identity', 'identite-nette.png', PNG, 'image/png');
  await expect(page.getByTestId('document-status-identity')).toHaveText('En cours de vérification');

  // The dealership accepts every document.
  await staffPage.reload();
  for (const kind of ['identity', 'driving_licence', 'proof_of_address']) {
    await staffPage.getByTestId(`accept-${kind}`).click();
    await expect(staffPage.getByTestId(`document-status-${kind}`)).toHaveText('Accepté');
  }

  // Another buyer gets a 404 on these documents and on the order form.
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  await signInWithPassword(strangerPage, demo.customer);
  expect((await strangerPage.request.get(`/api/orders/${orderId}/order-form`)).status()).toBe(404);
  await stranger.close();

  // The buyer reads the order form, types their name, gets a code by e-mail and signs.
  await page.reload();
  await expect(page.getByTestId('document-status-identity')).toHaveText('Accepté');
  const unsigned = await page.request.get(`/api/orders/${orderId}/order-form`);
  expect(unsigned.headers()['content-type']).toBe('application/pdf');
  await page.getByTestId('signer-name').fill('Camille Papiers');
  await page.getByTestId('send-signature-code').click();
  await expect(page.getByText('Un code à 6 chiffres vient de vous être envoyé')).toBeVisible();
  const codeMail = await latestMailTo(browser, email, 'code de signature');
  const code = /\b(\d{6})\b/.exec(codeMail)?.[1];
  expect(code).toMatch(/^\d{6}$/);
  await page.getByTestId('signature-code').fill(code!);
  await page.getByTestId('confirm-signature').click();
  await expect(page.getByTestId('signature-status')).toContainText('Signé par Camille Papiers');
  await expect(page.getByTestId('signature-status')).toContainText('intact');

  // Downloaded by the buyer and by the dealership: the signed PDF.
  const signed = await page.request.get(`/api/orders/${orderId}/order-form`);
  expect(signed.status()).toBe(200);
  expect(signed.headers()['content-disposition']).toMatch(/-signe\.pdf"$/);
  expect((await signed.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await staffPage.reload();
  await expect(staffPage.getByTestId('signature-status')).toContainText('Signé par Camille Papiers');
  const staffCopy = await staffPage.request.get(`/api/orders/${orderId}/order-form`);
  expect(Buffer.compare(await staffCopy.body(), await signed.body())).toBe(0);

  // The buyer pays the deposit on the test page; the file checked, a production slot allocated and
  // the car ready, the dealer records the handover: odometer, keys, the buyer's typed name and confirmation.
  await page.getByTestId('pay-deposit').click();
  await page.getByTestId('test-pay').click();
  await expect(page.getByTestId('order-timeline')).toContainText('Acompte reçu');
  await staffPage.reload();
  await staffPage.getByTestId('advance-documents_checked').click();
  await expect(staffPage.getByTestId('order-timeline')).toContainText('Dossier vérifié');
  await staffPage.getByTestId('allocate-production').click();
  await expect(staffPage.getByTestId('order-timeline')).toContainText('Véhicule attribué');
  await staffPage.getByTestId('advance-ready').click();
  await expect(staffPage.getByTestId('order-timeline')).toContainText('Prête');
  const record = staffPage.getByTestId('handover-record');
  // Incomplete (no confirmation ticked): a localised message, nothing recorded.
  await record.getByLabel('Kilométrage au compteur').fill('12');
  await record.getByLabel('Nombre de clés remises').fill('2');
  await record.getByLabel(/Signature de l’acheteur/).fill('Camille Papiers');
  await record.getByRole('button', { name: /Enregistrer la remise/ }).click();
  await expect(record.getByRole('alert')).toHaveText('Indiquez le kilométrage, le nombre de clés (1 à 10), le nom de l’acheteur et sa confirmation.');
  await record.getByRole('checkbox', { name: /L’acheteur confirme avoir reçu le véhicule/ }).check();
  // The keys go with a car that is paid for: the balance is recorded first (its amount is the order's).
  await record.getByRole('button', { name: /Enregistrer la remise/ }).click();
  await expect(record.getByRole('alert')).toHaveText('Enregistrez d’abord le solde comme reçu : les clés sont remises à une voiture réglée.');
  const balance = staffPage.getByTestId('balance-form');
  await expect(balance).toContainText(/Reste à payer avant la remise des clés : [\d\s]+€\./);
  await balance.getByLabel('Réglé par').selectOption({ label: 'Virement' });
  await balance.getByRole('button', { name: 'Enregistrer le solde comme reçu' }).click();
  await balance.getByRole('button', { name: /^Confirmer : .+ reçus \(Virement\)$/ }).click();
  await expect(staffPage.getByTestId('balance-status')).toContainText(/^Solde reçu : .+\s€ \(Virement\)\.$/);
  await expect(staffPage.getByTestId('order-timeline')).toContainText('Solde reçu (virement)');
  await expect(staffPage.getByTestId('order-balance-label')).toHaveText('Solde réglé');
  await record.getByLabel('Kilométrage au compteur').fill('12');
  await record.getByLabel('Nombre de clés remises').fill('2');
  await record.getByLabel(/Signature de l’acheteur/).fill('Camille Papiers');
  await record.getByRole('checkbox', { name: /L’acheteur confirme avoir reçu le véhicule/ }).check();
  await record.getByRole('button', { name: /Enregistrer la remise/ }).click();
  await expect(staffPage.getByTestId('order-timeline')).toContainText('Livrée');
  await expect(staffPage.getByTestId('handover-record-shown')).toHaveText('Remis à 12 km, 2 clé(s), reçu et signé par « Camille Papiers ».');
  await staff.close();

  // The buyer's order page: delivered, what was recorded, and the withdrawal period running from today's handover.
  await page.reload();
  await expect(page.getByText(/ · Livrée$/)).toBeVisible();
  await expect(page.getByTestId('order-timeline')).toContainText('Livrée');
  await expect(page.getByTestId('handover-record-shown')).toContainText('Remis à 12 km, 2 clé(s)');
  await expect(page.getByTestId('order-payments')).toContainText(/Solde \(virement\) · .+\s€ · réglé/);
  await expect(page.getByTestId('order-balance-label')).toHaveText('Solde réglé');
  const today = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(new Date());
  await expect(page.getByTestId('withdrawal-period')).toContainText(`depuis la remise du véhicule le ${today}`);
  // The buyer withdraws after all: a second click confirms, the page says what happens next, and the
  // acknowledgement of receipt the law asks for (L221-21) arrives by e-mail with the return date.
  await page.getByRole('button', { name: 'Demander le retour du véhicule' }).click();
  await page.getByRole('button', { name: 'Confirmer la rétractation et le retour du véhicule' }).click();
  await expect(page.getByText(`Rétractation reçue le ${today} : l’accusé de réception vous a été envoyé par e-mail.`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Demander le retour du véhicule' })).toHaveCount(0);
  const receipt = await latestMailTo(browser, email, 'rétractation reçue');
  expect(receipt).toContain('Ce message en est l’accusé de réception (Code de la consommation, art. L221-21)');
  expect(receipt).toMatch(/à rapporter au plus tard le \d+(er)? \S+ \d{4} \(art\. L221-23\)/);
});
