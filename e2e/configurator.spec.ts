import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support';

/** Share of the viewer's drawn pixels that look like the given colour family, read back from the WebGL canvas. */
async function share(page: Page, family: 'red' | 'white'): Promise<number> {
  return page.evaluate((wanted) => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="car-viewer"] canvas');
    if (!canvas) throw new Error('no canvas');
    const probe = document.createElement('canvas');
    probe.width = 160;
    probe.height = 100;
    const ctx = probe.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(canvas, 0, 0, probe.width, probe.height);
    const { data } = ctx.getImageData(0, 0, probe.width, probe.height);
    let hits = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r = 0, g = 0, b = 0] = [data[i], data[i + 1], data[i + 2]];
      const red = r > 90 && r > g * 1.8 && r > b * 1.8;
      const white = r > 200 && g > 200 && b > 200 && Math.abs(r - b) < 30;
      if (wanted === 'red' ? red : white) hits++;
    }
    return hits / (data.length / 4);
  }, family);
}

const total = (page: Page) => page.getByTestId('price-total');

async function settled(page: Page) {
  await expect(page.getByTestId('price-panel')).toHaveAttribute('data-pending', 'false');
}

async function step(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Étapes de la configuration' }).getByRole('button', { name }).click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeFocused();
}

test('configure a car: paint, wheels, a conflict, the same car from its link, then the garage by code', async ({ page, browser }) => {
  test.setTimeout(240_000);
  await page.goto('/configure/horizon');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Configurez votre Virage Horizon');
  // The address bar holds the whole configuration from the start.
  await expect(page).toHaveURL(/\/configure\/horizon\?m=horizon&t=horizon-hybrid-evolution&p=blanc-glacier&w=aero&i=tissu-gris$/);
  // Software WebGL (SwiftShader here): the still of this car first, 3D on request.
  await expect(page.getByTestId('viewer-still')).toBeVisible();
  await page.getByRole('button', { name: 'Afficher en 3D' }).click();
  const viewer = page.getByTestId('car-viewer');
  await expect(viewer).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await expect(viewer).toHaveAttribute('data-mode', 'webgl');
  const redBefore = await share(page, 'red');
  const basePrice = await total(page).textContent();

  // Paint: the canvas turns red and the server's price moves.
  await step(page, 'Peinture');
  await page.getByRole('radio', { name: /Rouge Vif/ }).check();
  await expect(page).toHaveURL(/p=rouge-vif/);
  await settled(page);
  await expect(total(page)).not.toHaveText(basePrice ?? '');
  await expect(viewer).toHaveAttribute('data-rendered', /#c1121f/);
  const redAfter = await share(page, 'red');
  expect(redAfter).toBeGreaterThan(redBefore + 0.02);

  // Keyboard: arrow keys move through the paint radio group.
  await page.getByRole('radio', { name: /Rouge Vif/ }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/p=blanc-glacier/);
  await settled(page);
  await page.getByRole('radio', { name: /Rouge Vif/ }).check();
  await expect(page).toHaveURL(/p=rouge-vif/);
  await settled(page);

  // Wheels: unavailable ones cannot be chosen; Sport 19" can.
  await step(page, 'Jantes');
  await expect(page.getByRole('radio', { name: /Turbine/ })).toBeDisabled();
  const beforeWheels = await total(page).textContent();
  await page.getByRole('radio', { name: /Sport 19 pouces/ }).check();
  await expect(page).toHaveURL(/w=sport/);
  await settled(page);
  await expect(total(page)).not.toHaveText(beforeWheels ?? '');
  await expect(viewer).toHaveAttribute('data-rendered', /\|sport\|/);

  // A conflict is explained before it is applied, can be cancelled, accepted and undone.
  await step(page, 'Options et packs');
  await page.getByRole('checkbox', { name: /Toit panoramique/ }).check();
  await expect(page).toHaveURL(/o=toit-panoramique/);
  await settled(page);
  // The box stays unticked until the change is confirmed.
  await page.getByRole('checkbox', { name: /Coffre de toit/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Confirmer la modification' });
  await expect(dialog).toContainText('Ajouter le coffre de toit retire le toit panoramique et ajoute les barres de toit.');
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('checkbox', { name: /Coffre de toit/ })).not.toBeChecked();
  // The box stays unticked until the change is confirmed.
  await page.getByRole('checkbox', { name: /Coffre de toit/ }).click();
  await dialog.getByRole('button', { name: 'Appliquer' }).click();
  await expect(page).toHaveURL(/coffre-de-toit/);
  await settled(page);
  await expect(page.getByRole('checkbox', { name: /Toit panoramique/ })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Barres de toit/ })).toBeChecked();
  await page.getByTestId('undo-bar').getByRole('button', { name: 'Annuler cette modification' }).click();
  await expect(page).not.toHaveURL(/coffre-de-toit/);
  await settled(page);
  await expect(page.getByRole('checkbox', { name: /Toit panoramique/ })).toBeChecked();
  // The box stays unticked until the change is confirmed.
  await page.getByRole('checkbox', { name: /Coffre de toit/ }).click();
  await dialog.getByRole('button', { name: 'Appliquer' }).click();
  await expect(page).toHaveURL(/coffre-de-toit/);
  await settled(page);
  await expectNoSeriousA11yViolations(page);

  // The link alone reopens the same car at the same price, in a fresh browser.
  const link = page.url();
  const price = (await total(page).textContent()) ?? '';
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(link);
  await expect(total(second)).toHaveText(price);
  await expect(second).toHaveURL(link);
  await step(second, 'Peinture');
  await expect(second.getByRole('radio', { name: /Rouge Vif/ })).toBeChecked();

  // Save (as a guest) and reopen from the code as another visitor, on another "device".
  await step(page, 'Récapitulatif');
  await expect(page.getByTestId('summary-total')).toHaveText(price);
  // The summary leads on with this exact car: availability, financing, a test drive of its trim.
  await expect(page.getByTestId('next-availability')).toHaveAttribute('href', /^\/availability\?.*p=rouge-vif/);
  await expect(page.getByTestId('next-financing')).toHaveAttribute('href', /^\/financing\?.*p=rouge-vif/);
  await expect(page.getByTestId('next-testDrive')).toHaveAttribute('href', /^\/test-drive\?model=horizon&trim=/);
  await page.getByTestId('next-advisor').click();
  await expect(page.getByTestId('chat-panel')).toBeVisible();
  await page.getByTestId('chat-close-panel').click();
  await page.getByRole('button', { name: 'Enregistrer dans mon garage' }).click();
  const message = page.getByTestId('saved-code-message');
  await expect(message).toContainText('Enregistrée sous le code');
  const code = /code ([A-Z0-9]{8})/.exec((await message.textContent()) ?? '')?.[1] ?? '';
  expect(code).toMatch(/^[A-Z0-9]{8}$/);

  await second.goto('/garage');
  await expect(second.getByTestId('garage-list')).toHaveCount(0);
  await second.getByLabel('Code de configuration').fill(`${code.slice(0, 4).toLowerCase()} ${code.slice(4)}`);
  await second.getByRole('button', { name: 'Ouvrir' }).click();
  await expect(second).toHaveURL(new RegExp(`/g/${code}$`));
  await expect(second.getByTestId('saved-code')).toHaveText(code);
  await expect(second).toHaveTitle(`Configuration ${code} · Virage`);
  await expect(second.getByRole('heading', { level: 1 })).toContainText('Virage Horizon');
  await expect(second.getByTestId('summary-total')).toHaveText(price);
  await expect(second.getByTestId('qr-code').locator('svg')).toBeVisible();
  await expectNoSeriousA11yViolations(second);
  await second.getByRole('link', { name: 'Ouvrir dans le configurateur' }).click();
  await expect(total(second)).toHaveText(price);
  await other.close();

  // The saver's garage lists it.
  await page.goto('/garage');
  await expect(page.getByTestId('garage-list')).toContainText(code);
});

test('compare saved configurations side by side, differences highlighted', async ({ page }) => {
  test.setTimeout(120_000);
  const codes: string[] = [];
  for (const query of ['p=rouge-vif', 'p=gris-titane&k=hiver']) {
    await page.goto(`/configure/horizon?${query}`);
    await step(page, 'Récapitulatif');
    await page.getByRole('button', { name: 'Enregistrer dans mon garage' }).click();
    const text = (await page.getByTestId('saved-code-message').textContent()) ?? '';
    codes.push(/code ([A-Z0-9]{8})/.exec(text)?.[1] ?? '');
  }
  await page.goto('/garage');
  for (const code of codes) await page.getByTestId('garage-list').locator('li', { hasText: code }).getByLabel('Comparer').check();
  await page.getByRole('button', { name: 'Comparer la sélection' }).click();
  const table = page.getByTestId('comparison');
  await expect(table).toBeVisible();
  await expect(table.locator('tr', { hasText: 'Peinture' })).toHaveAttribute('data-differs', 'true');
  await expect(table.locator('tr', { hasText: 'Pack Hiver' })).toHaveAttribute('data-differs', 'true');
  await expect(table.locator('tr', { hasText: 'Modèle' })).toHaveAttribute('data-differs', 'false');
  await expectNoSeriousA11yViolations(page);
  // Each compared car leads on: the grey car's column orders that saved car, and its financing
  // link simulates that exact car.
  const grey = table.locator('tfoot td').filter({ has: page.locator(`a[href="/checkout?config=${codes[1]}"]`) });
  await expect(grey.getByRole('link', { name: 'Commander' })).toHaveCount(1);
  await grey.getByRole('link', { name: 'Simuler un financement' }).click();
  await expect(page).toHaveURL(/\/financing\?.*p=gris-titane/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const unknown = await page.goto(`/garage/compare?c=${codes[0]}&c=ZZZZ2222`);
  expect(unknown?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Code introuvable');
  await expect(page).toHaveTitle('Code introuvable · Virage');
});

test('on a phone the car and the price bar are both in view, neither covering the other', async ({ page }) => {
  // A first visit at 390×844: the consent banner is still there, above the header.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/configure/horizon');
  await expect(page.getByTestId('consent-banner')).toBeVisible();
  const car = page.getByTestId('viewer-slot');
  const bar = page.getByTestId('phone-price-bar');
  await expect(car).toBeVisible();
  await expect(bar).toBeVisible();
  const apart = async () => {
    const a = await car.boundingBox();
    const b = await bar.boundingBox();
    if (!a || !b) throw new Error('car or price bar not laid out');
    // Boxes in viewport coordinates: the car ends above the bar, and the bar is inside the screen.
    return { carBottom: a.y + a.height, carTop: a.y, barTop: b.y, barBottom: b.y + b.height };
  };
  const first = await apart();
  expect(first.carTop).toBeGreaterThanOrEqual(0);
  expect(first.carBottom).toBeLessThanOrEqual(first.barTop);
  expect(first.barBottom).toBeLessThanOrEqual(844);
  // While configuring (a step's choices scrolled into view), the price stays on screen.
  await page.getByRole('navigation', { name: 'Étapes de la configuration' }).getByRole('button', { name: 'Peinture' }).click();
  await page.getByRole('radio', { name: /Rouge Vif/ }).check();
  await expect(page.getByTestId('phone-price-total')).toBeInViewport();
});

test('a stale or invalid link opens the nearest valid car and says what changed', async ({ page }) => {
  await page.goto('/configure/horizon?p=violet-disparu&w=turbine&o=toit-panoramique,coffre-de-toit');
  const notices = page.getByTestId('configuration-notices');
  await expect(notices).toContainText('violet-disparu');
  await expect(notices.locator('li')).not.toHaveCount(0);
  await expect(page).not.toHaveURL(/violet-disparu/);
  await expect(page).toHaveURL(/p=blanc-glacier/);

  const missing = await page.goto('/configure/delorean');
  expect(missing?.status()).toBe(404);
  const unknownCode = await page.goto('/g/ZZZZ9999');
  expect(unknownCode?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Code introuvable');
  await expect(page).toHaveTitle('Code introuvable · Virage'); // not « Configuration ZZZZ9999 »
  // Already in the server's HTML (what a tab shows before the scripts run, and without them).
  for (const path of ['/g/ZZZZ9999', '/garage/compare?c=ZZZZ1111&c=ZZZZ2222']) {
    expect(await (await page.request.get(path)).text(), path).toContain('<title>Code introuvable · Virage</title>');
  }
});

test('the JSON API prices on the server and refuses bad input with a 4xx, saving nothing', async ({ request }) => {
  const priced = await request.post('/api/configurations/price', { data: { model: 'horizon', paint: 'rouge-vif' } });
  expect(priced.status()).toBe(200);
  const { data: body } = (await priced.json()) as { data: { price: { totalCents: number }; configuration: { paint: string } } };
  expect(body.configuration.paint).toBe('rouge-vif');
  expect(body.price.totalCents).toBeGreaterThan(0);

  const tampered = await request.post('/api/configurations', { data: { model: 'horizon', totalCents: 100 } });
  expect(tampered.status()).toBe(422);
  expect(((await tampered.json()) as { error: { reason: string } }).error.reason).toBe('CLIENT_PRICE_REFUSED');

  const conflict = await request.post('/api/configurations', { data: { model: 'horizon', options: ['toit-panoramique', 'coffre-de-toit', 'barres-de-toit'] } });
  expect(conflict.status()).toBe(422);
  expect(((await conflict.json()) as { error: { reason: string } }).error.reason).toBe('INVALID_CONFIGURATION');

  expect((await request.post('/api/configurations', { data: { model: 'delorean' } })).status()).toBe(404);
  const huge = await request.post('/api/configurations', { data: { model: 'horizon', options: ['x'.repeat(20_000)] } });
  expect(huge.status()).toBe(413);
  expect(((await huge.json()) as { error: { code: string } }).error.code).toBe('PAYLOAD_TOO_LARGE');

  const saved = await request.post('/api/configurations', { data: { model: 'etincelle', paint: 'rouge-vif' } });
  expect(saved.status()).toBe(201);
  const { code } = ((await saved.json()) as { data: { code: string } }).data;
  const page = await request.get(`/g/${code}`);
  expect(page.status()).toBe(200);
});
