import { expect, test, type Page } from '@playwright/test';
import { demo, signInWithPassword } from './support';

const parisDate = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(iso));

async function openConsoleOn(page: Page, text: string) {
  await signInWithPassword(page, demo.advisor);
  await page.goto('/advisor');
  const entry = page.getByTestId('advisor-queue-entry').filter({ hasText: text });
  await expect(entry).toBeVisible();
  await entry.click();
  return page.getByTestId('console-conversation');
}

/** Every message is on screen once: no seq twice. */
async function expectNoDuplicates(page: Page) {
  const seqs = await page.getByTestId('chat-messages').locator('li[data-seq]').evaluateAll((items) => items.map((item) => item.getAttribute('data-seq')));
  expect(new Set(seqs).size).toBe(seqs.length);
}

test('a guest asks from the configurator; the advisor claims, follows the car, pushes it and offers slots; the guest books; nothing lost offline', async ({ browser }) => {
  test.setTimeout(180_000);
  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  await guest.goto('/configure/horizon');
  await expect(guest).toHaveURL(/p=blanc-glacier/);
  await guest.getByTestId('chat-launcher').click();
  const panel = guest.getByTestId('chat-panel');
  await panel.getByTestId('chat-first').fill('Bonjour, la Horizon en rouge, c’est possible ?');
  await panel.getByTestId('chat-start').click();
  await expect(panel.getByTestId('chat-message').filter({ hasText: 'la Horizon en rouge' })).toBeVisible();

  // The advisor claims it and sees the car on the guest's screen.
  const advisorContext = await browser.newContext();
  const advisor = await advisorContext.newPage();
  const conversation = await openConsoleOn(advisor, 'la Horizon en rouge');
  // Back-office pages have no buyer launcher.
  await expect(advisor.getByTestId('chat-launcher')).toHaveCount(0);
  await conversation.getByTestId('console-claim').click();
  await expect(panel.getByTestId('chat-advisor-name')).toHaveText('Inès Laurent');
  // Named as the advisor says it, the exact page behind the link.
  await expect(advisor.getByTestId('buyer-current-page')).toContainText('Configurateur · Virage Horizon');
  await expect(advisor.getByTestId('buyer-current-page')).toHaveAttribute('href', /^\/configure\/horizon/);
  // The queue names the page on a line of its own, whole on hover.
  const queuedPage = advisor.getByTestId('advisor-queue-entry').filter({ hasText: 'la Horizon en rouge' }).getByTestId('advisor-queue-page');
  await expect(queuedPage).toHaveText(/^Configurateur · Virage Horizon/);
  await expect(queuedPage).toHaveAttribute('title', /^Configurateur · Virage Horizon .+, Blanc Glacier$/);

  // The guest changes the paint: the advisor's context follows.
  await guest.getByRole('navigation', { name: 'Étapes de la configuration' }).getByRole('button', { name: 'Peinture' }).click();
  await guest.getByRole('radio', { name: /Rouge Vif/ }).check();
  await expect(guest).toHaveURL(/p=rouge-vif/);
  await expect(advisor.getByTestId('buyer-current-page')).toContainText('Rouge Vif');
  await expect(advisor.getByTestId('buyer-current-page')).toHaveAttribute('href', /p=rouge-vif/);

  // A reply, then the configuration pushed into the thread: it opens exactly that car.
  await conversation.getByTestId('chat-input').fill('Oui ! Je vous envoie la configuration.');
  await conversation.getByTestId('chat-send').click();
  await expect(panel.getByTestId('chat-message').filter({ hasText: 'Je vous envoie la configuration' })).toBeVisible();
  await conversation.getByTestId('console-push-configuration').click();
  const link = panel.getByTestId('chat-configuration-link');
  await expect(link).toBeVisible();
  expect(await link.getAttribute('href')).toContain('p=rouge-vif');

  // Slots from the test-drive slot engine, at Lyon Gerland; the guest books one in a click.
  const showroom = conversation.getByTestId('console-showroom');
  const lyon = await showroom.locator('option', { hasText: 'Lyon Gerland' }).first().getAttribute('value');
  await showroom.selectOption(lyon ?? '');
  await conversation.getByTestId('console-propose-slots').click();
  const offer = panel.getByTestId('chat-slots');
  await expect(offer).toBeVisible();
  for (const [field, value] of Object.entries({ firstName: 'Léa', lastName: 'Martin', email: 'lea.martin.chat@example.org', phone: '06 12 34 56 78', licenceNumber: '12AB34567890', licenceIssuedOn: '2012-05-10', birthDate: '1991-02-20' })) {
    await offer.getByTestId(`chat-driver-${field}`).fill(value);
  }
  const slot = offer.getByTestId('chat-slot').first();
  const start = (await slot.getAttribute('data-start')) ?? '';
  await slot.click();
  const booked = panel.getByTestId('chat-booked');
  await expect(booked).toContainText('Essai réservé');
  const reference = /référence (\w+)/.exec((await booked.textContent()) ?? '')?.[1] ?? '';
  expect(reference).toMatch(/^VX\w{6}$/);
  // Beside the conversation the advisor sees the drive in words: the model's name and its status, not their codes.
  await expect(advisor.getByTestId('buyer-test-drive').filter({ hasText: reference })).toContainText(`${reference} · Virage Horizon · `);
  await expect(advisor.getByTestId('buyer-test-drive').filter({ hasText: reference })).toContainText('· Prévu');

  // The drive is in the dealership's calendar.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signInWithPassword(staff, demo.staff);
  await staff.goto(`/dealer?date=${parisDate(start)}&view=day&by=car`);
  await expect(staff.getByTestId('calendar-drive').filter({ hasText: reference })).toBeVisible();
  await staffContext.close();

  // The guest loses the connection; the advisor writes meanwhile; back online, all arrive once.
  const messages = panel.getByTestId('chat-messages');
  await expect(messages).toHaveAttribute('data-stream', 'open');
  await guestContext.setOffline(true);
  await expect(messages).toHaveAttribute('data-stream', 'reconnecting');
  for (const n of [1, 2, 3]) {
    await conversation.getByTestId('chat-input').fill(`Pendant la coupure ${n}`);
    await conversation.getByTestId('chat-send').click();
    await expect(conversation.getByTestId('chat-message').filter({ hasText: `Pendant la coupure ${n}` })).toBeVisible();
  }
  await guestContext.setOffline(false);
  for (const n of [1, 2, 3]) await expect(panel.getByTestId('chat-message').filter({ hasText: `Pendant la coupure ${n}` })).toHaveCount(1);
  await expect(messages).toHaveAttribute('data-stream', 'open');
  await expectNoDuplicates(guest);

  // The conversation follows the guest to another page.
  await guest.goto('/');
  await guest.getByTestId('chat-launcher').click();
  await expect(panel.getByTestId('chat-message').filter({ hasText: 'Pendant la coupure 3' })).toHaveCount(1);
  await expectNoDuplicates(guest);
  await advisorContext.close();
  await guestContext.close();
});

test('nobody online: a guest asks to be called back; the advisor logs the call in the thread', async ({ browser }) => {
  test.setTimeout(120_000);
  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  // The previous test's advisor closed their console: wait until the server has seen them leave.
  await expect.poll(async () => ((await (await guest.request.get('/api/chat/conversations/current')).json()) as { data: { live: boolean } }).data.live, { timeout: 70_000 }).toBe(false);
  await guest.goto('/');
  await guest.getByTestId('chat-launcher').click();
  const panel = guest.getByTestId('chat-panel');
  await panel.getByTestId('chat-first').fill('Pouvez-vous me rappeler pour la reprise de ma voiture ?');
  await panel.getByTestId('chat-start').click();
  const form = panel.getByTestId('chat-follow-up');
  await expect(form).toBeVisible();
  await form.getByTestId('chat-callback-choice').check();
  await form.getByTestId('chat-callback-phone').fill('06 98 76 54 32');
  await form.getByTestId('chat-follow-up-send').click();
  await expect(panel.getByTestId('chat-follow-up-set')).toBeVisible();

  const advisorContext = await browser.newContext();
  const advisor = await advisorContext.newPage();
  await signInWithPassword(advisor, demo.advisor);
  await advisor.goto('/advisor');
  const entry = advisor.getByTestId('advisor-queue-entry').filter({ hasText: 'reprise de ma voiture' });
  await expect(entry.getByTestId('advisor-callback')).toContainText('06 98 76 54 32');
  await entry.click();
  const conversation = advisor.getByTestId('console-conversation');
  await conversation.getByTestId('console-claim').click();
  await conversation.getByTestId('console-call-outcome').fill('Rappelé : rendez-vous pris samedi pour l’estimation.');
  await conversation.getByTestId('console-call-outcome-send').click();
  await expect(panel.getByTestId('chat-message').filter({ hasText: 'rendez-vous pris samedi' })).toContainText('Appel');
  await advisorContext.close();
  await guestContext.close();
});

test('on a phone the launcher is in the server HTML: the header is as tall before hydration as after, nothing below it moves', async ({ browser }) => {
  const heights: number[] = [];
  for (const javaScriptEnabled of [false, true]) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/legal/mentions-legales');
    await expect(page.getByTestId('chat-launcher-phone')).toBeVisible();
    if (javaScriptEnabled) await expect(page.getByTestId('chat-launcher-phone')).toBeEnabled();
    heights.push((await page.locator('header').boundingBox())?.height ?? Number.NaN);
    await context.close();
  }
  expect(heights[1]).toBe(heights[0]);
});

test('on a phone the launcher sits in the header and the conversation opens full screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/configure/horizon');
  await expect(page.getByTestId('chat-launcher')).toBeHidden();
  const button = page.getByTestId('chat-launcher-phone');
  await expect(button).toBeVisible();
  // In the header's flow: above the page content, so it covers no price nor button.
  const header = await page.locator('header').boundingBox();
  const box = await button.boundingBox();
  expect(box && header && box.y + box.height <= header.y + header.height).toBe(true);
  await button.click();
  const panel = await page.getByTestId('chat-panel').boundingBox();
  expect(panel).toMatchObject({ x: 0, y: 0, width: 390, height: 844 });
  await context.close();
});

test('the advisor offers financing and a stock car, suggests a configuration the guest applies on consent, and hands over to Lyon, whose staff answer from /dealer', async ({ browser }) => {
  test.setTimeout(240_000);
  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  await guest.goto('/configure/horizon');
  await guest.getByRole('navigation', { name: 'Étapes de la configuration' }).getByRole('button', { name: 'Peinture' }).click();
  await guest.getByRole('radio', { name: /Rouge Vif/ }).check();
  await expect(guest).toHaveURL(/p=rouge-vif/);
  await guest.getByTestId('chat-launcher').click();
  const panel = guest.getByTestId('chat-panel');
  await panel.getByTestId('chat-first').fill('Combien par mois, et vous en avez en stock ?');
  await panel.getByTestId('chat-start').click();
  await expect(panel.getByTestId('chat-message').filter({ hasText: 'Combien par mois' })).toBeVisible();
  const conversationId = await guest.evaluate(async () => ((await (await fetch('/api/chat/conversations/current')).json()) as { data: { current: { conversation: { id: string } } } }).data.current.conversation.id);

  // Not routed to any dealership yet: Lyon's staff get a 404 for it.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signInWithPassword(staff, demo.staff);
  expect((await staff.goto(`/dealer/conversations/${conversationId}`))?.status()).toBe(404);

  const advisorContext = await browser.newContext();
  const advisor = await advisorContext.newPage();
  const conversation = await openConsoleOn(advisor, 'Combien par mois');
  await conversation.getByTestId('console-claim').click();
  await expect(panel.getByTestId('chat-advisor-name')).toHaveText('Inès Laurent');
  await expect(advisor.getByTestId('buyer-current-page')).toHaveAttribute('href', /p=rouge-vif/);

  // A financing offer: the card shows the server's monthly figure and opens /financing on those terms.
  await conversation.getByTestId('console-financing-product').selectOption('credit-classique');
  await conversation.getByTestId('console-financing-deposit').fill('3000');
  await conversation.getByTestId('console-financing-months').selectOption('48');
  await conversation.getByTestId('console-offer-financing').click();
  const financing = panel.getByTestId('chat-financing');
  await expect(financing.getByTestId('chat-financing-monthly')).toContainText('pendant 48 mois');
  const monthly = /^(.*€)/.exec((await financing.getByTestId('chat-financing-monthly').textContent()) ?? '')?.[1] ?? '';
  const href = (await financing.getByTestId('chat-financing-open').getAttribute('href')) ?? '';
  expect(href).toMatch(/^\/financing\?.*n=48/);
  const financingPage = await guestContext.newPage();
  await financingPage.goto(href);
  await expect(financingPage.getByText(monthly).first()).toBeVisible();
  await financingPage.close();

  // A stock car to hold: one click on the guest's side, through the availability module's hold.
  await expect(conversation.getByTestId('console-stock')).toBeVisible();
  // Each car is named as staff say it (trim and paint), not by its catalogue codes.
  const firstCar = (await conversation.getByTestId('console-stock').locator('option').first().textContent()) ?? '';
  expect(firstCar).toMatch(/ · (Hybride|Électrique|Essence)[^·]* · [A-ZÉ][a-zé]+ [A-ZÉ]/);
  expect(firstCar).not.toMatch(/horizon-|blanc-|bleu-|gris-|rouge-|noir-/);
  await conversation.getByTestId('console-offer-hold').click();
  const holdOffer = panel.getByTestId('chat-hold-offer');
  await expect(holdOffer).toBeVisible();
  const vin = /VIN (\w+)/.exec((await holdOffer.textContent()) ?? '')?.[1] ?? '';
  await holdOffer.getByTestId('chat-hold-accept').click();
  await expect(holdOffer.getByTestId('chat-hold-done')).toBeVisible();
  await expect(advisor.getByTestId('buyer-context')).toContainText(vin);

  // A configuration suggested onto the guest's configurator: shown, never applied until they accept.
  const pushHref = conversation.getByTestId('console-push-href');
  await pushHref.fill((await pushHref.inputValue()).replace('p=rouge-vif', 'p=blanc-glacier'));
  await conversation.getByTestId('console-push-onto-configurator').click();
  const suggestion = guest.getByTestId('chat-suggestion');
  await expect(suggestion).toContainText('Votre conseiller vous propose cette configuration');
  await expect(guest).toHaveURL(/p=rouge-vif/);
  await suggestion.getByTestId('chat-suggestion-apply').click();
  await expect(guest).toHaveURL(/p=blanc-glacier/);
  await guest.getByRole('navigation', { name: 'Étapes de la configuration' }).getByRole('button', { name: 'Peinture' }).click();
  await expect(guest.getByRole('radio', { name: /Blanc Glacier/ })).toBeChecked();

  // Handed over to Lyon Gerland: its staff see it in /dealer and answer; the guest gets the answer.
  const route = conversation.getByTestId('console-route-dealership');
  await route.selectOption((await route.locator('option', { hasText: 'Lyon Gerland' }).first().getAttribute('value')) ?? '');
  await conversation.getByTestId('console-route').click();
  await guest.getByTestId('chat-launcher').click();
  await expect(panel.getByTestId('chat-system').filter({ hasText: 'Lyon Gerland' })).toBeVisible();
  await staff.goto('/dealer/conversations');
  await staff.getByTestId('dealer-conversations').locator('li').filter({ hasText: 'Combien par mois' }).getByTestId('dealer-conversation-entry').click();
  await expect(staff).toHaveURL(new RegExp(`/dealer/conversations/${conversationId}$`));
  const thread = staff.getByTestId('dealer-conversation');
  await expect(thread.getByTestId('chat-message').filter({ hasText: 'Combien par mois' })).toBeVisible();
  await thread.getByTestId('chat-input').fill('Bonjour, ici Lyon Gerland : la voiture vous attend.');
  await thread.getByTestId('chat-send').click();
  await expect(panel.getByTestId('chat-message').filter({ hasText: 'la voiture vous attend' })).toBeVisible();

  // A photo from the guest reaches the staff as a thumbnail; an HTML page named .png is refused.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  await panel.getByTestId('chat-attach').setInputFiles({ name: 'carte-grise.png', mimeType: 'image/png', buffer: png });
  await expect(thread.getByTestId('chat-attachment').locator('img')).toBeVisible();
  await panel.getByTestId('chat-attach').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('<!doctype html><script>alert(1)</script>') });
  await expect(panel.getByRole('alert')).toContainText('PDF, JPEG et PNG');
  await expect(thread.getByTestId('chat-attachment')).toHaveCount(1);

  await staffContext.close();
  await advisorContext.close();
  await guestContext.close();
});

// #11 §4: the advisors' manager (admin) sets an advisor's concurrent-conversation limit on /advisor;
// it is saved (seen after a reload); a bad value gets a localised message and changes nothing.
test('the admin sets an advisor’s concurrent chat limit; bad input gets a localised message', async ({ page }) => {
  await signInWithPassword(page, demo.admin);
  await page.goto('/advisor');
  await expect(page.getByRole('heading', { name: 'Conversations simultanées par conseiller' })).toBeVisible();
  const row = page.getByTestId('advisor-limits').getByRole('listitem').first();
  const input = row.getByRole('spinbutton');
  await expect(row.getByRole('button', { name: 'Enregistrer' })).toBeEnabled();
  const original = await input.inputValue();
  // A higher limit than before (harmless to the other chat tests), restored at the end.
  const wanted = String(Math.min(50, Number(original) + 3));
  await input.fill(wanted);
  await row.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(row.getByRole('status')).toHaveText('Enregistré');
  await page.reload();
  await expect(page.getByTestId('advisor-limits').getByRole('listitem').first().getByRole('spinbutton')).toHaveValue(wanted);

  for (const bad of ['0', '51', '']) {
    const again = page.getByTestId('advisor-limits').getByRole('listitem').first();
    await again.getByRole('spinbutton').fill(bad);
    await again.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(again.getByRole('alert')).toHaveText('Entre 1 et 50.');
  }
  // The API refuses it too, with a code, and the saved value stays.
  const refused = await page.request.post(`/api/chat/advisors/x/limit`, { data: { maxConcurrent: 0 } });
  expect(refused.status()).toBeGreaterThanOrEqual(400);
  expect(refused.status()).toBeLessThan(500);
  await page.reload();
  const saved = page.getByTestId('advisor-limits').getByRole('listitem').first();
  await expect(saved.getByRole('spinbutton')).toHaveValue(wanted);

  await saved.getByRole('spinbutton').fill(original);
  await saved.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(saved.getByRole('status')).toHaveText('Enregistré');
});
