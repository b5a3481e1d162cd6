import { expect, test, type Page } from '@playwright/test';

// Defects a new user stumbled on (issue 13), each walked the way they met it.

const CONFIG = 'm=horizon&t=horizon-hybrid-iconic&p=bleu-abysse&w=sport&i=cuir-noir';

async function searchNear(page: Page, place: string) {
  await page.getByLabel('Code postal ou ville').fill(place);
  await page.getByRole('button', { name: 'Rechercher' }).click();
}

test('a second hold releases the first, and both cards say so', async ({ page }) => {
  await page.goto(`/availability?${CONFIG}`);
  await searchNear(page, '69002');
  const cars = page.getByTestId('exact-matches').getByTestId('stock-vehicle');
  await expect(cars.nth(1)).toBeVisible();
  await cars.nth(0).getByRole('button', { name: /Réserver ce véhicule/ }).click();
  await expect(cars.nth(0).getByText(/Réservé pour vous/)).toBeVisible();
  await cars.nth(1).getByRole('button', { name: /Réserver ce véhicule/ }).click();
  await expect(cars.nth(1).getByText(/Réservé pour vous/)).toBeVisible();
  await expect(cars.nth(1).getByRole('status').filter({ hasText: 'Votre réservation précédente a été libérée' })).toBeVisible();
  await expect(cars.nth(0).getByText(/Réservé pour vous/)).toHaveCount(0);
  await expect(cars.nth(0)).toContainText('Réservation libérée : vous avez réservé un autre véhicule.');
});

test('a trade-in that cannot be estimated says why next to the field', async ({ page }) => {
  await page.goto(`/financing?${CONFIG}`);
  await page.getByLabel('Marque').fill('Zorglub');
  await page.getByLabel('Modèle', { exact: true }).fill('Z1');
  await page.getByLabel('Année').fill('2018');
  await page.getByLabel('Kilométrage').fill('80000');
  await page.getByRole('button', { name: 'Estimer' }).click();
  await expect(page.getByLabel('Marque')).toHaveAccessibleDescription('Nous n’avons pas de cote pour la marque « Zorglub » : vérifiez son orthographe (ex. : Renault, Peugeot).');
  await expect(page.getByLabel('Marque')).toHaveAttribute('aria-invalid', 'true');
});
