import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { createPrismaClient } from '@/lib/prisma';
import { catalogue, defaultConfiguration, priceConfiguration } from '@/modules/catalog';
import { generateShortCode, stockContext } from '@/modules/catalog/server';
import { computeFinancing } from '@/modules/finance/server';
import { handoverSlots } from '@/modules/test-drives/server';
import { carriedFinancingParams, readCarriedFinancing } from '../carried-financing';
import { MAX_DELIVERY_KM } from '../data/delivery-fees';
import { readSnapshot } from '../snapshot';
import { noteText, timelineNoteOf } from '../timeline-notes';
import { reviewCheckout } from './checkout';
import { orderHandover, recordHandover, staffBookHandover } from './handover';
import { advanceOrder, allocateVehicle, withdrawOrder } from './lifecycle';
import { recordBalance } from './balance';
import { placeOrder, type PlaceOrderInput } from './place-order';
import { stockCarOf } from '@/test/stock-fixture';

// Checkout's financing carried from /financing, delivery (handover slot on the test-drive engine,
// home delivery fee), the handover record and the documents_checked gate. PGlite and PostgreSQL.

const embedded = process.env.VIRAGE_EMBEDDED_DB === '1';
const client = createPrismaClient(process.env.DATABASE_URL!, embedded ? 1 : 12);
const db = client.db;
const tag = randomBytes(4).toString('hex');
// Tuesday 1 December 2026, 09:00 Paris; the slot is Thursday 3 December, 10:00 Paris.
const NOW = new Date('2026-12-01T08:00:00Z');
const SLOT = new Date('2026-12-03T09:00:00Z');
const clock = (minutes = 0) => ({ now: new Date(NOW.getTime() + minutes * 60_000), appUrl: 'http://localhost:3000' });
const configuration = defaultConfiguration(catalogue, 'horizon');
const details = { firstName: 'Léa', lastName: 'Martin', phone: '+33 6 12 34 56 78', street: '3 rue de la Paix', postalCode: '69002', city: 'Lyon' };
const OPEN = [['09:00', '19:00']];
const HOURS = { mon: OPEN, tue: OPEN, wed: OPEN, thu: OPEN, fri: OPEN, sat: OPEN, sun: [] };
let seq = 0;

/** A Lyon dealership open Monday–Saturday with `staff` staff members and `bays` handover bays. */
async function makeDealership(staff = 1, bays = 1): Promise<{ id: string; staffIds: string[] }> {
  const id = `dlr_h_${tag}_${seq++}`;
  await db.dealership.create({
    data: {
      id,
      code: `h${tag}${seq}`,
      name: `Virage Handover ${seq}`,
      street: '1 rue du Test',
      postalCode: '69002',
      city: 'Lyon',
      lat: 45.7597,
      lon: 4.8422,
      phone: '+33 4 00 00 00 00',
      email: `h${seq}.${tag}@virage.example`,
      openingHours: HOURS,
      closures: [],
      homeDriveRadiusKm: 20,
      horizonDays: 30,
      handoverBays: bays,
    },
  });
  const staffIds = Array.from({ length: staff }, (_, i) => `stf_h_${tag}_${seq}_${i}`);
  await db.staff.createMany({
    data: staffIds.map((sid, i) => ({ id: sid, dealershipId: id, name: `Staff ${i}`, email: `${sid}@virage.example`, role: 'sales_advisor' as const, workingHours: HOURS })),
  });
  return { id, staffIds };
}

async function makeUser(name: string) {
  const id = `usr_h_${tag}_${name}_${seq++}`;
  const email = `${name}.${seq}.${tag}@example.org`;
  await db.user.create({ data: { id, name, email } });
  return { id, email, locale: 'fr' };
}

async function makeVehicle(dealershipId: string): Promise<string> {
  const id = `stk_h_${tag}_${seq++}`;
  await db.stockVehicle.create({
    data: {
      id,
      vin: `H${tag}${String(seq).padStart(8, '0')}`,
      dealershipId,
      ...stockCarOf(configuration, NOW),
    },
  });
  return id;
}

async function makeSaved(ownerId: string): Promise<string> {
  const code = generateShortCode();
  await db.savedConfiguration.create({ data: { code, ownerId, modelCode: configuration.model, configuration: { ...configuration } } });
  return code;
}

const stockOrder = async (dealershipId: string, extra: Partial<PlaceOrderInput> = {}): Promise<PlaceOrderInput> => ({
  buyer: await makeUser('buyer'),
  source: { kind: 'stock', vehicleId: await makeVehicle(dealershipId) },
  dealershipId: null,
  details,
  financing: 'cash',
  ...clock(),
  ...extra,
});

async function refusal(promise: Promise<unknown>): Promise<{ code: string; reason: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, reason: error.reason };
    throw error;
  }
  throw new Error('expected a refusal');
}

beforeAll(() => undefined);
afterAll(async () => {
  await client.close();
});

describe('click & collect: the handover slot comes from the test-drive slot engine', () => {
  it('offers the slot, books it with the order and offers it no more', async () => {
    const dealer = await makeDealership(1, 1);
    const days = await handoverSlots(db, { dealershipId: dealer.id, earliest: NOW }, NOW);
    expect(days.flatMap((d) => d.slots.map((s) => s.start))).toContain(SLOT.toISOString());
    const input = await stockOrder(dealer.id, { delivery: { mode: 'click_collect', handoverStart: SLOT.toISOString() } });
    const placed = await placeOrder(db, input);
    const handover = await orderHandover(db, placed.id, { buyerId: input.buyer.id });
    expect(handover).toMatchObject({ start: SLOT.toISOString(), localDate: '2026-12-03', localTime: '10:00', staffName: 'Staff 0', bay: 1 });
    expect(readSnapshot((await db.order.findUniqueOrThrow({ where: { id: placed.id } })).snapshot).delivery).toMatchObject({ mode: 'click_collect', handover: { start: SLOT.toISOString() } });
    // The appointment has its own entry on the order's timeline, after the order placed, same status.
    const trail = await db.orderEvent.findMany({ where: { orderId: placed.id }, orderBy: [{ at: 'asc' }, { id: 'asc' }], select: { fromStatus: true, toStatus: true, reason: true, actor: true } });
    expect(trail).toEqual([
      { fromStatus: null, toStatus: 'awaiting_payment', reason: 'order placed', actor: input.buyer.id },
      { fromStatus: 'awaiting_payment', toStatus: 'awaiting_payment', reason: noteText.handoverBookedAtCheckout(SLOT.toISOString()), actor: input.buyer.id },
    ]);
    expect(timelineNoteOf(trail[1]!.reason)).toEqual({ key: 'handoverBookedAtCheckout', at: SLOT.toISOString() });
    const after = await handoverSlots(db, { dealershipId: dealer.id, earliest: NOW }, NOW);
    expect(after.flatMap((d) => d.slots.map((s) => s.start))).not.toContain(SLOT.toISOString());
  });

  /** `n` buyers place an order with the same handover slot at once; how many got it, and every refusal's reason. */
  async function race(dealershipId: string, n: number) {
    const inputs = await Promise.all(Array.from({ length: n }, async () => ({ ...(await stockOrder(dealershipId)), delivery: { mode: 'click_collect' as const, handoverStart: SLOT.toISOString() } })));
    const results = await Promise.allSettled(inputs.map((i) => placeOrder(db, i)));
    const reasons = results.flatMap((r) => (r.status === 'rejected' ? [r.reason instanceof AppError ? r.reason.reason : String(r.reason)] : []));
    return { placed: results.length - reasons.length, reasons };
  }

  it('the same slot booked at once by 6 buyers (one staff member, one bay): one order and its handover, 5 × 409 and nothing written', async () => {
    const dealer = await makeDealership(1, 1);
    const { placed, reasons } = await race(dealer.id, 6);
    expect({ placed, reasons }).toEqual({ placed: 1, reasons: Array.from({ length: 5 }, () => 'SLOT_TAKEN') });
    expect(await db.order.count({ where: { dealershipId: dealer.id } })).toBe(1);
    expect(await db.handoverAppointment.count({ where: { dealershipId: dealer.id, status: 'booked' } })).toBe(1);
    // The refused buyers' cars were not reserved either.
    expect(await db.stockVehicle.count({ where: { dealershipId: dealer.id, status: 'reserved' } })).toBe(1);
  });

  it('two staff members and two bays: two of 6 simultaneous buyers get the slot, on different staff and bays', async () => {
    const dealer = await makeDealership(2, 2);
    const { placed, reasons } = await race(dealer.id, 6);
    expect({ placed, reasons }).toEqual({ placed: 2, reasons: Array.from({ length: 4 }, () => 'SLOT_TAKEN') });
    const booked = await db.handoverAppointment.findMany({ where: { dealershipId: dealer.id, status: 'booked' }, select: { staffId: true, bay: true } });
    expect(new Set(booked.map((b) => b.staffId)).size).toBe(2);
    expect(new Set(booked.map((b) => b.bay)).size).toBe(2);
  });

  it('the database refuses a second handover on a busy bay or staff member, even written directly', async () => {
    const dealer = await makeDealership(2, 1);
    const first = await placeOrder(db, await stockOrder(dealer.id, { delivery: { mode: 'click_collect', handoverStart: SLOT.toISOString() } }));
    const second = await placeOrder(db, await stockOrder(dealer.id));
    const staffOfFirst = (await db.handoverAppointment.findUniqueOrThrow({ where: { orderId: first.id } })).staffId;
    const otherStaff = dealer.staffIds.find((s) => s !== staffOfFirst)!;
    // Same bay (the only one), another staff member: the bay constraint refuses.
    await expect(
      db.$executeRaw`INSERT INTO handover_appointment (id, "orderId", "dealershipId", "staffId", bay, "startsAt", "endsAt", "bayReadyAt", "bookedBy", "updatedAt")
        VALUES (${`ho_x_${tag}`}, ${second.id}, ${dealer.id}, ${otherStaff}, 1, ${SLOT}, ${new Date(SLOT.getTime() + 45 * 60_000)}, ${new Date(SLOT.getTime() + 60 * 60_000)}, 'test', now())`,
    ).rejects.toSatisfy((error: unknown) => JSON.stringify(error, Object.getOwnPropertyNames(error)).includes('23P01'));
    expect(await db.handoverAppointment.count({ where: { dealershipId: dealer.id } })).toBe(1);
  });

  it('a staff member on a test drive is not offered for a handover, and the trigger refuses one written directly', async () => {
    const dealer = await makeDealership(1, 1);
    const car = `demo_h_${tag}_${seq++}`;
    await db.demoCar.create({ data: { id: car, dealershipId: dealer.id, modelCode: 'horizon', trimCode: configuration.trim, plate: `HH-${tag}-${seq}` } });
    await db.$executeRaw`INSERT INTO test_drive (id, reference, kind, "dealershipId", "carId", "staffId", "modelCode", "durationMinutes", "startsAt", "endsAt",
        "occupiedStart", "occupiedEnd", "carReadyAt", "driverFirstName", "driverLastName", "driverEmail", "driverPhone", "licenceNumber", "licenceIssuedOn", "birthDate", "manageNonce", "updatedAt")
      VALUES (${`td_h_${tag}_${seq}`}, ${`VXH${seq}`}, 'showroom', ${dealer.id}, ${car}, ${dealer.staffIds[0]}, 'horizon', 45, ${SLOT}, ${new Date(SLOT.getTime() + 45 * 60_000)},
        ${SLOT}, ${new Date(SLOT.getTime() + 45 * 60_000)}, ${new Date(SLOT.getTime() + 60 * 60_000)}, 'A', 'B', 'a@example.org', '0600000000', 'X', '2010-01-01', '1990-01-01', 'n', now())`;
    const days = await handoverSlots(db, { dealershipId: dealer.id, earliest: NOW }, NOW);
    expect(days.flatMap((d) => d.slots.map((s) => s.start))).not.toContain(SLOT.toISOString());
    expect(await refusal(placeOrder(db, await stockOrder(dealer.id, { delivery: { mode: 'click_collect', handoverStart: SLOT.toISOString() } })))).toEqual({ code: 'CONFLICT', reason: 'SLOT_TAKEN' });
    const order = await placeOrder(db, await stockOrder(dealer.id));
    await expect(
      db.$executeRaw`INSERT INTO handover_appointment (id, "orderId", "dealershipId", "staffId", bay, "startsAt", "endsAt", "bayReadyAt", "bookedBy", "updatedAt")
        VALUES (${`ho_y_${tag}`}, ${order.id}, ${dealer.id}, ${dealer.staffIds[0]}, 1, ${SLOT}, ${new Date(SLOT.getTime() + 45 * 60_000)}, ${new Date(SLOT.getTime() + 60 * 60_000)}, 'test', now())`,
    ).rejects.toSatisfy((error: unknown) => JSON.stringify(error, Object.getOwnPropertyNames(error)).includes('23P01'));
  });

  it('another buyer or another dealership cannot see or move the handover (404), guessed ids included', async () => {
    const dealer = await makeDealership(1, 1);
    const other = await makeDealership(1, 1);
    const input = await stockOrder(dealer.id, { delivery: { mode: 'click_collect', handoverStart: SLOT.toISOString() } });
    const placed = await placeOrder(db, input);
    const stranger = await makeUser('stranger');
    expect(await orderHandover(db, placed.id, { buyerId: stranger.id })).toBeNull();
    expect(await orderHandover(db, placed.id, { dealershipId: other.id })).toBeNull();
    expect(await orderHandover(db, `${placed.id}x`, { buyerId: input.buyer.id })).toBeNull();
    const later = new Date(SLOT.getTime() + 2 * 3_600_000);
    expect(await refusal(staffBookHandover(db, placed.id, later, { userId: 'x', dealershipId: other.id }, clock()))).toEqual({ code: 'NOT_FOUND', reason: 'ORDER_NOT_FOUND' });
    expect(await refusal(recordHandover(db, placed.id, { mileageKm: 5, keys: 2, signedName: 'Léa Martin', buyerConfirms: true }, { userId: 'x', dealershipId: other.id }, clock()))).toMatchObject({ code: 'NOT_FOUND' });
    // Its own dealership moves it: the old slot is free again, the move is on the audit trail.
    const moved = await staffBookHandover(db, placed.id, later, { userId: 'staff-1', dealershipId: dealer.id }, clock());
    expect(moved.start).toBe(later.toISOString());
    const event = await db.orderEvent.findFirstOrThrow({ where: { orderId: placed.id, reason: { startsWith: 'handover moved' } } });
    expect(event.actor).toBe('staff-1');
    // …and the buyer is told, in the language they ordered in.
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: input.buyer.email, kind: 'order.handover-moved' } });
    expect(mail.subject).toContain('rendez-vous de remise des clés déplacé');
  });

  it('withdrawing frees the handover slot', async () => {
    const dealer = await makeDealership(1, 1);
    const input = await stockOrder(dealer.id, { delivery: { mode: 'click_collect', handoverStart: SLOT.toISOString() } });
    const placed = await placeOrder(db, input);
    await db.order.update({ where: { id: placed.id }, data: { status: 'deposit_paid' } });
    await withdrawOrder(db, placed.id, input.buyer.id, 'test', clock(5));
    const days = await handoverSlots(db, { dealershipId: dealer.id, earliest: NOW }, NOW);
    expect(days.flatMap((d) => d.slots.map((s) => s.start))).toContain(SLOT.toISOString());
  });
});

describe('home delivery: a fee by distance, computed on the server', () => {
  it('adds the fee to the snapshot and the total', async () => {
    const dealer = await makeDealership();
    const input = await stockOrder(dealer.id, { delivery: { mode: 'home', feeCents: 49_000 }, details: { ...details, street: '5 place Victor Hugo', postalCode: '38000', city: 'Grenoble' } });
    const placed = await placeOrder(db, input);
    const order = await db.order.findUniqueOrThrow({ where: { id: placed.id } });
    const snapshot = readSnapshot(order.snapshot);
    expect(snapshot.delivery).toMatchObject({ mode: 'home', feeCents: 49_000, address: { postalCode: '38000', city: 'Grenoble' } });
    expect(order.deliveryMode).toBe('home');
    expect(order.totalCents).toBe(priceConfiguration(catalogue, configuration, stockContext(NOW)).totalCents + 49_000);
    expect(snapshot.balanceDueCents).toBe(order.totalCents - order.depositCents);
  });

  it('refuses a fee other than the one computed for the address, and writes nothing', async () => {
    const dealer = await makeDealership();
    // The buyer was quoted for a nearby address, then typed Grenoble (124 km, 490 €) and ordered.
    const input = await stockOrder(dealer.id, { delivery: { mode: 'home', feeCents: 9_000 }, details: { ...details, street: '5 place Victor Hugo', postalCode: '38000', city: 'Grenoble' } });
    const error = await placeOrder(db, input).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CONFLICT', reason: 'DELIVERY_FEE_CHANGED', details: { feeCents: 49_000 } });
    expect(await db.order.count({ where: { dealershipId: dealer.id } })).toBe(0);
    expect(await db.stockVehicle.count({ where: { dealershipId: dealer.id, status: 'reserved' } })).toBe(0);
  });

  it('an address beyond the last band is a clear 422 and writes nothing', async () => {
    const dealer = await makeDealership();
    const input = await stockOrder(dealer.id, { delivery: { mode: 'home', feeCents: 0 }, details: { ...details, street: '1 rue de Siam', postalCode: '29200', city: 'Brest' } });
    const error = await placeOrder(db, input).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'DELIVERY_OUT_OF_RANGE', details: { maxKm: MAX_DELIVERY_KM } });
    expect(await db.order.count({ where: { dealershipId: dealer.id } })).toBe(0);
    expect(await db.stockVehicle.count({ where: { dealershipId: dealer.id, status: 'reserved' } })).toBe(0);
  });
});

describe('the financing chosen on /financing, carried into checkout', () => {
  const chosen = { fp: 'credit-classique', d: '500000', n: '36', km: '15000', tm: 'Peugeot', tmo: '208', ty: '2019', tk: '60000', tu: '1' };

  it('gives the same monthly figure as /financing for the same car and terms, and snapshots terms and trade-in', async () => {
    const buyer = await makeUser('fin');
    const code = await makeSaved(buyer.id);
    const read = readCarriedFinancing(chosen);
    if (!read.ok || !read.carried) throw new Error('unreadable');
    const review = await reviewCheckout(db, { kind: 'factory', savedCode: code }, buyer.id, NOW, {}, read.carried);
    const page = computeFinancing(
      { configuration, cashDepositCents: 500_000, durationMonths: 36, annualMileageKm: 15_000, productIds: ['credit-classique'], tradeIn: { make: 'Peugeot', model: '208', year: 2019, mileageKm: 60_000 }, useTradeIn: true },
      NOW,
    );
    const column = page.columns[0];
    if (!column?.ok || column.offer.kind !== 'credit') throw new Error('no credit offer');
    expect(review.financingOffers.credit).toMatchObject({ monthlyPaymentCents: column.offer.monthlyPaymentCents, durationMonths: 36, taegPct: column.offer.taegPct, cashDepositCents: 500_000, totalCostCents: column.offer.totalCostCents });
    expect(review.tradeIn).toMatchObject({ make: 'Peugeot', model: '208', estimateCents: page.tradeIn?.estimateCents, usedInFinancingCents: page.tradeInUsedCents });

    const dealer = await makeDealership();
    const placed = await placeOrder(db, { buyer, source: { kind: 'factory', savedCode: code }, dealershipId: dealer.id, details, financing: 'credit', carried: read.carried, ...clock() });
    const order = await db.order.findUniqueOrThrow({ where: { id: placed.id } });
    const snapshot = readSnapshot(order.snapshot);
    expect(snapshot.financing).toMatchObject({ choice: 'credit', productId: 'credit-classique', monthlyPaymentCents: column.offer.monthlyPaymentCents, durationMonths: 36, cashDepositCents: 500_000 });
    expect(snapshot.tradeIn?.estimateCents).toBe(page.tradeIn?.estimateCents);
    // The trade-in comes off the balance, not off the deposit paid online.
    expect(order.depositCents).toBe(review.depositCents);
    expect(snapshot.balanceDueCents).toBe(order.totalCents - order.depositCents - (snapshot.tradeIn?.estimateCents ?? 0));
  });

  it('a lease gives the same monthly rent as /financing', async () => {
    const buyer = await makeUser('loa');
    const code = await makeSaved(buyer.id);
    const read = readCarriedFinancing({ fp: 'loa-liberte', d: '300000', n: '48', km: '20000' });
    if (!read.ok || !read.carried) throw new Error('unreadable');
    const review = await reviewCheckout(db, { kind: 'factory', savedCode: code }, buyer.id, NOW, {}, read.carried);
    const page = computeFinancing({ configuration, cashDepositCents: 300_000, durationMonths: 48, annualMileageKm: 20_000, productIds: ['loa-liberte'] }, NOW);
    const column = page.columns[0];
    if (!column?.ok || column.offer.kind !== 'loa') throw new Error('no lease offer');
    expect(review.financingOffers.credit).toMatchObject({ productKind: 'loa', monthlyPaymentCents: column.offer.monthlyRentCents, annualMileageKm: column.offer.annualMileageKm });
  });

  it('a non-default household (hh) prices checkout with that aid tier: the same monthly figure as /financing, snapshotted; an unknown hh is refused', async () => {
    // The Étincelle's aid depends on the household (financing.test.ts: 3,500 € standard, 5,700 € precarious).
    const etincelle = defaultConfiguration(catalogue, 'etincelle');
    const buyer = await makeUser('hh');
    const code = generateShortCode();
    await db.savedConfiguration.create({ data: { code, ownerId: buyer.id, modelCode: etincelle.model, configuration: { ...etincelle } } });
    const read = readCarriedFinancing({ fp: 'credit-classique', d: '200000', n: '48', km: '15000', hh: 'precarious' });
    if (!read.ok || !read.carried) throw new Error('unreadable');
    expect(read.carried.household).toBe('precarious');
    const review = await reviewCheckout(db, { kind: 'factory', savedCode: code }, buyer.id, NOW, {}, read.carried);
    const terms = { configuration: etincelle, cashDepositCents: 200_000, durationMonths: 48, annualMileageKm: 15_000, productIds: ['credit-classique'] };
    const page = computeFinancing({ ...terms, household: 'precarious' }, NOW);
    const lowest = computeFinancing(terms, NOW);
    const column = page.columns[0];
    const lowestColumn = lowest.columns[0];
    if (!column?.ok || column.offer.kind !== 'credit' || !lowestColumn?.ok || lowestColumn.offer.kind !== 'credit') throw new Error('no credit offer');
    // The tier matters for this car: otherwise the test would prove nothing.
    expect(column.offer.monthlyPaymentCents).toBeLessThan(lowestColumn.offer.monthlyPaymentCents);
    expect(review.household).toBe('precarious');
    expect(review.price.totalCents).toBe(page.priceCents);
    expect(review.financingOffers.credit).toMatchObject({ monthlyPaymentCents: column.offer.monthlyPaymentCents, totalCostCents: column.offer.totalCostCents });

    const dealer = await makeDealership();
    const placed = await placeOrder(db, { buyer, source: { kind: 'factory', savedCode: code }, dealershipId: dealer.id, details, financing: 'credit', carried: read.carried, ...clock() });
    const snapshot = readSnapshot((await db.order.findUniqueOrThrow({ where: { id: placed.id } })).snapshot);
    expect(snapshot.household).toBe('precarious');
    expect(snapshot.bonus.cents).toBe(page.price.bonusCents);
    expect(snapshot.financing.monthlyPaymentCents).toBe(column.offer.monthlyPaymentCents);
    // Only the three categories are accepted; the link round-trips the category.
    expect(readCarriedFinancing({ fp: 'credit-classique', d: '0', n: '48', km: '15000', hh: 'millionaire' })).toEqual({ ok: false });
    expect(carriedFinancingParams(read.carried)).toContain('hh=precarious');
    const plain = readCarriedFinancing({ fp: 'credit-classique', d: '0', n: '48', km: '15000' });
    expect(plain.ok && plain.carried?.household).toBe('standard');
  });

  it('tampered URL values are clamped to the product and recomputed; an unknown product or unreadable terms are refused', async () => {
    const buyer = await makeUser('tamper');
    const code = await makeSaved(buyer.id);
    const read = readCarriedFinancing({ fp: 'credit-classique', d: '999999999', n: '999', km: '1', monthly: '1' });
    if (!read.ok || !read.carried) throw new Error('unreadable');
    const review = await reviewCheckout(db, { kind: 'factory', savedCode: code }, buyer.id, NOW, {}, read.carried);
    const credit = review.financingOffers.credit;
    expect(review.carried).toMatchObject({ productId: 'credit-classique', adjusted: true });
    // The deposit cannot exceed the product's maximum (it never is the whole price), the duration is one the product offers.
    expect(credit.cashDepositCents).toBeLessThan(review.price.totalCents);
    expect([12, 24, 36, 48, 60, 72, 84]).toContain(credit.durationMonths);
    expect(credit.monthlyPaymentCents).toBeGreaterThan(0);

    const unknown = readCarriedFinancing({ fp: 'credit-gratuit', d: '0', n: '48', km: '15000' });
    if (!unknown.ok || !unknown.carried) throw new Error('unreadable');
    const refused = await reviewCheckout(db, { kind: 'factory', savedCode: code }, buyer.id, NOW, {}, unknown.carried);
    expect(refused.carriedRefused).toBe(true);
    expect(refused.carried).toBeNull();
    expect(readCarriedFinancing({ fp: 'credit-classique', d: '-5', n: 'x', km: '15000' })).toEqual({ ok: false });
    expect(readCarriedFinancing({ fp: '<script>', d: '0', n: '48', km: '15000' })).toEqual({ ok: false });
  });
});

describe('documents_checked needs the paperwork; handed_over needs the balance and the handover record', () => {
  it('refuses each step with a clear reason until its condition is met', async () => {
    const dealer = await makeDealership();
    const input = await stockOrder(dealer.id);
    const placed = await placeOrder(db, input);
    await db.order.update({ where: { id: placed.id }, data: { status: 'deposit_paid' } });
    const staff = { userId: 'staff-g', dealershipId: dealer.id };
    expect(await refusal(advanceOrder(db, placed.id, 'documents_checked', staff, 'test', clock(1)))).toEqual({ code: 'CONFLICT', reason: 'PAPERWORK_INCOMPLETE' });
    for (const kind of ['identity', 'driving_licence', 'proof_of_address'] as const) {
      await db.orderDocument.create({ data: { orderId: placed.id, kind, status: kind === 'identity' ? 'rejected' : 'accepted', storageKey: `g_${tag}_${seq++}`, contentType: 'application/pdf', sizeBytes: 1, sha256: 'x', uploadedBy: input.buyer.id } });
    }
    expect(await refusal(advanceOrder(db, placed.id, 'documents_checked', staff, 'test', clock(1)))).toEqual({ code: 'CONFLICT', reason: 'PAPERWORK_INCOMPLETE' });
    await db.orderDocument.updateMany({ where: { orderId: placed.id, kind: 'identity' }, data: { status: 'accepted' } });
    expect(await refusal(advanceOrder(db, placed.id, 'documents_checked', staff, 'test', clock(1)))).toEqual({ code: 'CONFLICT', reason: 'ORDER_FORM_NOT_SIGNED' });
    await db.orderSignature.create({
      data: { orderId: placed.id, signerId: input.buyer.id, signerName: 'Léa Martin', signerEmail: input.buyer.email, signedAt: NOW, clientAddress: '127.0.0.1', challengeId: `c_${tag}_${seq++}`, formSha256: 'a', signedSha256: 'b', storageKey: `s_${tag}_${seq++}` },
    });
    await advanceOrder(db, placed.id, 'documents_checked', staff, 'test', clock(2));
    await allocateVehicle(db, placed.id, null, staff, clock(3));
    await advanceOrder(db, placed.id, 'ready', staff, 'test', clock(4));
    expect(await refusal(advanceOrder(db, placed.id, 'handed_over', staff, 'test', clock(5)))).toEqual({ code: 'VALIDATION_FAILED', reason: 'USE_HANDOVER_RECORD' });
    // The keys go with a car that is paid for: the balance first.
    const record = { mileageKm: 17, keys: 2, signedName: 'Léa Martin', buyerConfirms: true } as const;
    expect(await refusal(recordHandover(db, placed.id, record, staff, clock(5)))).toEqual({ code: 'CONFLICT', reason: 'BALANCE_NOT_PAID' });
    expect((await db.order.findUniqueOrThrow({ where: { id: placed.id } })).status).toBe('ready');
    await recordBalance(db, placed.id, 'transfer', staff, clock(5));
    await recordHandover(db, placed.id, record, staff, clock(6));
    const order = await db.order.findUniqueOrThrow({ where: { id: placed.id } });
    expect(order).toMatchObject({ status: 'handed_over', handoverMileageKm: 17, handoverKeys: 2, handoverSignedName: 'Léa Martin', handoverRecordedBy: 'staff-g' });
    expect(order.withdrawalEndsAt).not.toBeNull();
    const audit = await db.orderEvent.findFirstOrThrow({ where: { orderId: placed.id, toStatus: 'handed_over' } });
    expect(audit.reason).toContain('17 km');
    expect(await refusal(recordHandover(db, placed.id, { mileageKm: 18, keys: 2, signedName: 'Léa Martin', buyerConfirms: true }, staff, clock(7)))).toMatchObject({ code: 'CONFLICT' });
  });
});
