import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { createPrismaClient } from '@/lib/prisma';
import { catalogue, defaultConfiguration } from '@/modules/catalog';
import { stockCarOf } from '@/test/stock-fixture';
import { BUYER_HANDOVER_MARGIN_HOURS } from '../handover-move';
import { noteText } from '../timeline-notes';
import { buyerHandoverOptions, buyerMoveHandover } from './buyer-handover';
import { recordHandover } from './handover';
import { recordBalance } from './balance';
import { placeOrder } from './place-order';

// The buyer moves their own handover appointment: same slot engine, same exclusion constraints,
// a note on the trail and an e-mail; refused after the handover record or too close to it.
// PGlite and PostgreSQL.

const embedded = process.env.VIRAGE_EMBEDDED_DB === '1';
const client = createPrismaClient(process.env.DATABASE_URL!, embedded ? 1 : 12);
const db = client.db;
const tag = randomBytes(4).toString('hex');
// Tuesday 1 December 2026, 09:00 Paris. Appointments on Thursday 3 December (Paris = UTC+1).
const NOW = new Date('2026-12-01T08:00:00Z');
const thursday = (hourUtc: number) => new Date(Date.UTC(2026, 11, 3, hourUtc));
const clock = (at = NOW) => ({ now: at, appUrl: 'http://localhost:3000' });
const configuration = defaultConfiguration(catalogue, 'horizon');
const details = { firstName: 'Léa', lastName: 'Martin', phone: '+33 6 12 34 56 78', street: '3 rue de la Paix', postalCode: '69002', city: 'Lyon' };
const OPEN = [['09:00', '19:00']];
const HOURS = { mon: OPEN, tue: OPEN, wed: OPEN, thu: OPEN, fri: OPEN, sat: OPEN, sun: [] };
let seq = 0;

async function makeDealership(): Promise<string> {
  const id = `dlr_bh_${tag}_${seq++}`;
  await db.dealership.create({
    data: { id, code: `bh${tag}${seq}`, name: `Virage BH ${seq}`, street: '1 rue du Test', postalCode: '69002', city: 'Lyon', lat: 45.7597, lon: 4.8422, phone: '+33 4 00 00 00 00', email: `bh${seq}.${tag}@virage.example`, openingHours: HOURS, closures: [], homeDriveRadiusKm: 20, horizonDays: 30, handoverBays: 1 },
  });
  await db.staff.create({ data: { id: `stf_bh_${tag}_${seq}`, dealershipId: id, name: 'Staff', email: `stf_bh_${tag}_${seq}@virage.example`, role: 'sales_advisor', workingHours: HOURS } });
  return id;
}

/** A paid stock order of a new buyer at `dealershipId`, its handover booked at `start`. */
async function paidOrder(dealershipId: string, start: Date) {
  const buyerId = `usr_bh_${tag}_${seq++}`;
  const buyer = { id: buyerId, email: `${buyerId}@example.org`, locale: 'fr' };
  await db.user.create({ data: { id: buyerId, name: 'Buyer', email: buyer.email } });
  const vehicleId = `stk_bh_${tag}_${seq++}`;
  await db.stockVehicle.create({ data: { id: vehicleId, vin: `BH${tag}${String(seq).padStart(7, '0')}`, dealershipId, ...stockCarOf(configuration, NOW) } });
  const placed = await placeOrder(db, { buyer, source: { kind: 'stock', vehicleId }, dealershipId: null, details, financing: 'cash', delivery: { mode: 'click_collect', handoverStart: start.toISOString() }, ...clock() });
  await db.order.update({ where: { id: placed.id }, data: { status: 'deposit_paid' } });
  return { orderId: placed.id, buyer };
}

async function refusal(promise: Promise<unknown>): Promise<{ code: string; reason: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, reason: error.reason };
    throw error;
  }
  throw new Error('expected a refusal');
}

const written = async (orderId: string) => ({
  events: await db.orderEvent.count({ where: { orderId } }),
  mails: await db.outboxMessage.count({ where: { kind: 'order.handover-moved', text: { contains: orderId } } }),
  appointment: await db.handoverAppointment.findUniqueOrThrow({ where: { orderId }, select: { startsAt: true, staffId: true, bay: true, bookedBy: true } }),
});

afterAll(async () => {
  await client.close();
});

describe('the buyer moves their own handover appointment', () => {
  it('to a free slot of the engine: the old one is freed, the move is on the trail (actor: the buyer) and e-mailed', async () => {
    const dealer = await makeDealership();
    const { orderId, buyer } = await paidOrder(dealer, thursday(9));
    const options = await buyerHandoverOptions(db, orderId, buyer.id, NOW);
    expect(options.movable).toBe(true);
    const offered = options.days.flatMap((d) => d.slots.map((s) => s.start));
    expect(offered).toContain(thursday(13).toISOString());
    // Before the car is ready, not before the day already booked (chosen from when the car can be ready).
    expect(offered.every((s) => s >= '2026-12-03')).toBe(true);

    const moved = await buyerMoveHandover(db, orderId, thursday(13), buyer.id, clock());
    expect(moved.start).toBe(thursday(13).toISOString());
    const event = await db.orderEvent.findFirstOrThrow({ where: { orderId, reason: noteText.handoverMovedByBuyer(thursday(9).toISOString(), thursday(13).toISOString()) } });
    expect(event).toMatchObject({ actor: buyer.id, fromStatus: 'deposit_paid', toStatus: 'deposit_paid' });
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { id: moved.mailId } });
    expect(mail).toMatchObject({ to: buyer.email, kind: 'order.handover-moved' });
    const after = await buyerHandoverOptions(db, orderId, buyer.id, NOW);
    expect(after.days.flatMap((d) => d.slots.map((s) => s.start))).toContain(thursday(9).toISOString());
    // The same time again is refused, not written twice.
    expect(await refusal(buyerMoveHandover(db, orderId, thursday(13), buyer.id, clock()))).toEqual({ code: 'CONFLICT', reason: 'HANDOVER_SAME_SLOT' });
  });

  it('two buyers moving to the same slot at once (one staff member, one bay): one wins, the other gets 409 and nothing is written for them', async () => {
    const dealer = await makeDealership();
    const a = await paidOrder(dealer, thursday(9));
    const b = await paidOrder(dealer, thursday(11));
    const before = { a: await written(a.orderId), b: await written(b.orderId) };
    const results = await Promise.allSettled([a, b].map((o) => buyerMoveHandover(db, o.orderId, thursday(15), o.buyer.id, clock())));
    const won = results.findIndex((r) => r.status === 'fulfilled');
    const lost = results.findIndex((r) => r.status === 'rejected');
    expect([won, lost].sort()).toEqual([0, 1]);
    const failure = results[lost];
    expect(failure?.status === 'rejected' && failure.reason instanceof AppError ? { code: failure.reason.code, reason: failure.reason.reason } : failure).toEqual({ code: 'CONFLICT', reason: 'SLOT_TAKEN' });
    const loser = [a, b][lost]!;
    const winner = [a, b][won]!;
    // The loser's appointment, trail and mailbox are as they were; the winner has the slot.
    expect(await written(loser.orderId)).toEqual(lost === 0 ? before.a : before.b);
    expect((await written(winner.orderId)).appointment.startsAt).toEqual(thursday(15));
    expect(await db.handoverAppointment.count({ where: { dealershipId: dealer, status: 'booked', startsAt: thursday(15) } })).toBe(1);
  });

  it('refused within the margin before the appointment, after the handover record, and for another buyer (404) — nothing written', async () => {
    const dealer = await makeDealership();
    const { orderId, buyer } = await paidOrder(dealer, thursday(9));
    const stranger = `usr_bh_${tag}_stranger`;
    const before = await written(orderId);
    expect(await refusal(buyerMoveHandover(db, orderId, thursday(13), stranger, clock()))).toEqual({ code: 'NOT_FOUND', reason: 'ORDER_NOT_FOUND' });
    expect(await refusal(buyerMoveHandover(db, `${orderId}x`, thursday(13), buyer.id, clock()))).toEqual({ code: 'NOT_FOUND', reason: 'ORDER_NOT_FOUND' });
    const close = new Date(thursday(9).getTime() - (BUYER_HANDOVER_MARGIN_HOURS - 1) * 3_600_000);
    expect(await refusal(buyerMoveHandover(db, orderId, thursday(13), buyer.id, clock(close)))).toEqual({ code: 'CONFLICT', reason: 'HANDOVER_TOO_CLOSE' });
    expect(await buyerHandoverOptions(db, orderId, buyer.id, close)).toMatchObject({ movable: false, reason: 'HANDOVER_TOO_CLOSE', days: [] });
    expect(await written(orderId)).toEqual(before);

    await db.order.update({ where: { id: orderId }, data: { status: 'ready' } });
    await recordBalance(db, orderId, 'transfer', { userId: 'staff-bh', dealershipId: dealer }, clock());
    await recordHandover(db, orderId, { mileageKm: 12, keys: 2, signedName: 'Léa Martin', buyerConfirms: true }, { userId: 'staff-bh', dealershipId: dealer }, clock());
    const recorded = await written(orderId);
    expect(await refusal(buyerMoveHandover(db, orderId, thursday(13), buyer.id, clock()))).toEqual({ code: 'CONFLICT', reason: 'HANDOVER_CLOSED' });
    expect(await written(orderId)).toEqual(recorded);
  });
});
