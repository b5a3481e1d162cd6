import { expect, test } from '@playwright/test';
import { demo, demoPassword, signInWithPassword } from './support';

const CONFIG = 'm=horizon&t=horizon-hybrid-iconic&p=bleu-abysse&w=sport&i=cuir-noir';

test('every response carries the security headers', async ({ request }) => {
  for (const path of ['/', '/configure/horizon', '/api/health', '/page-that-does-not-exist']) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("object-src 'none'");
    expect(csp, path).not.toContain("'unsafe-eval'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['strict-transport-security'], path).toBe('max-age=63072000; includeSubDomains');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toContain('camera=(self)');
    expect(headers['permissions-policy'], path).toContain('geolocation=(self)');
    expect(headers['permissions-policy'], path).toContain('microphone=()');
  }
});

test('the configurator renders its 3D scene under the CSP without a single violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Refused to load (CSP): ${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber} ${event.sample}`));
  });
  test.setTimeout(180_000);
  await page.goto('/configure/horizon');
  // Software WebGL here: a 2D preview first, 3D on request (as in configurator.spec.ts).
  await page.getByRole('button', { name: 'Afficher en 3D' }).click();
  const viewer = page.getByTestId('car-viewer');
  // Ready means the .glb was fetched, its Meshopt WebAssembly ran and the scene rendered in WebGL.
  await expect(viewer).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
  await expect(viewer).toHaveAttribute('data-mode', 'webgl');
  await expect(viewer.locator('canvas')).toBeVisible();
  expect(violations).toEqual([]);
});

test('an address whose percent-encoding does not decode is a 400 (JSON on the API, a page elsewhere), not a 500', async ({ request }) => {
  const api = await request.get('/api/holds/%ZZ');
  expect(api.status()).toBe(400);
  expect(await api.json()).toMatchObject({ error: { code: 'BAD_REQUEST', reason: 'MALFORMED_URL' } });
  const page = await request.get('/g/%ZZ');
  expect(page.status()).toBe(400);
  expect(await page.text()).toContain('<h1>Adresse invalide</h1>');
  expect(page.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
});

test('a return address to another site is ignored at sign-in (/%5Cevil.example)', async ({ page }) => {
  await page.goto('/sign-in?next=/%5Cevil.example');
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'Se connecter' }) });
  await form.getByLabel('Adresse e-mail').fill(demo.customer);
  await form.getByLabel('Mot de passe').fill(demoPassword);
  await form.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByTestId('account-link')).toBeVisible();
  expect(new URL(page.url()).hostname).toBe('127.0.0.1');
  const direct = await page.request.get('/auth/continue?next=/%5Cevil.example', { maxRedirects: 0 });
  expect(direct.status()).toBe(303);
  expect(direct.headers()['location']).toBe('/');
});

test('a financing link with terms no slider offers shows the nearest ones with a notice', async ({ page }) => {
  for (const terms of ['n=0', 'km=0', 'km=99999999']) {
    const response = await page.goto(`/financing?${CONFIG}&${terms}`);
    expect(response?.status(), terms).toBe(200);
    await expect(page.getByTestId('terms-adjusted')).toBeVisible();
  }
  const response = await page.goto(`/financing?${CONFIG}&n=999`);
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId('terms-adjusted')).toContainText('60 mois');
  await expect(page.getByRole('heading', { name: 'Comparaison des offres' })).toBeVisible();
});

test('the dealer drive page answers 404 for an unknown or unreadable id, not a 500', async ({ page }) => {
  await signInWithPassword(page, demo.staff);
  for (const id of ['drv_no_such_drive', 'drv%00x']) {
    const response = await page.goto(`/dealer/drives/${id}`);
    expect(response?.status(), id).toBe(404);
  }
});
