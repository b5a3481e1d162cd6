import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/prisma';
import { factoryOrderContext, generateShortCode } from '@/modules/catalog/server';
import { AppError } from '@/lib/errors';
import { catalogue, defaultConfiguration, priceConfiguration } from '@/modules/catalog';
import { gatewayFromConfig, signedTestEvent } from '@/modules/payments/server';
import { applyPaymentSignal, startDeposit } from './deposit';
import { advanceOrder, allocateVehicle, cancelUnpaidOrder, expireUnpaidOrder, requestReturn, withdrawOrder } from './lifecycle';
import { placeOrder, type PlaceOrderInput } from './place-order';
import { findOrder } from './queries';
import { recordHandover } from './handover';
import { confirmBalanceRefund, recordBalance } from './balance';
import { stockCarOf } from '@/test/stock-fixture';

const url = process.env.DATABASE_URL!;
const embedded = process.env.VIRAGE_EMBEDDED_DB === '1';
const client = createPrismaClient(url, embedded ? 1 : 12);
const db = client.db;
const tag = randomBytes(4).toString('hex');
const NOW = new Date('2026-11-20T10:00:00Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const clock = (minutes = 0) => ({ now: at(minutes), appUrl: 'http://localhost:3000' });
const configuration = defaultConfiguration(catalogue, 'horizon');
const gatewayConfig = { authSecret: 'test-secret-test-secret-test-secret-42' };
const gateway = gatewayFromConfig(gatewayConfig);
const details = { firstName: 'Léa', lastName: 'Martin', phone: '+33 6 12 34 56 78', street: '3 rue de la Paix', postalCode: '69002', city: 'Lyon' };

let dealershipId = '';
let otherDealershipId = '';
let seq = 0;

async function makeDealership(suffix: string): Promise<string> {
  const id = `dlr_${tag}_${suffix}`;
  await db.dealership.create({
    data: {
      id,
      code: `o${tag}${suffix}`,
      name: `Virage Test ${suffix}`,
      street: '1 rue du Test',
      postalCode: '69002',
      city: 'Lyon',
      lat: 45.75,
      lon: 4.83,
      phone: '+33 4 00 00 00 00',
      email: `${suffix}.${tag}@virage.example`,
      openingHours: {},
      closures: [],
      homeDriveRadiusKm: 20,
    },
  });
  return id;
}

async function makeUser(name: string): Promise<{ id: string; email: string; locale: string }> {
  const id = `usr_${tag}_${name}_${seq++}`;
  const email = `${name}.${seq}.${tag}@example.org`;
  await db.user.create({ data: { id, name, email } });
  return { id, email, locale: 'fr' };
}

async function makeVehicle(dealer = dealershipId): Promise<string> {
  const id = `stk_${tag}_${seq++}`;
  await db.stockVehicle.create({
    data: {
      id,
      vin: `V${tag}${seq}`.padEnd(17, '0').slice(0, 17),
      dealershipId: dealer,
      ...stockCarOf(configuration),
    },
  });
  return id;
}

async function makeSaved(ownerId: string): Promise<string> {
  const code = generateShortCode();
  await db.savedConfiguration.create({ data: { code, ownerId, modelCode: configuration.model, configuration: { ...configuration } } });
  return code;
}

const orderInput = (buyer: { id: string; email: string; locale: string }, source: PlaceOrderInput['source'], minutes = 0): PlaceOrderInput => ({
  buyer,
  source,
  dealershipId,
  details,
  financing: 'cash',
  ...clock(minutes),
});

/** A paid order, through the same signed events as the webhook. */
async function paidOrder(kind: 'stock' | 'factory' = 'stock') {
  const buyer = await makeUser('paid');
  const source =
    kind === 'stock' ? ({ kind: 'stock', vehicleId: await makeVehicle() } as const) : ({ kind: 'factory', savedCode: await makeSaved(buyer.id) } as const);
  const order = await placeOrder(db, orderInput(buyer, source));
  const { paymentId, url: checkoutUrl } = await startDeposit(db, gateway, { orderId: order.id, buyerId: buyer.id, ...clock(1) });
  const sessionId = checkoutUrl.split('/').pop()!;
  const event = signedTestEvent(gatewayConfig, {
    sessionId,
    paymentId,
    orderId: order.id,
    amountCents: 1,
    outcome: 'pay',
    eventId: `evt_${tag}_${seq++}`,
    now: new Date(),
  });
  await applyPaymentSignal(db, gateway.verify(event.body, event.signature), { ...clock(2), provider: 'test' });
  return { buyer, order, paymentId, sessionId };
}

/**
 * The paperwork as the documents_checked gate wants it: the required documents accepted and the
 * order form signed (written directly here; the upload, review and signature flows have their
 * own tests in paperwork.db.test.ts).
 */
async function completePaperwork(orderId: string, buyerId: string) {
  for (const kind of ['identity', 'driving_licence', 'proof_of_address'] as const) {
    await db.orderDocument.create({
      data: { orderId, kind, status: 'accepted', storageKey: `doc_${tag}_${seq++}`, contentType: 'application/pdf', sizeBytes: 10, sha256: 'x', uploadedBy: buyerId },
    });
  }
  await db.orderSignature.create({
    data: {
      orderId,
      signerId: buyerId,
      signerName: 'Léa Martin',
      signerEmail: 'lea@example.org',
      signedAt: new Date(),
      clientAddress: '127.0.0.1',
      challengeId: `chl_${tag}_${seq++}`,
      formSha256: 'a',
      signedSha256: 'b',
      storageKey: `sig_${tag}_${seq++}`,
    },
  });
}

beforeAll(async () => {
  dealershipId = await makeDealership('a');
  otherDealershipId = await makeDealership('b');
});

afterAll(async () => {
  await client.close();
});

describe('cancelling an unpaid order', () => {
  it('closes the deposit payment and names its checkout session to expire at the provider', async () => {
    const buyer = await makeUser('cancel');
    const order = await placeOrder(db, orderInput(buyer, { kind: 'stock', vehicleId: await makeVehicle() }));
    const { paymentId, url: checkoutUrl } = await startDeposit(db, gateway, { orderId: order.id, buyerId: buyer.id, ...clock(1) });
    const result = await cancelUnpaidOrder(db, order.id, buyer.id, clock(2));
    expect(result.expireSessions).toEqual([checkoutUrl.split('/').pop()]);
    expect((await db.payment.findUniqueOrThrow({ where: { id: paymentId } })).status).toBe('expired');
  });
});

describe('placing an order', () => {
  it('stores a snapshot that later catalogue or saved-configuration changes do not alter', async () => {
    const buyer = await makeUser('snap');
    const code = await makeSaved(buyer.id);
    const placed = await placeOrder(db, orderInput(buyer, { kind: 'factory', savedCode: code }));
    const price = priceConfiguration(catalogue, configuration, factoryOrderContext(configuration, new Date()));
    await db.savedConfiguration.update({ where: { code }, data: { configuration: { ...configuration, paint: 'changed' } } });
    const order = await findOrder(db, placed.id, { buyerId: buyer.id });
    expect(order?.snapshot.totalCents).toBe(price.totalCents);
    expect(order?.snapshot.configuration.paint).toBe(configuration.paint);
    expect(order?.snapshot.lines.find((l) => l.kind === 'base')?.label.fr).toBeTruthy();
    expect(order?.snapshot.malus.cents).toBe(price.malusCents);
    expect(order?.depositCents).toBe(500_00);
    expect(order?.timeline).toEqual([expect.objectContaining({ from: null, to: 'awaiting_payment' })]);
    expect(await db.outboxMessage.count({ where: { to: buyer.email, kind: 'order.awaiting_payment' } })).toBe(1);
  });

  it('started in the showroom: the buyer places it, the salesperson who started it is kept on its first event', async () => {
    const buyer = await makeUser('assisted');
    const placed = await placeOrder(db, { ...orderInput(buyer, { kind: 'stock', vehicleId: await makeVehicle() }), assistedBy: { staffUserId: 'staff_lyon_1' } });
    expect(await db.orderEvent.findFirstOrThrow({ where: { orderId: placed.id }, select: { actor: true, reason: true } })).toEqual({ actor: buyer.id, reason: 'order placed; started in the showroom by staff_lyon_1' });
    const plain = await placeOrder(db, orderInput(buyer, { kind: 'factory', savedCode: await makeSaved(buyer.id) }));
    expect((await db.orderEvent.findFirstOrThrow({ where: { orderId: plain.id } })).reason).toBe('order placed');
  });

  it('gives one order when two buyers (or two tabs) order the same stock car at once, and reserves the car', async () => {
    const vehicleId = await makeVehicle();
    const buyers = await Promise.all(Array.from({ length: 6 }, (_, i) => makeUser(`race${i}`)));
    buyers.push(buyers[0]!); // the same buyer in a second tab
    // PGlite has one backend and mixes up queries of concurrent connections (platform notes), so
    // there the racers share the app's single connection; on PostgreSQL each has its own.
    const clients = buyers.map(() => (embedded ? { db, close: async () => {} } : createPrismaClient(url, 1)));
    try {
      const results = await Promise.allSettled(buyers.map((buyer, i) => placeOrder(clients[i]!.db, orderInput(buyer, { kind: 'stock', vehicleId }))));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'CONFLICT' });
      expect(await db.order.count({ where: { stockVehicleId: vehicleId } })).toBe(1);
      expect((await db.stockVehicle.findUniqueOrThrow({ where: { id: vehicleId } })).status).toBe('reserved');
    } finally {
      await Promise.all(clients.map((c) => c.close()));
    }
  });

  it('refuses a car another buyer holds, and the database refuses a second live order on one car', async () => {
    const vehicleId = await makeVehicle();
    const holder = await makeUser('holder');
    await db.vehicleHold.create({ data: { vehicleId, holderId: holder.id, expiresAt: at(30) } });
    await expect(placeOrder(db, orderInput(await makeUser('other'), { kind: 'stock', vehicleId }))).rejects.toMatchObject({ reason: 'VEHICLE_ALREADY_HELD' });
    const first = await placeOrder(db, orderInput(holder, { kind: 'stock', vehicleId }));
    expect(first.reference).toHaveLength(8);
    // Even bypassing the application's checks, the partial unique index keeps one live order per car.
    const row = await db.order.findUniqueOrThrow({ where: { id: first.id } });
    const { id: _id, reference: _ref, createdAt: _c, updatedAt: _u, snapshot, ...copy } = row;
    await expect(db.order.create({ data: { ...copy, snapshot: snapshot ?? {}, reference: `X${tag}`.slice(0, 8) } })).rejects.toThrow();
  });
});

describe('deposit and webhook events', () => {
  it('opens one payment session on a double click', async () => {
    const buyer = await makeUser('dbl');
    const order = await placeOrder(db, orderInput(buyer, { kind: 'stock', vehicleId: await makeVehicle() }));
    const [a, b] = await Promise.all([
      startDeposit(db, gateway, { orderId: order.id, buyerId: buyer.id, ...clock(1) }),
      startDeposit(db, gateway, { orderId: order.id, buyerId: buyer.id, ...clock(1) }),
    ]);
    expect(a.url).toBe(b.url);
    expect(await db.payment.count({ where: { orderId: order.id } })).toBe(1);
    expect((await db.payment.findFirstOrThrow({ where: { orderId: order.id } })).amountCents).toBe(1_000_00);
  });

  it('the same success event 5 times gives one confirmed order, one deposit, one e-mail', async () => {
    const buyer = await makeUser('five');
    const vehicleId = await makeVehicle();
    const order = await placeOrder(db, orderInput(buyer, { kind: 'stock', vehicleId }));
    const { paymentId, url: checkoutUrl } = await startDeposit(db, gateway, { orderId: order.id, buyerId: buyer.id, ...clock(1) });
    const event = signedTestEvent(gatewayConfig, {
      sessionId: checkoutUrl.split('/').pop()!,
      paymentId,
      orderId: order.id,
      amountCents: 1,
      outcome: 'pay',
      eventId: `evt_${tag}_five`,
      now: new Date(),
    });
    const outcomes = [];
    for (let i = 0; i < 5; i++)
      outcomes.push((await applyPaymentSignal(db, gateway.verify(event.body, event.signature), { ...clock(2), provider: 'test' })).outcome);
    expect(outcomes).toEqual(['confirmed', 'duplicate', 'duplicate', 'duplicate', 'duplicate']);
    const detail = await findOrder(db, order.id, { buyerId: buyer.id });
    expect(detail?.status).toBe('deposit_paid');
    expect(detail?.payments.filter((p) => p.status === 'succeeded')).toHaveLength(1);
    expect(await db.outboxMessage.count({ where: { to: buyer.email, kind: 'order.deposit_paid' } })).toBe(1);
    expect((await db.stockVehicle.findUniqueOrThrow({ where: { id: vehicleId } })).status).toBe('sold');
  });

  it('handles events in reverse order: a late failure after success changes nothing, a success after a failure confirms', async () => {
    for (const order of [
      ['pay', 'decline'],
      ['decline', 'pay'],
    ] as const) {
      const buyer = await makeUser('rev');
      const placed = await placeOrder(db, orderInput(buyer, { kind: 'stock', vehicleId: await makeVehicle() }));
      const { paymentId, url: checkoutUrl } = await startDeposit(db, gateway, { orderId: placed.id, buyerId: buyer.id, ...clock(1) });
      for (const outcome of order) {
        const event = signedTestEvent(gatewayConfig, {
          sessionId: checkoutUrl.split('/').pop()!,
          paymentId,
          orderId: placed.id,
          amountCents: 1,
          outcome,
          eventId: `evt_${tag}_${seq++}`,
          now: new Date(),
        });
        await applyPaymentSignal(db, gateway.verify(event.body, event.signature), { ...clock(2), provider: 'test' });
      }
      const detail = await findOrder(db, placed.id, { buyerId: buyer.id });
      expect(detail?.status).toBe('deposit_paid');
      expect(detail?.payments).toEqual([expect.objectContaining({ kind: 'deposit', status: 'succeeded' })]);
    }
  });

  it('a failed payment leaves the order awaiting payment; the deadline cancels it and releases the car', async () => {
    const buyer = await makeUser('late');
    const vehicleId = await makeVehicle();
    const placed = await placeOrder(db, orderInput(buyer, { kind: 'stock', vehicleId }));
    const { paymentId, url: checkoutUrl } = await startDeposit(db, gateway, { orderId: placed.id, buyerId: buyer.id, ...clock(1) });
    const decline = signedTestEvent(gatewayConfig, {
      sessionId: checkoutUrl.split('/').pop()!,
      paymentId,
      orderId: placed.id,
      amountCents: 1,
      outcome: 'decline',
      eventId: `evt_${tag}_${seq++}`,
      now: new Date(),
    });
    await applyPaymentSignal(db, gateway.verify(decline.body, decline.signature), { ...clock(2), provider: 'test' });
    expect((await findOrder(db, placed.id, { buyerId: buyer.id }))?.status).toBe('awaiting_payment');
    expect((await expireUnpaidOrder(db, placed.id, clock(10))).mailIds).toEqual([]); // not due yet
    await expireUnpaidOrder(db, placed.id, clock(46));
    expect((await findOrder(db, placed.id, { buyerId: buyer.id }))?.status).toBe('cancelled');
    expect((await db.stockVehicle.findUniqueOrThrow({ where: { id: vehicleId } })).status).toBe('in_stock');
    // A success arriving after the cancellation is refunded, never kept.
    const late = signedTestEvent(gatewayConfig, {
      sessionId: checkoutUrl.split('/').pop()!,
      paymentId,
      orderId: placed.id,
      amountCents: 1,
      outcome: 'pay',
      eventId: `evt_${tag}_${seq++}`,
      now: new Date(),
    });
    const result = await applyPaymentSignal(db, gateway.verify(late.body, late.signature), { ...clock(50), provider: 'test' });
    expect(result.outcome).toBe('refund-needed');
    expect((await findOrder(db, placed.id, { buyerId: buyer.id }))?.status).toBe('cancelled');
  });

  it('refuses a forged signature and a replayed old event', () => {
    const event = signedTestEvent(gatewayConfig, {
      sessionId: 'cs',
      paymentId: 'p',
      orderId: 'o',
      amountCents: 1,
      outcome: 'pay',
      eventId: 'evt_forged',
      now: new Date(),
    });
    const forged = event.body.replace('"paid"', '"paid" ');
    expect(() => gateway.verify(forged, event.signature)).toThrow(AppError);
    const old = signedTestEvent(gatewayConfig, {
      sessionId: 'cs',
      paymentId: 'p',
      orderId: 'o',
      amountCents: 1,
      outcome: 'pay',
      eventId: 'evt_old',
      now: new Date(Date.now() - 3_600_000),
    });
    expect(() => gateway.verify(old.body, old.signature)).toThrow(expect.objectContaining({ code: 'BAD_REQUEST', reason: 'SIGNATURE_INVALID' }));
    const otherSecret = signedTestEvent(
      { authSecret: 'another-secret-another-secret-another-1' },
      { sessionId: 'cs', paymentId: 'p', orderId: 'o', amountCents: 1, outcome: 'pay', eventId: 'evt_x', now: new Date() },
    );
    expect(() => gateway.verify(otherSecret.body, otherSecret.signature)).toThrow(AppError);
  });
});

describe('tracking, allocation and withdrawal', () => {
  it('staff move the order along, each step audited with an e-mail; impossible steps are refused', async () => {
    const { buyer, order } = await paidOrder('factory');
    const staff = { userId: 'staff-a', dealershipId };
    await expect(advanceOrder(db, order.id, 'ready', staff, 'test', clock(3))).rejects.toMatchObject({ code: 'CONFLICT', reason: 'ORDER_NO_SUCH_STEP' });
    await completePaperwork(order.id, buyer.id);
    await advanceOrder(db, order.id, 'documents_checked', staff, 'test', clock(3));
    const vehicleId = await makeVehicle();
    await allocateVehicle(db, order.id, vehicleId, staff, clock(4));
    await advanceOrder(db, order.id, 'in_production', staff, 'test', clock(5));
    await advanceOrder(db, order.id, 'ready', staff, 'test', clock(6));
    const detail = await findOrder(db, order.id, { buyerId: buyer.id });
    expect(detail?.timeline.map((e) => e.to)).toEqual(['awaiting_payment', 'deposit_paid', 'documents_checked', 'vehicle_allocated', 'in_production', 'ready']);
    expect(detail?.stockVehicle?.id).toBe(vehicleId);
    expect(await db.outboxMessage.count({ where: { to: buyer.email, kind: { startsWith: 'order.' } } })).toBe(6);
    expect((await db.stockVehicle.findUniqueOrThrow({ where: { id: vehicleId } })).status).toBe('sold');
  });

  it('keeps other buyers and other dealerships out (404), guessed ids included', async () => {
    const { order } = await paidOrder();
    const stranger = await makeUser('stranger');
    expect(await findOrder(db, order.id, { buyerId: stranger.id })).toBeNull();
    expect(await findOrder(db, order.id, { dealershipId: otherDealershipId })).toBeNull();
    expect(await findOrder(db, `${order.id}x`, { buyerId: stranger.id })).toBeNull();
    await expect(withdrawOrder(db, order.id, stranger.id, 'test', clock(3))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(startDeposit(db, gateway, { orderId: order.id, buyerId: stranger.id, ...clock(3) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(cancelUnpaidOrder(db, order.id, stranger.id, clock(3))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(advanceOrder(db, order.id, 'documents_checked', { userId: 'x', dealershipId: otherDealershipId }, 'test', clock(3))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(allocateVehicle(db, order.id, null, { userId: 'x', dealershipId: otherDealershipId }, clock(3))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('withdrawal before handover (L221-18): order withdrawn, car released, one refund of the deposit', async () => {
    const { buyer, order } = await paidOrder();
    const vehicleId = (await db.order.findUniqueOrThrow({ where: { id: order.id } })).stockVehicleId!;
    const result = await withdrawOrder(db, order.id, buyer.id, 'test', clock(10));
    expect(result.refund).toMatchObject({ amountCents: 1_000_00 });
    await expect(withdrawOrder(db, order.id, buyer.id, 'test', clock(11))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await db.stockVehicle.findUniqueOrThrow({ where: { id: vehicleId } })).status).toBe('in_stock');
    expect(await db.payment.count({ where: { orderId: order.id, kind: 'refund' } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { to: buyer.email, kind: 'order.withdrawn' } })).toBe(1);
  });

  it('after handover: a return request within 14 days (L221-18, L221-19), refused after the period', async () => {
    const staff = { userId: 'staff-a', dealershipId };
    const run = async () => {
      const paid = await paidOrder();
      await completePaperwork(paid.order.id, paid.buyer.id);
      await advanceOrder(db, paid.order.id, 'documents_checked', staff, 'test', clock(3));
      await allocateVehicle(db, paid.order.id, null, staff, clock(4));
      await advanceOrder(db, paid.order.id, 'ready', staff, 'test', clock(5));
      // Friday 20 November 2026, 11:06 Paris: the handover record moves the order and starts the period.
      await recordBalance(db, paid.order.id, 'bank_cheque', staff, clock(6));
      await recordHandover(db, paid.order.id, { mileageKm: 12, keys: 2, signedName: 'Léa Martin', buyerConfirms: true }, staff, clock(6));
      return paid;
    };
    const within = await run();
    const detail = await findOrder(db, within.order.id, { buyerId: within.buyer.id });
    // 20 Nov + 14 days = Friday 4 December 2026, end of day Paris.
    expect(detail?.withdrawalEndsAt?.toISOString()).toBe('2026-12-04T22:59:59.999Z');
    await expect(withdrawOrder(db, within.order.id, within.buyer.id, 'test', clock(60))).rejects.toMatchObject({ reason: 'WITHDRAWAL_NEEDS_RETURN' });
    await requestReturn(db, within.order.id, within.buyer.id, { now: new Date('2026-12-04T22:00:00Z'), appUrl: 'http://x' });
    // The acknowledgement of receipt on a durable medium (L221-21), with the return date (L221-23: 14 days later).
    const receipt = await db.outboxMessage.findFirstOrThrow({ where: { to: within.buyer.email, kind: 'order.return-requested' } });
    expect(receipt.subject).toBe(`Commande ${within.order.reference} : rétractation reçue`);
    expect(receipt.text).toContain('le 4 décembre 2026 à 23:00');
    expect(receipt.text).toContain('art. L221-21');
    expect(receipt.text).toContain('au plus tard le 18 décembre 2026 (art. L221-23)');
    const dealership = await db.dealership.findUniqueOrThrow({ where: { id: dealershipId }, select: { email: true } });
    const notice = await db.outboxMessage.findFirstOrThrow({ where: { to: dealership.email, kind: 'order.return-requested.dealer', subject: { contains: within.order.reference } } });
    expect(notice.text).toContain(`/dealer/orders/${within.order.id}`);
    // Asked twice (a second tab): refused, nothing more sent.
    await expect(requestReturn(db, within.order.id, within.buyer.id, { now: new Date('2026-12-04T22:01:00Z'), appUrl: 'http://x' })).rejects.toMatchObject({ code: 'CONFLICT', reason: 'RETURN_ALREADY_REQUESTED' });
    expect(await db.outboxMessage.count({ where: { to: within.buyer.email, kind: 'order.return-requested' } })).toBe(1);
    const done = await advanceOrder(db, within.order.id, 'withdrawn', staff, 'test', { now: new Date('2026-12-07T09:00:00Z'), appUrl: 'http://x' });
    expect(done.refund).not.toBeNull();
    // Every sum paid is refunded (L221-24): the deposit through the provider, the balance by the dealership, pending until staff confirm it.
    const balance = await db.payment.findFirstOrThrow({ where: { orderId: within.order.id, kind: 'balance' } });
    expect(await db.payment.findFirstOrThrow({ where: { orderId: within.order.id, kind: 'refund', provider: 'dealership' } })).toMatchObject({ status: 'pending', method: 'bank_cheque', amountCents: balance.amountCents });
    await confirmBalanceRefund(db, within.order.id, staff, { now: new Date('2026-12-08T09:00:00Z'), appUrl: 'http://x' });
    expect(await db.outboxMessage.count({ where: { to: within.buyer.email, kind: 'order.balance-refunded' } })).toBe(1);
    await expect(confirmBalanceRefund(db, within.order.id, staff, { now: new Date('2026-12-08T09:01:00Z'), appUrl: 'http://x' })).rejects.toMatchObject({ reason: 'NO_BALANCE_REFUND' });

    const late = await run();
    await expect(requestReturn(db, late.order.id, late.buyer.id, { now: new Date('2026-12-04T23:00:00Z'), appUrl: 'http://x' })).rejects.toMatchObject({
      reason: 'WITHDRAWAL_PERIOD_OVER',
    });
  });
});

describe('the price is locked at what the checkout showed', () => {
  it('refuses to order at another total (a catalogue or tax change since), writing nothing, and orders at the one shown', async () => {
    const buyer = await makeUser('locked');
    const vehicleId = await makeVehicle();
    const shown = (await placeOrder(db, { ...orderInput(buyer, { kind: 'stock', vehicleId }), expectedTotalCents: 1 }).catch((e: unknown) => e)) as AppError;
    expect(shown).toMatchObject({ code: 'CONFLICT', reason: 'PRICE_CHANGED' });
    const totalCents = (shown.details as { totalCents: number }).totalCents;
    expect(await db.order.count({ where: { buyerId: buyer.id } })).toBe(0);
    expect((await db.stockVehicle.findUniqueOrThrow({ where: { id: vehicleId } })).status).toBe('in_stock');
    const placed = await placeOrder(db, { ...orderInput(buyer, { kind: 'stock', vehicleId }), expectedTotalCents: totalCents });
    expect((await db.order.findUniqueOrThrow({ where: { id: placed.id } })).totalCents).toBe(totalCents);
  });
});

describe('coming back to the checkout (Back, a second tab) with the same saved configuration', () => {
  it('finds the order that waits for its deposit instead of placing a second; once it is cancelled, or for another configuration, a new order is placed', async () => {
    const buyer = await makeUser('again');
    const savedCode = await makeSaved(buyer.id);
    const first = await placeOrder(db, orderInput(buyer, { kind: 'factory', savedCode }));
    const again = await placeOrder(db, orderInput(buyer, { kind: 'factory', savedCode }, 1)).catch((error: unknown) => error);
    expect(again).toMatchObject({ code: 'CONFLICT', reason: 'ORDER_ALREADY_PLACED', details: { orderId: first.id, reference: first.reference } });
    expect(await db.order.count({ where: { buyerId: buyer.id } })).toBe(1);
    // The database holds the rule for a writer that does not look first (order_one_unpaid_per_configuration).
    const copy = db.$executeRaw`INSERT INTO "order" (id, reference, "buyerId", "dealershipId", kind, status, "modelCode", "trimCode", "totalCents", "depositCents", "deliveryMode", snapshot, "buyerEmail", locale, "paymentDueAt", "updatedAt")
      SELECT 'dup_' || id, 'Z' || substr(reference, 2), "buyerId", "dealershipId", kind, status, "modelCode", "trimCode", "totalCents", "depositCents", "deliveryMode", snapshot, "buyerEmail", locale, "paymentDueAt", now() FROM "order" WHERE id = ${first.id}`;
    // The driver's whole message is shown if this fails (the adapters word it differently).
    const failure = await copy.then(() => 'inserted', (e: unknown) => (e instanceof Error ? e.message : String(e)));
    expect(failure).toMatch(/order_one_unpaid_per_configuration|unique constraint|23505/i);

    // Two tabs at once: one order; the other is shown it.
    const other = await makeSaved(buyer.id);
    const racing = await Promise.allSettled([placeOrder(db, orderInput(buyer, { kind: 'factory', savedCode: other }, 2)), placeOrder(db, orderInput(buyer, { kind: 'factory', savedCode: other }, 2))]);
    expect(racing.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(racing.filter((r) => r.status === 'rejected').map((r) => (r.reason instanceof AppError ? r.reason.reason : String(r.reason)))).toEqual(['ORDER_ALREADY_PLACED']);

    await cancelUnpaidOrder(db, first.id, buyer.id, clock(3));
    expect(await placeOrder(db, orderInput(buyer, { kind: 'factory', savedCode }, 4))).toMatchObject({ reference: expect.any(String) });
    // Another buyer with the same code (a shared link) orders it too.
    expect(await placeOrder(db, orderInput(await makeUser('friend'), { kind: 'factory', savedCode }, 5))).toMatchObject({ reference: expect.any(String) });
  });
});
