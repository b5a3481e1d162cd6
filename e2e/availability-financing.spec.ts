import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support';

// A configuration as the configurator links it (modules/catalog/url.ts): an Horizon that the
// seeded stock holds near Lyon.
const CONFIG = 'm=horizon&t=horizon-hybrid-iconic&p=bleu-abysse&w=sport&i=cuir-noir';

async function searchNear(page: Page, place: string) {
  await page.getByLabel('Code postal ou ville').fill(place);
  await page.getByRole('button', { name: 'Rechercher' }).click();
}

test('from a configured car: stock near a postal code, a delivery window, and a hold only one buyer gets', async ({ page, browser }) => {
  // The configurator's total (a factory order) is on the availability page too: in its heading's
  // line when a car registered today costs the same, else in the note beside it.
  await page.goto(`/configure/horizon?${CONFIG}`);
  const total = (await page.getByTestId('price-total').innerText()).trim();
  expect(total).toMatch(/^\d[\d\s\u202f]*\s€$/);
  await page.goto(`/availability?${CONFIG}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Disponibilité et livraison' })).toBeVisible();
  const priceBasis = page.getByTestId('price-basis');
  const shownIn = (await priceBasis.count()) > 0 ? priceBasis : page.locator('main');
  await expect(shownIn).toContainText(total);

  // An unknown postal code gives suggestions, not an empty page.
  await searchNear(page, '69999');
  await expect(page.getByText('Nous ne connaissons pas « 69999 ».')).toBeVisible();
  await expect(page.getByTestId('place-suggestions').getByRole('link').first()).toBeVisible();

  await searchNear(page, '69002');
  await expect(page.getByText('Près de 69002 Lyon', { exact: true })).toBeVisible();
  const exact = page.getByTestId('exact-matches').getByTestId('stock-vehicle');
  await expect(exact.first()).toBeVisible();
  await expect(exact.first()).toContainText(/Disponible maintenant|Arrivée imminente|Arrive le/);
  await expect(page.getByTestId('factory-window')).toContainText(/Livraison entre \d+ et \d+ semaines/);
  await expect(page.getByTestId('factory-window')).toContainText('file de production');
  await expect(page.getByRole('img', { name: /Concessions Virage où voir ou essayer ce modèle/ })).toBeVisible();
  await expect(page.getByTestId('showrooms').getByRole('listitem').first()).toBeVisible();
  // Each showroom says what it has in numbers, never a message key.
  for (const line of await page.getByTestId('showrooms').getByRole('listitem').allInnerTexts()) {
    expect(line).toMatch(/\d+ en (exposition|essai)/);
    expect(line).not.toContain('availability.');
  }
  await expectNoSeriousA11yViolations(page);
  // « Réserver un essai » at a showroom opens that showroom's slots for the model (its demo car may be another trim).
  const driveable = page.getByTestId('showrooms').getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Réserver un essai' }) }).first();
  const showroomName = ((await driveable.locator('p.font-medium').textContent()) ?? '').trim();
  const drive = await page.context().newPage();
  await drive.goto((await driveable.getByRole('link', { name: 'Réserver un essai' }).getAttribute('href')) ?? '');
  await expect(drive).toHaveURL(/\/test-drive\/slots\?/);
  await expect(drive.getByText(new RegExp(`· ${showroomName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`))).toBeVisible();
  await drive.close();

  // A second buyer looks at the same list at the same time.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto(page.url());
  const firstVin = (await exact.first().textContent())?.match(/VIN ([A-HJ-NPR-Z0-9]{17})/)?.[1] ?? '';
  const sameCarForOther = otherPage.getByTestId('exact-matches').getByTestId('stock-vehicle').filter({ hasText: firstVin });
  await expect(sameCarForOther).toBeVisible();

  await exact.first().getByRole('button', { name: /Réserver ce véhicule/ }).click();
  await expect(exact.first().getByText(/Réservé pour vous jusqu’à \d{2}:\d{2}/)).toBeVisible();

  await sameCarForOther.getByRole('button', { name: /Réserver ce véhicule/ }).click();
  await expect(sameCarForOther.getByRole('alert')).toHaveText('Quelqu’un d’autre vient de réserver ce véhicule.');
  await other.close();

  // The held car no longer shows for others; the holder sees their hold.
  await page.reload();
  await expect(page.getByText('Vos réservations en cours')).toBeVisible();
});

test('financing: sliders update the offers, three offers compared, trade-in estimate, legal sentences and a PDF', async ({ page }) => {
  await page.goto(`/availability?${CONFIG}`);
  await page.getByRole('link', { name: 'Simuler un financement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Financement' })).toBeVisible();

  const offers = page.getByTestId('offers');
  // Three offers, and the cash price beside them for comparison.
  await expect(offers.getByRole('columnheader')).toHaveCount(4);
  await expect(offers.getByRole('columnheader', { name: 'Comptant' })).toBeVisible();
  await expect(offers.getByRole('columnheader', { name: /Crédit auto classique/ })).toBeVisible();
  await expect(offers.getByRole('columnheader', { name: /LOA Liberté/ })).toBeVisible();
  await expect(page.getByTestId('cheapest-to-own')).toHaveText('Le moins cher pour devenir propriétaire');
  const total = page.getByTestId('total-cost');
  const before = await total.textContent();

  await page.getByLabel('Durée').fill('3');
  await expect(page.getByTestId('duration-value')).toHaveText('60 mois');
  await expect(total).not.toHaveText(before ?? '');
  const afterDuration = await total.textContent();

  await page.getByLabel('Apport').fill('800000');
  await expect(page.getByTestId('deposit-value')).toContainText('8 000');
  await expect(total).not.toHaveText(afterDuration ?? '');

  await page.getByLabel('Kilométrage annuel').fill('3');
  await expect(page.getByTestId('mileage-value')).toContainText('25 000');
  // The URL keeps the slider positions: a reload shows the same terms.
  await expect(page).toHaveURL(/[?&]d=800000(&|$)/);
  await expect(page).toHaveURL(/[?&]n=60(&|$)/);
  await expect(page).toHaveURL(/[?&]km=25000(&|$)/);
  await page.reload();
  await expect(page.getByTestId('duration-value')).toHaveText('60 mois');
  await expect(page.getByTestId('deposit-value')).toContainText('8 000');
  await expect(page.getByTestId('mileage-value')).toContainText('25 000');
  await expect(page.getByTestId('paid-over-time')).toBeVisible();

  await expect(page.getByTestId('credit-warning')).toHaveText('Attention ! Un crédit coûte de l’argent et doit être remboursé !');
  await expect(page.getByTestId('representative-examples').getByRole('listitem').first()).toBeVisible();

  await page.getByLabel('Marque').fill('Renault');
  await page.getByLabel('Modèle').fill('Clio');
  await page.getByLabel('Année').fill('2019');
  await page.getByLabel('Kilométrage', { exact: true }).fill('80000');
  await page.getByRole('button', { name: 'Estimer' }).click();
  await expect(page.getByTestId('trade-in-estimate')).toContainText('Estimation de reprise :');
  const beforeTradeIn = await total.textContent();
  await page.getByLabel('Utiliser cette estimation comme apport').check();
  await expect(total).not.toHaveText(beforeTradeIn ?? '');
  await expect(page.getByTestId('legal-mentions')).toContainText('Estimation indicative de reprise');
  await expectNoSeriousA11yViolations(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Télécharger la simulation (PDF, document publicitaire)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
});

test('the availability and holds APIs answer JSON, with coded errors', async ({ request, playwright, baseURL }) => {
  const unknown = await request.get(`/api/availability?${CONFIG}&place=69999`);
  expect(unknown.status()).toBe(404);
  const error = (await unknown.json()) as { error: { reason: string; details: { suggestions: unknown[] } } };
  expect(error.error.reason).toBe('UNKNOWN_POSTAL_CODE');
  expect(error.error.details.suggestions.length).toBeGreaterThan(0);

  const found = await request.get(`/api/availability?${CONFIG}&place=Lyon`);
  expect(found.status()).toBe(200);
  const { data } = (await found.json()) as { data: { result: { exact: { vehicleId: string }[] } } };
  const vehicleId = data.result.exact[0]?.vehicleId ?? '';
  expect((await request.post('/api/holds', { data: { vehicleId } })).status()).toBe(201);

  const someoneElse = await playwright.request.newContext({ baseURL });
  const taken = await someoneElse.post('/api/holds', { data: { vehicleId } });
  expect(taken.status()).toBe(409);
  expect(((await taken.json()) as { error: { reason: string } }).error.reason).toBe('VEHICLE_ALREADY_HELD');
  await someoneElse.dispose();

  const mine = (await (await request.get('/api/holds')).json()) as { data: { id: string }[] };
  expect(mine.data).toHaveLength(1);
  expect((await request.delete(`/api/holds/${mine.data[0]?.id}`)).status()).toBe(204);
});
