import { expect, test, type Locator, type Page } from '@playwright/test';
import { pickFirstHandoverSlot } from './checkout-support';
import { latestMailTo, signUpAndConfirm, uniqueEmail } from './support';

// Stills of the exact car everywhere, the configurator's first paint included; nothing fetched
// from outside 127.0.0.1.

/** Mean colour of the middle of an <img> or <canvas>, read back through a 2D canvas. */
async function centreColour(target: Locator): Promise<[number, number, number]> {
  return target.evaluate((el: HTMLImageElement | HTMLCanvasElement) => {
    const probe = document.createElement('canvas');
    probe.width = 160;
    probe.height = 100;
    const ctx = probe.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(el, 0, 0, probe.width, probe.height);
    // Below the windows, middle of the body in the 3/4 front view.
    const { data } = ctx.getImageData(60, 52, 40, 14);
    const sum = [0, 0, 0];
    for (let i = 0; i < data.length; i += 4) for (let c = 0; c < 3; c++) sum[c]! += data[i + c] ?? 0;
    return sum.map((v) => v / (data.length / 4)) as [number, number, number];
  });
}

const isRed = ([r, g, b]: number[]) => (r ?? 0) > 1.6 * (g ?? 0) && (r ?? 0) > 1.6 * (b ?? 0);

function outsideRequests(page: Page): string[] {
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!/^(http:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(r.url())) outside.push(r.url());
  });
  return outside;
}

async function loaded(img: Locator) {
  await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
}

test('the configurator opens on the still of the configured car, swaps it before 3D, then 3D takes over in the same paint', async ({ page }) => {
  test.setTimeout(180_000);
  const outside = outsideRequests(page);
  await page.goto('/configure/horizon?m=horizon&t=horizon-hybrid-evolution&p=rouge-vif&w=aero&i=tissu-gris');
  const still = page.getByTestId('viewer-still');
  await expect(still).toHaveJSProperty('tagName', 'IMG');
  await expect(still).toHaveAttribute('fetchpriority', 'high');
  await expect(still).toHaveAttribute('alt', /^Virage Horizon Rouge Vif, jantes Aéro/);
  await loaded(still);
  // The main picture is WebP, which Chromium decodes about twice as fast as AVIF (bench: stills-formats).
  expect(await still.evaluate((i: HTMLImageElement) => i.currentSrc)).toMatch(/\/stills\/horizon\/front-rouge-vif-aero-\d+\.webp$/);
  const red = await centreColour(still);
  expect(isRed(red)).toBe(true);
  // It is the page's largest paint.
  const lcp = await page.evaluate(
    () =>
      new Promise<string>((resolve) =>
        new PerformanceObserver((list) => {
          const last: (PerformanceEntry & { element?: Element | null }) | undefined = list.getEntries().at(-1);
          resolve(last?.element?.getAttribute('data-testid') ?? last?.element?.tagName ?? '');
        }).observe({ type: 'largest-contentful-paint', buffered: true }),
      ),
  );
  expect(lcp).toBe('viewer-still');

  // Before 3D: a new paint swaps the picture.
  await page.getByRole('navigation', { name: 'Étapes de la configuration' }).getByRole('button', { name: 'Peinture' }).click();
  await page.getByRole('radio', { name: /Blanc Glacier/ }).check();
  await expect(still).toHaveAttribute('src', /front-blanc-glacier-aero/);
  await loaded(still);
  // White body: far more green and blue than the red one had (the wheels keep the mean from being white).
  await expect.poll(async () => Math.min(...(await centreColour(still)).slice(1)) - Math.max(red[1], red[2])).toBeGreaterThan(50);
  await page.getByRole('radio', { name: /Rouge Vif/ }).check();
  await expect(still).toHaveAttribute('src', /front-rouge-vif-aero/);

  // 3D on request: the canvas, drawn in the same paint, replaces the picture.
  await page.getByRole('button', { name: 'Afficher en 3D' }).click();
  const viewer = page.getByTestId('car-viewer');
  await expect(viewer).toHaveAttribute('data-ready', 'true', { timeout: 120_000 });
  await expect(viewer).toHaveAttribute('data-mode', 'webgl');
  await expect(viewer).toHaveAttribute('data-rendered', /^horizon\|#c1121f\|/);
  const canvas = viewer.locator('canvas');
  await expect(canvas).toBeVisible();
  expect(isRed(await centreColour(canvas))).toBe(true);
  expect(outside).toEqual([]);
});

test('home and garage show pictures of the cars with alt text', async ({ page }) => {
  const outside = outsideRequests(page);
  await page.goto('/');
  const lineup = page.locator('[data-testid^="model-"] img');
  await expect(lineup).toHaveCount(3);
  for (const img of await lineup.all()) {
    await expect(img).toHaveAttribute('alt', /^Virage .+, jantes .+/);
    await img.scrollIntoViewIfNeeded();
    await loaded(img);
    // Lazy pictures, off the first paint, take the smaller AVIF.
    expect(await img.evaluate((i: HTMLImageElement) => i.currentSrc)).toMatch(/\/stills\/[\w-]+\/front-[\w-]+-\d+\.avif$/);
  }

  await page.goto('/models/horizon');
  await expect(page.getByTestId('model-gallery').locator('img')).toHaveCount(3);
  await page.getByRole('button', { name: 'Enregistrer dans mon garage' }).click();
  await expect(page.getByText(/Enregistré dans votre garage/)).toBeVisible();
  await page.goto('/garage');
  const card = page.getByTestId('garage-list').locator('img').first();
  await expect(card).toHaveAttribute('alt', /^Virage Horizon .+, jantes .+/);
  await loaded(card);
  expect(outside).toEqual([]);
});

test('a held stock car keeps its picture from the hold card to the checkout, the order page and the orders list', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const outside = outsideRequests(page);
  await page.goto('/availability?m=horizon&t=horizon-hybrid-iconic&p=bleu-abysse&w=sport&i=cuir-noir');
  await page.getByLabel('Code postal ou ville').fill('69002');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  const card = page.getByTestId('exact-matches').getByTestId('stock-vehicle').first();
  // The hold card shows that very car (its own paint and wheels), described in words.
  const cardPicture = card.getByTestId('stock-vehicle-still');
  await expect(cardPicture).toHaveAttribute('alt', /^Virage Horizon Bleu Abysse, jantes Sport/);
  await loaded(cardPicture);
  const vehicleId = ((await card.locator('[data-testid^="hold-"]').getAttribute('data-testid')) ?? '').replace(/^hold-/, '');
  // The first hold also creates the guest; the re-rendered page keeps the car, held by this visitor.
  const holdControls = page.getByTestId(`hold-${vehicleId}`);
  await holdControls.getByRole('button', { name: /Réserver ce véhicule/ }).click();
  await expect(holdControls.getByText(/Réservé pour vous jusqu’à \d{2}:\d{2}/)).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('held-car').getByRole('img')).toHaveAttribute('alt', /^Virage Horizon Bleu Abysse/);

  // Ordering the held car: a new account, confirmed e-mail, then the review shows the car.
  await page.goto(`/checkout?vehicle=${encodeURIComponent(vehicleId)}`);
  const email = uniqueEmail('photo');
  await signUpAndConfirm(page, browser, { name: 'Camille Photo', email });
  await expect(page).toHaveURL(/\/checkout\?vehicle=/);
  const review = page.getByTestId('checkout-car');
  await expect(review).toHaveAttribute('alt', /^Virage Horizon Bleu Abysse, jantes Sport/);
  await loaded(review);
  // The submit button is enabled once the form is hydrated: from then on its choices are the form's.
  await expect(page.getByRole('button', { name: 'Passer la commande' })).toBeEnabled();
  await pickFirstHandoverSlot(page);
  await page.getByLabel('Téléphone').fill('06 12 34 56 78');
  await page.getByRole('textbox', { name: 'Adresse', exact: true }).fill('3 rue de la République');
  await page.getByLabel('Code postal').fill('69002');
  await page.getByLabel('Ville').fill('Lyon');
  await page.getByRole('checkbox', { name: /conditions générales de vente/ }).check();
  await page.getByRole('checkbox', { name: /droit de rétractation/ }).check();
  await page.getByRole('button', { name: 'Passer la commande' }).click();

  await expect(page).toHaveURL(/\/orders\/[a-z0-9]+$/);
  const ordered = page.getByTestId('order-car');
  await expect(ordered).toHaveAttribute('alt', /^Virage Horizon Bleu Abysse, jantes Sport, vue de trois quarts avant$/);
  await loaded(ordered);
  await page.goto('/orders');
  await expect(page.getByTestId('orders-list').getByRole('img').first()).toHaveAttribute('alt', /^Virage Horizon Bleu Abysse/);
  // The order e-mail was queued with the same car (its HTML links the JPEG still; the outbox shows its text).
  expect(await latestMailTo(browser, email, 'enregistrée')).toContain('/orders/');
  expect(outside).toEqual([]);
});

test('the test-drive steps and the booked drive’s page show the car to drive', async ({ page }) => {
  test.setTimeout(120_000);
  const outside = outsideRequests(page);
  await page.goto('/test-drive?model=horizon&trim=horizon-ev-evolution');
  // Each model card has its picture; the radio keeps the model's name as its name.
  await expect(page.getByRole('radio', { name: 'Virage Horizon' })).toBeChecked();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page.getByTestId('drive-car')).toHaveAttribute('alt', /^Virage Horizon .+, jantes .+/);
  await page.getByLabel('Votre code postal ou votre ville').fill('69007');
  await page.getByRole('button', { name: 'Chercher' }).click();
  await page.getByTestId('dealership-options').getByRole('link', { name: 'Choisir Virage Lyon Gerland' }).click();
  await page.getByTestId('slot-days').getByRole('link').first().click();
  await page.getByLabel('Prénom').fill('Camille');
  await page.getByLabel('Nom', { exact: true }).fill('Durand');
  await page.getByLabel('Adresse e-mail').fill(uniqueEmail('essai-photo'));
  await page.getByLabel('Téléphone').fill('06 12 34 56 78');
  await page.getByLabel('Date de naissance').fill('1990-03-15');
  await page.getByLabel('Numéro de permis').fill('12AB34567890');
  await page.getByLabel('Date d’obtention du permis').fill('2012-05-14');
  await page.getByRole('button', { name: 'Confirmer l’essai' }).click();

  await expect(page.getByRole('heading', { name: 'Essai confirmé' })).toBeVisible();
  const drive = page.getByTestId('drive-car');
  await expect(drive).toHaveAttribute('alt', /^Virage Horizon .+, jantes .+, vue de trois quarts avant$/);
  await loaded(drive);
  expect(outside).toEqual([]);
});

declare global {
  interface Window {
    /** Intl.NumberFormat objects made since the page started (counted by the test below). */
    numberFormats?: number;
    /** WebGL contexts asked of the page's own canvases (the test below). */
    webglContexts?: number;
  }
}

test('the configurator starts without loading ICU number data or making a WebGL context on its main thread, and the frame’s links prefetch on intent only', async ({ page }) => {
  // Each Intl.NumberFormat made during start-up is counted: the first one loads ICU's number data
  // inside the hydration task (lib/i18n/decimal.ts says why the app formats without it).
  await page.addInitScript(() => {
    window.numberFormats = 0;
    const Original = Intl.NumberFormat;
    Intl.NumberFormat = new Proxy(Original, {
      construct(target, args: ConstructorParameters<typeof Intl.NumberFormat>) {
        window.numberFormats = (window.numberFormats ?? 0) + 1;
        return new target(...args);
      },
    });
    // The GPU probe makes its context in a worker (modules/catalog/components/gpu-probe.ts).
    window.webglContexts = 0;
    const getContext: (this: HTMLCanvasElement, ...args: unknown[]) => unknown = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, 'getContext')?.value;
    Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', {
      configurable: true,
      writable: true,
      value(this: HTMLCanvasElement, ...args: unknown[]) {
        if (String(args[0]).startsWith('webgl')) window.webglContexts = (window.webglContexts ?? 0) + 1;
        return getContext.apply(this, args);
      },
    });
  });
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const prefetched = new Set<string>();
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.searchParams.has('_rsc')) prefetched.add(url.pathname);
  });
  await page.goto('/configure/horizon?m=horizon&t=horizon-hybrid-evolution&p=rouge-vif&w=aero&i=tissu-gris');
  await expect(page.getByTestId('price-total')).toContainText('€');
  // The page is hydrated: the next step opens.
  await page.getByRole('button', { name: /^Suivant/ }).first().click();
  await expect(page.locator('#step-title')).not.toHaveText(/Finition/);
  // A content link (the model page) is prefetched on sight: prefetching has had its chance...
  await expect.poll(() => prefetched.has('/models/horizon'), { timeout: 30_000 }).toBe(true);
  // ...and the header's links were left alone until the pointer reaches one.
  expect([...prefetched].filter((p) => ['/garage', '/test-drive', '/orders', '/legal/confidentialite'].includes(p))).toEqual([]);
  await page.getByRole('navigation').getByRole('link', { name: 'Mon garage' }).hover();
  await expect.poll(() => prefetched.has('/garage')).toBe(true);
  expect(await page.evaluate(() => window.numberFormats)).toBe(0);
  // The probe ran, in a worker, and found this machine's software GL: the page stays in 2D.
  await expect.poll(() => workers.length).toBeGreaterThan(0);
  await expect(page.getByTestId('viewer-slot')).toHaveAttribute('data-viewer-mode', '2d');
  await expect(page.getByRole('button', { name: 'Afficher en 3D' })).toBeVisible();
  expect(await page.evaluate(() => window.webglContexts)).toBe(0);
});

test('the scripts a page starts with carry V8’s compile hint; three.js, loaded when 3D starts, does not', async ({ page }) => {
  // scripts/build/compile-hints.mjs marks start-up chunks after the build, so that Chromium compiles
  // them while they stream in rather than on the main thread during hydration.
  const scripts: { url: string; hinted: boolean; three: boolean }[] = [];
  page.on('response', async (response) => {
    if (!/\/_next\/static\/chunks\/.+\.js$/.test(response.url())) return;
    const body = await response.text().catch(() => '');
    scripts.push({ url: response.url(), hinted: body.startsWith('//# allFunctionsCalledOnLoad\n'), three: body.includes('WebGLRenderer') });
  });
  await page.goto('/configure/horizon?m=horizon&t=horizon-hybrid-evolution&p=rouge-vif&w=aero&i=tissu-gris');
  await expect(page.getByTestId('price-total')).toContainText('€');
  // The polyfills' <script nomodule> is never fetched by a browser that runs modules.
  const startup = await page.evaluate(() => [...document.querySelectorAll<HTMLScriptElement>('script[src]:not([nomodule])')].map((s) => s.src));
  expect(startup.length).toBeGreaterThan(3);
  await expect.poll(() => startup.filter((src) => !scripts.some((s) => s.url === src))).toEqual([]);
  expect(scripts.filter((s) => startup.includes(s.url) && !s.hinted).map((s) => s.url)).toEqual([]);
  expect(scripts.filter((s) => s.three)).toEqual([]);

  await page.getByRole('button', { name: 'Afficher en 3D' }).click();
  await expect(page.getByTestId('car-viewer').locator('canvas')).toBeVisible();
  const three = scripts.filter((s) => s.three);
  expect(three.length).toBeGreaterThan(0);
  expect(three.filter((s) => s.hinted || startup.includes(s.url))).toEqual([]);
});
