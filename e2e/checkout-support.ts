import { expect, type Page } from '@playwright/test';

/**
 * Fills the checkout as a buyer does: click & collect at Virage Lyon Gerland with the first free
 * handover slot, the buyer's address, both acceptances; places the order. Returns the order id and
 * the slot as the buyer saw it.
 */
export async function checkoutWithHandover(page: Page): Promise<{ orderId: string; slot: string }> {
  const slot = await fillCheckoutWithHandover(page);
  await page.getByRole('button', { name: 'Passer la commande' }).click();
  await expect(page).toHaveURL(/\/orders\/[a-z0-9]+$/);
  return { orderId: new URL(page.url()).pathname.split('/').pop()!, slot };
}

/** The checkout filled as above, not yet submitted; returns the slot as the buyer saw it. */
export async function fillCheckoutWithHandover(page: Page): Promise<string> {
  // The submit button is enabled once the form is hydrated: from then on its choices are the form's.
  await expect(page.getByRole('button', { name: 'Passer la commande' })).toBeEnabled();
  await page.getByLabel('Concession de retrait').selectOption({ label: 'Virage Lyon Gerland (Lyon)' });
  await expect(page.getByRole('radio', { name: /Retrait en concession/ })).toBeChecked();
  const slot = await pickFirstHandoverSlot(page);
  await page.getByLabel('Téléphone').fill('06 12 34 56 78');
  await page.getByRole('textbox', { name: 'Adresse', exact: true }).fill('3 rue de la République');
  await page.getByLabel('Code postal').fill('69002');
  await page.getByLabel('Ville').fill('Lyon');
  await page.getByRole('checkbox', { name: /conditions générales de vente/ }).check();
  await page.getByRole('checkbox', { name: /droit de rétractation/ }).check();
  return slot;
}

/** Picks the first free handover appointment the slot engine offers; returns it as the buyer saw it. */
export async function pickFirstHandoverSlot(page: Page): Promise<string> {
  const slots = page.getByLabel('Rendez-vous de remise des clés (45 min)');
  await expect(slots).toBeVisible();
  const first = slots.locator('option:not([disabled])').first();
  await slots.selectOption((await first.getAttribute('value')) ?? '');
  return (await first.textContent()) ?? '';
}

export const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
export const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89]);

export async function upload(page: Page, kind: string, name: string, buffer: Buffer, mimeType: string) {
  await page.getByTestId(`file-${kind}`).setInputFiles({ name, mimeType, buffer });
  await page.getByTestId(`upload-${kind}`).click();
}
