import { expect, test } from '@playwright/test';
import { signUpAndConfirm, uniqueEmail } from './support';

const CONFIG = 'm=horizon&t=horizon-hybrid-iconic&p=bleu-abysse&w=sport&i=cuir-noir';

// The financing chosen on /financing (deposit, duration, the trade-in estimate used as down
// payment) carries into checkout through the sign-up detour; checkout recomputes it on the server
// and shows the same monthly figure, and the trade-in as a deduction from the balance.
test('/financing → order with this financing → sign up → checkout shows the same monthly figure and the trade-in', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const email = uniqueEmail('financement');
  await page.goto(`/financing?${CONFIG}`);
  await page.getByLabel('Apport').fill('500000');
  await expect(page.getByTestId('deposit-value')).toContainText('5 000');
  await page.getByLabel('Durée').fill('1');
  await expect(page.getByTestId('duration-value')).toHaveText('36 mois');
  await page.getByLabel('Marque').fill('Renault');
  await page.getByLabel('Modèle').fill('Clio');
  await page.getByLabel('Année').fill('2019');
  await page.getByLabel('Kilométrage', { exact: true }).fill('80000');
  await page.getByRole('button', { name: 'Estimer' }).click();
  await expect(page.getByTestId('trade-in-estimate')).toContainText('Estimation de reprise :');
  const monthlyRow = page.getByTestId('offers').getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Mensualité / loyer' }) });
  const before = await monthlyRow.getByRole('cell').first().textContent();
  await page.getByLabel('Utiliser cette estimation comme apport').check();
  await expect(monthlyRow.getByRole('cell').first()).not.toHaveText(before ?? '');
  const monthly = ((await monthlyRow.getByRole('cell').first().textContent()) ?? '').trim();
  expect(monthly).toMatch(/€/);

  await page.getByTestId('order-with-credit-classique').click();
  // The sign-up detour keeps the chosen financing in the address it comes back to.
  await expect(page).toHaveURL(/\/sign-up\?next=%2Fcheckout%3Fconfig%3D[A-Z0-9]{8}%26.*fp%3Dcredit-classique/);
  // A new account confirms its address from the e-mailed link, which brings the buyer back to this checkout.
  await signUpAndConfirm(page, browser, { name: 'Camille Financement', email });
  await expect(page).toHaveURL(/\/checkout\?config=[A-Z0-9]{8}&.*fp=credit-classique/);

  const carried = page.getByTestId('carried-financing');
  await expect(carried).toContainText('Crédit auto classique');
  await expect(carried).toContainText(monthly);
  await expect(carried).toContainText('36 mois');
  await expect(page.getByTestId('trade-in-deduction')).toContainText('€');
  await expect(page.getByText(/Reprise de votre Renault Clio \(2019\)/)).toBeVisible();
  await expect(page.getByRole('radio', { name: /Crédit auto classique/ })).toBeChecked();
});

// The household category picked on /financing (the purchase aid's tier) carries into checkout:
// the same monthly figure there, and the category named next to the financing.
test('/financing with a modest household → checkout prices with that aid and shows the same monthly figure', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const email = uniqueEmail('foyer');
  await page.goto('/financing?m=etincelle');
  const monthlyRow = page.getByTestId('offers').getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Mensualité / loyer' }) });
  const before = ((await monthlyRow.getByRole('cell').first().textContent()) ?? '').trim();
  await page.getByTestId('financing-household').selectOption('precarious');
  await expect(monthlyRow.getByRole('cell').first()).not.toHaveText(before);
  await expect(page).toHaveURL(/hh=precarious/);
  const monthly = ((await monthlyRow.getByRole('cell').first().textContent()) ?? '').trim();

  await page.getByTestId('order-with-credit-classique').click();
  await signUpAndConfirm(page, browser, { name: 'Sacha Foyer', email });
  await expect(page).toHaveURL(/\/checkout\?config=[A-Z0-9]{8}&.*hh=precarious/);
  const carried = page.getByTestId('carried-financing');
  await expect(carried).toContainText(monthly);
  await expect(carried).toContainText('ménage en précarité énergétique');
});

// A held stock car: /financing of that car offers to order it from stock with the chosen financing,
// and that stock car's checkout shows the same monthly figure.
test('a held stock car → finance it → order this stock car with the financing → its checkout', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await page.goto('/sign-up');
  await signUpAndConfirm(page, browser, { name: 'Noa Stock', email: uniqueEmail('stock-financement') });
  await page.goto(`/availability?${CONFIG}`);
  await page.getByLabel('Code postal ou ville').fill('69002');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  const first = page.getByTestId('exact-matches').getByTestId('stock-vehicle').first();
  const vin = (await first.textContent())?.match(/VIN ([A-HJ-NPR-Z0-9]{17})/)?.[1] ?? '';
  const [dealershipName, town] = ((await first.locator('p.font-semibold').first().textContent()) ?? '').split(', ');
  await first.getByRole('button', { name: /Réserver ce véhicule/ }).click();
  await expect(first.getByText(/Réservé pour vous jusqu’à/)).toBeVisible();
  await page.reload();
  await page.getByTestId('held-car').filter({ hasText: vin }).getByTestId('finance-held').click();
  await expect(page).toHaveURL(/\/financing\?.*b=stock.*&v=/);
  const offer = page.getByTestId('order-stock-with-financing');
  await expect(offer).toContainText(vin);
  // The order buttons of this page order this car; a new one from the factory is offered after, said so.
  await expect(offer).toContainText('Commandez ce véhicule en stock');
  await expect(page.getByTestId('order-with-credit-classique')).toHaveText('Commander une neuve en usine avec ce financement (Crédit auto classique)');
  const monthlyRow = page.getByTestId('offers').getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Mensualité / loyer' }) });
  const before = ((await monthlyRow.getByRole('cell').first().textContent()) ?? '').trim();
  await page.getByLabel('Durée').fill('1');
  await expect(page.getByTestId('duration-value')).toHaveText('36 mois');
  await expect(monthlyRow.getByRole('cell').first()).not.toHaveText(before);
  const monthly = ((await monthlyRow.getByRole('cell').first().textContent()) ?? '').trim();
  await offer.getByTestId('order-stock-with-credit-classique').click();
  await expect(page).toHaveURL(/\/checkout\?vehicle=[^&]+&.*fp=credit-classique/);
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(vin) })).toBeVisible();
  // The car is collected where it stands, and the checkout says where.
  await expect(page.getByTestId('stock-dealership')).toHaveText(`Cette voiture est à ${dealershipName} (${town}) : vous la retirez là-bas, ou elle vous est livrée depuis cette concession.`);
  const carried = page.getByTestId('carried-financing');
  await expect(carried).toContainText(monthly);
  await expect(carried).toContainText('36 mois');
});
