import { devices, expect, test, type Browser, type Page } from '@playwright/test';
import { pickFirstHandoverSlot } from './checkout-support';
import { demo, demoPassword, signInWithPassword, signUpAndConfirm, uniqueEmail } from './support';

/**
 * Phygital continuity: one customer across web, showroom tablet, kiosk and phone; the car labels;
 * the funnel by channel; the account's deletion.
 */

async function summary(page: Page) {
  await page.getByRole('navigation', { name: 'Étapes de la configuration' }).getByRole('button', { name: 'Récapitulatif' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Récapitulatif' })).toBeFocused();
}

async function saveFromConfigurator(page: Page): Promise<string> {
  await summary(page);
  await page.getByRole('button', { name: 'Enregistrer dans mon garage' }).click();
  const message = page.getByTestId('saved-code-message');
  await expect(message).toContainText('Enregistrée sous le code');
  const code = /code ([A-Z0-9]{8})/.exec((await message.textContent()) ?? '')?.[1] ?? '';
  expect(code).toMatch(/^[A-Z0-9]{8}$/);
  return code;
}

async function signedIn(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithPassword(page, email);
  return { context, page };
}

test('web → showroom tablet with consent → kiosk → phone → labels → funnel by channel → CSV', async ({ browser }) => {
  test.setTimeout(240_000);
  // The customer saves a configuration on the web.
  const customer = await signedIn(browser, demo.customer);
  await customer.page.goto('/configure/horizon');
  const code = await saveFromConfigurator(customer.page);
  await customer.page.goto('/account');
  await expect(customer.page.getByTestId('account-garage')).toContainText(code);

  // On the tablet, the salesperson opens the code (the code's URL), asks consent, the customer accepts in their account.
  const staff = await signedIn(browser, demo.staff);
  await staff.page.goto(`/dealer/showroom?code=${code}`);
  await expect(staff.page.getByTestId('code-result')).toBeVisible();
  // This browser has no camera: the scanner says so and the typed code remains (decoding: modules/showroom/scan.test.ts).
  await staff.page.getByRole('button', { name: 'Scanner un QR code' }).click();
  await expect(staff.page.getByTestId('qr-scanner').getByRole('alert')).toContainText('saisissez le code');
  await staff.page.getByTestId('ask-consent').last().click();
  const consentCode = (await staff.page.getByTestId('consent-code').textContent())?.trim() ?? '';
  expect(consentCode).toMatch(/^[A-Z0-9]{8}$/);
  await customer.page.getByLabel('Code affiché sur la tablette du vendeur').fill(consentCode);
  await customer.page.getByRole('button', { name: 'J’autorise' }).click();
  await expect(customer.page.getByTestId('consent-code-form')).toContainText('le vendeur peut vous retrouver');
  await staff.page.getByTestId('open-customer').first().click();
  await expect(staff.page.getByTestId('customer-garage')).toContainText(code);

  // The salesperson continues the configuration in the configurator and saves it back to the customer's garage.
  const customerFile = staff.page.url();
  await staff.page.getByRole('link', { name: 'Continuer dans le configurateur' }).first().click();
  await expect(staff.page).toHaveURL(/\/configure\/horizon\?/);
  const staffCode = await saveFromConfigurator(staff.page);
  await staff.page.goto(customerFile);
  await staff.page.getByLabel('Code de la configuration enregistrée sur la tablette').fill(staffCode);
  await staff.page.getByRole('button', { name: 'Ajouter au garage du client' }).click();
  await expect(staff.page.getByTestId('save-to-customer')).toContainText('Ajoutée au garage du client');
  const copy = /code ([A-Z0-9]{8})/.exec((await staff.page.getByTestId('save-to-customer').textContent()) ?? '')?.[1] ?? '';
  await customer.page.goto('/account');
  await expect(customer.page.getByTestId('account-garage')).toContainText(copy);
  // The timeline shows the showroom save, newest first, done by staff.
  await expect(async () => {
    await staff.page.reload();
    await expect(staff.page.getByTestId('customer-timeline').locator('li').first()).toContainText('concession · par un vendeur', { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });

  // The kiosk: attract loop, configure, take it away on a phone; call a salesperson.
  const kioskContext = await browser.newContext();
  const kiosk = await kioskContext.newPage();
  await kiosk.goto('/kiosk?dealership=lyon-gerland');
  await expect(kiosk).toHaveTitle('Virage'); // the brand alone, not « Virage · Virage »
  await kiosk.getByTestId('attract-loop').click({ position: { x: 40, y: 40 } });
  // The welcome screen has no configuration to take away yet; calling is there.
  await expect(kiosk.getByTestId('call-salesperson')).toBeVisible();
  await expect(kiosk.getByTestId('take-away')).toHaveCount(0);
  await kiosk.getByTestId('kiosk-model-horizon').click();
  await expect(kiosk).toHaveURL(/\/kiosk\/horizon\?.*dealership=lyon-gerland/);
  await expect(kiosk).toHaveTitle('Virage');
  await expect(kiosk.getByRole('button', { name: 'Enregistrer dans mon garage' })).toHaveCount(0);
  await kiosk.getByTestId('take-away').click();
  const takeAway = kiosk.getByTestId('take-away-qr');
  await expect(takeAway.locator('svg')).toBeVisible();
  const phoneUrl = (await takeAway.getAttribute('data-url')) ?? '';
  expect(phoneUrl).toMatch(/\/configure\/horizon\?.*via=kiosk/);
  // A double tap rings the tablet once.
  await kiosk.getByTestId('call-salesperson').dblclick();
  await expect(kiosk.getByText('Un vendeur arrive.')).toBeVisible();
  expect(await kiosk.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);

  const phoneContext = await browser.newContext({ ...devices['Pixel 7'] });
  const phone = await phoneContext.newPage();
  await phone.goto(phoneUrl);
  await expect(phone.getByTestId('price-total')).toBeVisible();
  await summary(phone);
  await expect(phone.getByRole('button', { name: 'Enregistrer dans mon garage' })).toBeVisible();

  await staff.page.goto('/dealer/showroom');
  await expect(staff.page.getByTestId('kiosk-calls')).toBeVisible();
  await expect(staff.page.getByTestId('kiosk-calls').locator('li')).toHaveCount(1);

  // Labels: the PDF, and a car's QR link opened on the phone.
  await staff.page.goto('/dealer/showroom/labels');
  const pdf = await staff.page.request.get('/api/showroom/labels?format=A6');
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const carHref = (await staff.page.getByTestId('car-link').first().getAttribute('href')) ?? '';
  expect(carHref).toMatch(/\/car\//);
  await phone.goto(new URL(carHref).pathname);
  await expect(phone.getByTestId('floor-car')).toBeVisible();
  // The tab names the car, as the page's heading does.
  await expect(phone).toHaveTitle(`${await phone.getByTestId('floor-car').getByRole('heading', { level: 1 }).textContent()} · Virage`);
  await expect(phone.getByTestId('car-price')).toContainText('€');
  await expect(phone.getByRole('link', { name: 'Réserver un essai de ce modèle' })).toBeVisible();

  // The funnel counts those steps by channel (events arrive through the job queue).
  const admin = await signedIn(browser, demo.admin);
  await expect(async () => {
    await admin.page.goto('/admin/analytics');
    await expect(admin.page.getByTestId('funnel-save-web')).toBeVisible({ timeout: 2_000 });
    await expect(admin.page.getByTestId('funnel-save-showroom')).toBeVisible({ timeout: 2_000 });
    await expect(admin.page.getByTestId('funnel-configure-kiosk')).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  const csv = await admin.page.request.get('/api/analytics/csv');
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text.split('\n')[0]).toBe('step,channel,events,customer_days,cohort_customers,step_conversion,step_drop_off');
  expect(text).toMatch(/^save,showroom,/m);
  expect(text).toMatch(/^configure,kiosk,/m);
  expect(text).toMatch(/^save,all,\d+,\d+,\d+,/m);

  for (const c of [customer.context, staff.context, kioskContext, phoneContext, admin.context]) await c.close();
});

/** The admin funnel's count of availability page views on the web, for one model (0 when none yet). */
async function availabilityViews(admin: Page, model: string): Promise<number> {
  await admin.goto(`/admin/analytics?model=${model}`);
  await expect(admin.getByTestId('funnel-table')).toBeVisible();
  const cell = admin.getByTestId('funnel-availability-web');
  if ((await cell.count()) === 0) return 0;
  return Number(/(\d+)\s*$/.exec((await cell.textContent()) ?? '')?.[1] ?? Number.NaN);
}

test('page views reach the funnel for a visitor who accepts measurement, and not for one who refuses', async ({ browser }) => {
  const admin = await signedIn(browser, demo.admin);
  const before = await availabilityViews(admin.page, 'magistrale');
  expect(before).not.toBeNaN();

  // First a visitor who refuses measurement, then one who accepts, look at the same page.
  for (const choice of ['Refuser', 'Accepter'] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto('/');
    await page.getByTestId('consent-banner').getByRole('button', { name: choice }).click();
    await expect(page.getByTestId('consent-banner')).toHaveCount(0);
    // The beacon leaves with the page; closing the context before its answer could drop it.
    const beacon = choice === 'Accepter' ? page.waitForResponse((r) => r.url().endsWith('/api/journey/page-view')) : null;
    await page.goto('/availability?model=magistrale');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    if (beacon) expect((await beacon).status()).toBeLessThan(300);
    await context.close();
  }

  // The consenting visitor's view arrives through the job queue; the refusing visitor's never does
  // (it was sent, or not, before the other, so by then it would have arrived too).
  await expect(async () => {
    expect(await availabilityViews(admin.page, 'magistrale')).toBeGreaterThan(before);
  }).toPass({ timeout: 30_000 });
  expect(await availabilityViews(admin.page, 'magistrale')).toBe(before + 1);
  await admin.context.close();
});

test('a customer deletes their account: nothing personal remains', async ({ page, browser }) => {
  const email = uniqueEmail('a-effacer');
  const password = 'un-mot-de-passe-solide';
  await page.goto('/sign-up');
  await signUpAndConfirm(page, browser, { name: 'Zoé Effacée', email, password });
  await page.goto('/configure/horizon');
  const code = await saveFromConfigurator(page);

  await page.goto('/account');
  const profile = page.getByTestId('profile-form');
  // A new profile starts from what the buyer already gave (the name of their account), said so.
  await expect(profile.getByLabel('Prénom')).toHaveValue('Zoé');
  await expect(profile.getByLabel('Nom', { exact: true })).toHaveValue('Effacée');
  await expect(page.getByTestId('profile-suggested')).toContainText('Pré-rempli avec ce que vous nous avez déjà donné');
  await profile.getByLabel('Prénom').fill('x'.repeat(100));
  await profile.getByRole('textbox', { name: 'Téléphone' }).fill('06 12 34 56 78');
  await profile.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByTestId('profile-status')).toHaveText('Profil enregistré.');
  // The checkout starts from the profile; a first name longer than an order takes is left for the buyer to type.
  await page.goto(`/checkout?config=${code}`);
  await expect(page.getByLabel('Téléphone')).toHaveValue('0612345678');
  await expect(page.getByLabel('Nom', { exact: true })).toHaveValue('Effacée');
  await expect(page.getByLabel('Prénom')).toHaveValue('');
  await page.goto('/account');
  const exported = await page.request.get('/api/account/export');
  expect(exported.status()).toBe(200);
  const data = (await exported.json()) as { account: { email: string }; savedConfigurations: Array<{ code: string }>; staffLookups: unknown[] };
  expect(data.account.email).toBe(email);
  expect(data.savedConfigurations.map((s) => s.code)).toContain(code);
  expect(Array.isArray(data.staffLookups)).toBe(true);

  await page.getByLabel('Tapez SUPPRIMER pour confirmer').fill('non');
  await page.getByRole('button', { name: 'Supprimer mon compte' }).click();
  await expect(page.getByTestId('delete-account').getByRole('alert')).toContainText('SUPPRIMER');
  await page.getByLabel('Tapez SUPPRIMER pour confirmer').fill('SUPPRIMER');
  await page.getByRole('button', { name: 'Supprimer mon compte' }).click();
  await expect(page).toHaveURL(/accountDeleted=1/);

  // The saved car, the session and the credentials are gone; the staff tablet finds no one.
  expect((await page.request.get('/api/account/export')).status()).toBe(401);
  expect((await page.request.get(`/g/${code}`)).status()).toBe(404);
  await page.goto('/sign-in');
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'Se connecter' }) });
  await form.getByLabel('Adresse e-mail').fill(email);
  await form.getByLabel('Mot de passe').fill(password);
  await form.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByTestId('account-link')).toHaveCount(0);
  const staff = await signedIn(browser, demo.staff);
  await staff.page.goto('/dealer/showroom');
  await staff.page.getByLabel('E-mail ou téléphone du client (avec son accord)').fill(email);
  await staff.page.getByRole('button', { name: 'Rechercher' }).click();
  // A deleted account reads like anyone without consent, and the tablet says how to go on.
  await expect(staff.page.getByTestId('contact-lookup').getByRole('alert')).toContainText('qu’avec l’accord du client : demandez-le-lui ci-dessous');
  await staff.context.close();
  void demoPassword;
});

async function signUp(browser: Browser, name: string, emailPrefix: string) {
  const email = uniqueEmail(emailPrefix);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/sign-up');
  await signUpAndConfirm(page, browser, { name, email });
  return { context, page, email };
}

/** The salesperson asks consent on the tablet, the customer accepts in their account, the tablet opens their file. */
async function consentAndOpen(staff: Page, customer: Page, name: string) {
  await staff.goto('/dealer/showroom');
  await staff.getByTestId('ask-consent').click();
  const consentCode = (await staff.getByTestId('consent-code').textContent())?.trim() ?? '';
  await customer.goto('/account');
  await customer.getByLabel('Code affiché sur la tablette du vendeur').fill(consentCode);
  await customer.getByRole('button', { name: 'J’autorise' }).click();
  await expect(customer.getByTestId('consent-code-form')).toContainText('le vendeur peut vous retrouver');
  await staff.getByTestId('open-customer').click();
  await expect(staff.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('after a showroom visit: the tablet holds a car for the customer; the survey is answered once from the e-mail; opt-outs are respected', async ({ browser }) => {
  test.setTimeout(360_000);
  const staff = await signedIn(browser, demo.staff);
  // Léa has turned surveys off in her account before her visit; Hugo has not.
  const lea = await signUp(browser, 'Léa Sansenquête', 'lea');
  await lea.page.goto('/account');
  const preference = lea.page.getByTestId('survey-preference');
  await preference.getByLabel('Recevoir les enquêtes de satisfaction après une commande, une livraison ou une visite').uncheck();
  await preference.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(preference.getByRole('status')).toHaveText('Préférence enregistrée.');
  await consentAndOpen(staff.page, lea.page, 'Léa Sansenquête');

  const hugo = await signUp(browser, 'Hugo Visiteur', 'hugo');
  await consentAndOpen(staff.page, hugo.page, 'Hugo Visiteur');
  // From Hugo's file, the salesperson holds a stock car for him: it is in Hugo's own space.
  const hold = staff.page.getByTestId('hold-for-customer');
  const car = (await hold.getByLabel('Voiture en stock à bloquer pour le client').locator('option').first().textContent()) ?? '';
  const vin = car.split(' · ').at(-1) ?? '';
  expect(vin).not.toBe('');
  await hold.getByRole('button', { name: 'Bloquer pour le client' }).click();
  await expect(hold.getByRole('status')).toHaveText('Voiture bloquée pour le client.');
  await hugo.page.goto('/account');
  await expect(hugo.page.getByRole('region', { name: 'Mes véhicules réservés' })).toContainText(vin);
  await expect(async () => {
    await staff.page.reload();
    await expect(staff.page.getByTestId('customer-timeline').locator('li').first()).toContainText('concession · par un vendeur', { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });

  // The survey of the visit reaches Hugo through the outbox at the next sweep (every minute); Léa gets none.
  const admin = await signedIn(browser, demo.admin);
  // .first(): a visit that runs past midnight in Paris is two visit days, so two surveys.
  const hugoMail = admin.page.getByTestId('outbox-list').locator('li', { hasText: 'Votre visite en concession' }).first();
  await expect(async () => {
    await admin.page.goto(`/admin/outbox?to=${encodeURIComponent(hugo.email)}`);
    await expect(hugoMail).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 120_000 });
  const text = (await hugoMail.locator('pre').textContent()) ?? '';
  const surveyUrl = /(http\S+\/surveys\/[A-Za-z0-9._-]+)(?=\s)/.exec(`${text} `)?.[1] ?? '';
  expect(surveyUrl).not.toBe('');
  expect(text).toContain(`${surveyUrl}/opt-out`);
  await admin.page.goto(`/admin/outbox?to=${encodeURIComponent(lea.email)}`);
  await expect(admin.page.getByText('Votre visite en concession')).toHaveCount(0);

  // The link works without signing in; two tabs open on it, the second answer is refused.
  const visitor = await browser.newContext();
  const first = await visitor.newPage();
  const second = await visitor.newPage();
  const path = new URL(surveyUrl).pathname;
  for (const tab of [first, second]) {
    await tab.goto(path);
    await expect(tab.getByRole('heading', { name: 'Votre avis' })).toBeVisible();
  }
  await first.getByRole('group', { name: 'Êtes-vous satisfait de cette étape ?' }).getByText('4', { exact: true }).click();
  await first.getByLabel('Un commentaire (facultatif)').fill('Accueil chaleureux, voiture réservée en deux minutes.');
  await first.getByRole('button', { name: 'Envoyer mon avis' }).click();
  await expect(first.getByRole('status')).toHaveText('Merci, votre avis est enregistré.');
  await second.getByRole('group', { name: 'Êtes-vous satisfait de cette étape ?' }).getByText('1', { exact: true }).click();
  await second.getByRole('button', { name: 'Envoyer mon avis' }).click();
  await expect(second.getByTestId('survey-form').getByRole('alert')).toHaveText('Vous avez déjà répondu à cette enquête. Merci !');
  await first.reload();
  await expect(first.getByText('Vous avez déjà répondu à cette enquête. Merci !')).toBeVisible();

  // The answer is on the dashboard, with its words.
  await admin.page.goto('/admin/analytics');
  await expect(admin.page.getByTestId('satisfaction-showroom_visit')).toContainText('4,0 / 5');
  await expect(admin.page.getByTestId('verbatims')).toContainText('Accueil chaleureux, voiture réservée en deux minutes.');

  // Opting out from the e-mail's link: Hugo's account then shows surveys turned off.
  await first.goto(`${path}/opt-out`);
  await first.getByRole('button', { name: 'Ne plus recevoir d’enquêtes' }).click();
  await expect(first.getByText('C’est noté : vous ne recevrez plus d’enquêtes de satisfaction.')).toBeVisible();
  await hugo.page.goto('/account');
  await expect(hugo.page.getByTestId('survey-preference').getByRole('checkbox')).not.toBeChecked();
  // The car the salesperson holds for him is in his space, one click from its checkout.
  await hugo.page.getByTestId('account-order-held').click();
  await expect(hugo.page).toHaveURL(/\/checkout\?vehicle=/);
  await expect(hugo.page.getByRole('heading', { level: 2 }).first()).toContainText(vin);

  // From Hugo's file, the salesperson starts the order of the car held for him: the tablet shows the
  // checkout's QR; Hugo opens it on his own device, accepts and places the order there.
  await staff.page.reload();
  const start = staff.page.getByTestId('start-order');
  await start.getByLabel('Voiture à commander pour le client').selectOption({ label: `Voiture bloquée · ${vin}` });
  await start.getByRole('button', { name: 'Démarrer la commande' }).click();
  await expect(start.getByRole('img', { name: 'QR code de la commande du client' })).toBeVisible();
  const orderLink = new URL((await start.getByTestId('order-link').textContent()) ?? '');
  expect(orderLink.pathname).toBe('/checkout');
  expect(orderLink.searchParams.get('assist')).not.toBeNull();
  await hugo.page.goto(`${orderLink.pathname}${orderLink.search}`);
  await expect(hugo.page.getByRole('heading', { level: 2 }).first()).toContainText(vin);
  await expect(hugo.page.getByRole('button', { name: 'Passer la commande' })).toBeEnabled();
  await pickFirstHandoverSlot(hugo.page);
  await hugo.page.getByLabel('Téléphone').fill('06 12 34 56 78');
  await hugo.page.getByRole('textbox', { name: 'Adresse', exact: true }).fill('3 rue de la République');
  await hugo.page.getByLabel('Code postal').fill('69002');
  await hugo.page.getByLabel('Ville').fill('Lyon');
  await hugo.page.getByRole('checkbox', { name: /conditions générales de vente/ }).check();
  await hugo.page.getByRole('checkbox', { name: /droit de rétractation/ }).check();
  await hugo.page.getByRole('button', { name: 'Passer la commande' }).click();
  await expect(hugo.page).toHaveURL(/\/orders\/[a-z0-9]+$/);
  // On the tablet: the order in Hugo's file, and on his timeline as done in the showroom by a salesperson.
  await expect(async () => {
    await staff.page.reload();
    await expect(staff.page.getByTestId('customer-timeline').locator('li').first()).toContainText('Commande · concession · par un vendeur', { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });

  for (const c of [staff.context, lea.context, hugo.context, admin.context, visitor]) await c.close();
});

test('a financing simulation saved on /financing is in the buyer’s space, with a link back and its PDF', async ({ browser }) => {
  const buyer = await signUp(browser, 'Inès Simule', 'ines');
  await buyer.page.goto('/financing?m=horizon');
  await expect(buyer.page.getByRole('heading', { level: 1, name: 'Financement' })).toBeVisible();
  await buyer.page.getByLabel('Durée').fill('3');
  await expect(buyer.page.getByTestId('duration-value')).toHaveText('60 mois');
  await buyer.page.getByTestId('save-simulation').click();
  await expect(buyer.page.getByText('Simulation enregistrée : retrouvez-la dans votre espace.')).toBeVisible();
  await buyer.page.goto('/account');
  const saved = buyer.page.getByTestId('account-simulations').locator('li').first();
  await expect(saved).toContainText('60 mois');
  await expect(saved).toContainText('/mois');
  const pdf = await buyer.page.request.get((await saved.getByRole('link', { name: 'PDF de l’offre' }).getAttribute('href')) ?? '');
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  await saved.getByRole('link', { name: 'Reprendre la simulation' }).click();
  await expect(buyer.page.getByTestId('duration-value')).toHaveText('60 mois');
  await buyer.context.close();
});
