// Lives in test/: it builds orders and stock with other modules' internals (orders' placeOrder).
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db, pool } from '@/lib/db';
import type { Viewer } from '@/lib/session';
import { catalogue, defaultConfiguration, encodeConfiguration } from '@/modules/catalog';
import { computeFinancing } from '@/modules/finance/server';
import { placeOrder } from '@/modules/orders/server/place-order';
import type { FinancingPayload, HoldPayload, OrderLinkPayload } from '@/modules/chat';
import { conversationFor } from '@/modules/chat/server/access';
import { claimConversation, openConversation, postMessage } from '@/modules/chat/server/conversations';
import { acceptHoldOffer, offerFinancing, offerHold, sendOrderLink } from '@/modules/chat/server/offers';
import { pushConfiguration } from '@/modules/chat/server/rich';
import { dealerConversation, dealershipConversations, routeToDealership } from '@/modules/chat/server/routing';
import { stockCarOf } from '@/test/stock-fixture';

// The route handlers as browsers call them (attachments, reading a conversation), the session mocked per request.
let viewer: Viewer | null = null;
vi.mock('@/lib/session', () => ({ getViewer: async () => viewer, ensureViewer: async () => viewer }));
const { POST: upload } = await import('@/app/api/chat/conversations/[id]/attachments/route');
const { GET: download } = await import('@/app/api/chat/conversations/[id]/attachments/[seq]/route');
const { GET: read } = await import('@/app/api/chat/conversations/[id]/route');

const tag = randomBytes(4).toString('hex');
let counter = 0;
const configuration = defaultConfiguration(catalogue, 'horizon');
const configuratorPage = `/configure/horizon?${encodeConfiguration(configuration)}`;
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89]);
const HTML = new TextEncoder().encode('<!doctype html><html><body><script>fetch("/api/chat/queue")</script></body></html>');

async function person(role: Viewer['role'], options: { guest?: boolean; dealershipId?: string } = {}): Promise<Viewer> {
  const id = `usr_offer_${tag}_${++counter}`;
  await db.user.create({ data: { id, name: `Sam ${role} ${counter}`, email: `${id}@virage.test`, role, isAnonymous: options.guest ?? false, dealershipId: options.dealershipId ?? null } });
  return { id, name: `Sam ${role} ${counter}`, email: `${id}@virage.test`, role, dealershipId: options.dealershipId ?? null, isGuest: options.guest ?? false };
}

async function makeDealership(suffix: string): Promise<string> {
  const id = `dlr_offer_${tag}_${suffix}`;
  await db.dealership.create({
    data: { id, code: `c${tag}${suffix}`, name: `Virage Chat ${suffix}`, street: '1 rue du Test', postalCode: '69002', city: 'Lyon', lat: 45.75, lon: 4.83, phone: '+33 4 00 00 00 00', email: `${suffix}.${tag}@virage.example`, openingHours: {}, closures: [], homeDriveRadiusKm: 20 },
  });
  return id;
}

async function makeVehicle(dealershipId: string): Promise<string> {
  const id = `stk_offer_${tag}_${++counter}`;
  await db.stockVehicle.create({
    data: {
      id,
      vin: `C${tag}${counter}`.padEnd(17, '0').slice(0, 17),
      dealershipId,
      ...stockCarOf(configuration),
    },
  });
  return id;
}

/** A buyer's conversation from the configurator, claimed by a fresh advisor. */
async function claimed(buyer: Viewer, text: string) {
  const advisor = await person('advisor');
  const id = await openConversation(buyer, { text, page: configuratorPage, locale: 'fr' });
  await claimConversation(advisor, id);
  return { id, advisor };
}

const messageAt = (conversationId: string, seq: number) => db.chatMessage.findUniqueOrThrow({ where: { conversationId_seq: { conversationId, seq } }, select: { kind: true, payload: true, authorId: true } });
const ctx = (params: Record<string, string>) => ({ params: Promise.resolve(params) });

function uploadRequest(id: string, bytes: Uint8Array, name: string): Request {
  const form = new FormData();
  form.set('name', name);
  form.set('file', new Blob([Buffer.from(bytes)]), name);
  return new Request(`http://x/api/chat/conversations/${id}/attachments`, { method: 'POST', body: form, headers: { 'x-forwarded-for': `10.8.${counter % 250}.1` } });
}

let dealerA = '';
let dealerB = '';
beforeAll(async () => {
  dealerA = await makeDealership('a');
  dealerB = await makeDealership('b');
});
afterAll(async () => {
  await pool().end();
});

describe('rich messages the buyer acts on', () => {
  it('a financing offer carries the monthly figure computed for the configuration on screen, and opens /financing with those terms', async () => {
    const buyer = await person('customer', { guest: true });
    const { id, advisor } = await claimed(buyer, 'Et en crédit sur 48 mois ?');
    const seq = await offerFinancing(advisor, id, { productId: 'credit-classique', cashDepositCents: 300_000, durationMonths: 48, text: 'Voici une offre' });
    const message = await messageAt(id, seq);
    const payload = message.payload as FinancingPayload;
    expect(message.kind).toBe('financing');
    // The same function as the /financing page, on the same request.
    const expected = computeFinancing({ configuration, cashDepositCents: 300_000, durationMonths: 48, annualMileageKm: 15_000, productIds: ['credit-classique'] }, new Date());
    const column = expected.columns[0];
    if (!column?.ok || column.offer.kind !== 'credit') throw new Error('credit not available');
    expect(payload).toMatchObject({ productId: 'credit-classique', monthlyCents: column.offer.monthlyPaymentCents, months: 48, cashDepositCents: 300_000, advisorId: advisor.id });
    const link = new URL(payload.href, 'http://x');
    expect(link.pathname).toBe('/financing');
    expect(Object.fromEntries(link.searchParams)).toMatchObject({ d: '300000', n: '48', f: 'credit-classique', m: 'horizon' });

    // A bare configurator path is that model's default car.
    const bare = await person('customer');
    const advisorBare = await person('advisor');
    const onDefault = await openConversation(bare, { text: 'Et celle-ci ?', page: '/configure/horizon', locale: 'fr' });
    await claimConversation(advisorBare, onDefault);
    const bareSeq = await offerFinancing(advisorBare, onDefault, { productId: 'credit-classique', cashDepositCents: 300_000, durationMonths: 48, text: 'Voici' });
    expect(((await messageAt(onDefault, bareSeq)).payload as FinancingPayload).monthlyCents).toBe(column.offer.monthlyPaymentCents);

    // Nothing on screen to finance: refused, nothing written.
    const other = await person('customer');
    const advisor2 = await person('advisor');
    const blank = await openConversation(other, { text: 'Bonjour', page: '/models', locale: 'fr' });
    await claimConversation(advisor2, blank);
    await expect(offerFinancing(advisor2, blank, { productId: 'credit-classique', cashDepositCents: 0, durationMonths: 48, text: 'x' })).rejects.toMatchObject({ reason: 'NO_CONFIGURATION_ON_SCREEN' });
  });

  it('a hold offer is accepted by its buyer through placeHold, proposed by the advisor; never from another conversation', async () => {
    const buyer = await person('customer', { guest: true });
    const { id, advisor } = await claimed(buyer, 'Vous en avez en stock ?');
    const vehicleId = await makeVehicle(dealerA);
    const seq = await offerHold(advisor, id, { vehicleId, text: 'Celle-ci est à Lyon' });

    // Another buyer: the offer's (conversation, seq) is not theirs, and their own conversation has no such offer.
    const intruder = await person('customer', { guest: true });
    const theirs = await openConversation(intruder, { text: 'moi aussi', locale: 'fr' });
    await expect(acceptHoldOffer(intruder, id, seq)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(acceptHoldOffer(intruder, theirs, seq)).rejects.toMatchObject({ reason: 'HOLD_NOT_OFFERED' });
    await expect(acceptHoldOffer(advisor, id, seq)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await db.vehicleHold.count({ where: { vehicleId } })).toBe(0);

    const hold: HoldPayload = await acceptHoldOffer(buyer, id, seq);
    expect(await db.vehicleHold.findUniqueOrThrow({ where: { id: hold.holdId }, select: { holderId: true, vehicleId: true, status: true } })).toEqual({ holderId: buyer.id, vehicleId, status: 'active' });
    expect(hold.proposedBy).toBe(advisor.id);
    const last = await db.chatMessage.findFirstOrThrow({ where: { conversationId: id }, orderBy: { seq: 'desc' }, select: { kind: true, authorId: true } });
    expect(last).toEqual({ kind: 'hold', authorId: buyer.id });

    // The car is now held: offering it again elsewhere is refused by the availability module's own check.
    const { id: elsewhere, advisor: advisor3 } = await claimed(await person('customer'), 'Une Horizon ?');
    await expect(offerHold(advisor3, elsewhere, { vehicleId, text: 'x' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('an order link goes to the buyer’s own order only', async () => {
    const buyer = await person('customer');
    const someoneElse = await person('customer');
    const order = await placeOrder(db, {
      buyer: { id: someoneElse.id, email: someoneElse.email, locale: 'fr' },
      source: { kind: 'stock', vehicleId: await makeVehicle(dealerA) },
      dealershipId: dealerA,
      details: { firstName: 'Léa', lastName: 'Martin', phone: '+33 6 12 34 56 78', street: '3 rue de la Paix', postalCode: '69002', city: 'Lyon' },
      financing: 'cash',
      now: new Date(),
      appUrl: 'http://localhost:3000',
    });
    const { id, advisor } = await claimed(buyer, 'Où en est ma commande ?');
    await expect(sendOrderLink(advisor, id, { orderId: order.id, text: 'x' })).rejects.toMatchObject({ reason: 'ORDER_NOT_FOUND' });
    const { id: theirs, advisor: theirAdvisor } = await claimed(someoneElse, 'Ma commande ?');
    const seq = await sendOrderLink(theirAdvisor, theirs, { orderId: order.id, text: 'La voici' });
    expect((await messageAt(theirs, seq)).payload as OrderLinkPayload).toEqual({ orderId: order.id, reference: order.reference, href: `/orders/${order.id}` });
  });

  it('a pushed configuration is marked for consent on the configurator; a saved-configuration link never is', async () => {
    const { id, advisor } = await claimed(await person('customer'), 'Montrez-moi');
    const pushed = await pushConfiguration(advisor, id, { href: configuratorPage, text: 'Celle-ci ?', push: true });
    expect((await messageAt(id, pushed)).payload).toEqual({ href: configuratorPage, push: true });
    const saved = await pushConfiguration(advisor, id, { href: '/g/AB12CD', text: 'Votre garage', push: true });
    expect((await messageAt(id, saved)).payload).toEqual({ href: '/g/AB12CD' });
  });
});

describe('routing to a dealership', () => {
  it('its staff read and answer it; another dealership’s staff get 404; the advisor hands over', async () => {
    const buyer = await person('customer', { guest: true });
    const { id, advisor } = await claimed(buyer, 'Je suis près de Lyon');
    const staffA = await person('dealer_staff', { dealershipId: dealerA });
    const staffB = await person('dealer_manager', { dealershipId: dealerB });
    await expect(conversationFor(staffA, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(routeToDealership(staffA, id, dealerA)).rejects.toMatchObject({ code: 'FORBIDDEN' });

    await routeToDealership(advisor, id, dealerA);
    expect(await db.chatConversation.findUniqueOrThrow({ where: { id }, select: { advisorId: true, dealershipId: true, status: true } })).toEqual({ advisorId: null, dealershipId: dealerA, status: 'assigned' });
    await expect(routeToDealership(advisor, id, dealerB)).rejects.toMatchObject({ code: 'CONFLICT' });

    expect((await conversationFor(staffA, id)).side).toBe('advisor');
    await postMessage(staffA, id, 'Bonjour, ici Lyon Gerland');
    await expect(postMessage(advisor, id, 'encore moi')).rejects.toMatchObject({ reason: 'NOT_ASSIGNED_TO_YOU' });
    expect((await dealershipConversations(staffA)).map((c) => c.id)).toContain(id);
    expect((await dealershipConversations(staffB)).map((c) => c.id)).not.toContain(id);
    await expect(dealerConversation(staffB, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(postMessage(staffB, id, 'intrus')).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // Through the API: 200 for the routed dealership's staff, the same 404 for the other one.
    viewer = staffA;
    expect((await read(new Request(`http://x/api/chat/conversations/${id}`), ctx({ id }))).status).toBe(200);
    viewer = staffB;
    const refused = await read(new Request(`http://x/api/chat/conversations/${id}`), ctx({ id }));
    expect(refused.status).toBe(404);
  });
});

describe('attachments', () => {
  it('stores a PNG checked by its bytes, downloadable by the conversation only; HTML renamed .png is refused and nothing is stored', async () => {
    const guest = await person('customer', { guest: true });
    const { id, advisor } = await claimed(guest, 'Voici ma carte grise');
    viewer = guest;
    const sent = await upload(uploadRequest(id, PNG, 'carte-grise.png'), ctx({ id }));
    expect(sent.status).toBe(201);
    const { seq } = ((await sent.json()) as { data: { seq: number } }).data;
    expect((await messageAt(id, seq)).kind).toBe('attachment');

    const got = await download(new Request(`http://x/api/chat/conversations/${id}/attachments/${seq}`), ctx({ id, seq: String(seq) }));
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await got.arrayBuffer())).toEqual(PNG);
    viewer = advisor;
    expect((await download(new Request('http://x/'), ctx({ id, seq: String(seq) }))).status).toBe(200);

    // Another guest: 404 on this conversation's file, and on their own conversation with this seq.
    const other = await person('customer', { guest: true });
    const theirs = await openConversation(other, { text: 'bonjour', locale: 'fr' });
    viewer = other;
    expect((await download(new Request('http://x/'), ctx({ id, seq: String(seq) }))).status).toBe(404);
    expect((await download(new Request('http://x/'), ctx({ id: theirs, seq: String(seq) }))).status).toBe(404);

    // HTML named .png: refused by its bytes; no file, no message.
    viewer = guest;
    const [files, lastSeq] = [await db.storedFile.count(), (await db.chatConversation.findUniqueOrThrow({ where: { id }, select: { lastSeq: true } })).lastSeq];
    const refused = await upload(uploadRequest(id, HTML, 'photo.png'), ctx({ id }));
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { error: { reason: string } }).error.reason).toBe('UNSUPPORTED_FILE_TYPE');
    expect(await db.storedFile.count()).toBe(files);
    expect((await db.chatConversation.findUniqueOrThrow({ where: { id }, select: { lastSeq: true } })).lastSeq).toBe(lastSeq);
  });
});
