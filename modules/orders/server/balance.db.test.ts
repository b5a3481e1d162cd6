import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { createPrismaClient } from '@/lib/prisma';
import { catalogue, defaultConfiguration } from '@/modules/catalog';
import { stockCarOf } from '@/test/stock-fixture';
import { readSnapshot } from '../snapshot';
import { confirmBalanceRefund, recordBalance } from './balance';
import { recordHandover } from './handover';
import { advanceOrder, requestReturn, withdrawOrder } from './lifecycle';
import { placeOrder } from './place-order';

// The balance of an order: recorded once by the staff of its dealership, for the amount the order
// says (never typed), before the keys; paid back by the dealership after a withdrawal. PGlite and PostgreSQL.

const embedded = process.env.VIRAGE_EMBEDDED_DB === '1';
const client = createPrismaClient(process.env.DATABASE_URL!, embedded ? 1 : 8);
const db = client.db;
const tag = randomBytes(4).toString('hex');
const NOW = new Date('2026-12-01T08:00:00Z');
const clock = (minutes = 0) => ({ now: new Date(NOW.getTime() + minutes * 60_000), appUrl: 'http://localhost:3000' });
const details = { firstName: 'Léa', lastName: 'Martin', phone: '+33 6 12 34 56 78', street: '3 rue de la Paix', postalCode: '69002', city: 'Lyon' };
let seq = 0;

afterAll(async () => {
  await client.close();
});

async function makeDealership(): Promise<string> {
  const id = `dlr_bal_${tag}_${seq++}`;
  await db.dealership.create({
    data: { id, code: `b${tag}${seq}`, name: `Virage Solde ${seq}`, street: '1 rue du Test', postalCode: '69002', city: 'Lyon', lat: 45.75, lon: 4.83, phone: '+33 4 00 00 00 00', email: `b${seq}.${tag}@virage.example`, openingHours: {}, closures: [], homeDriveRadiusKm: 20 },
  });
  return id;
}

/** A stock order of a new buyer at a new dealership, moved to `status` (the steps before are tested elsewhere). */
async function orderAt(status: 'awaiting_payment' | 'deposit_paid' | 'ready') {
  const dealershipId = await makeDealership();
  const buyer = { id: `usr_bal_${tag}_${seq++}`, email: `bal.${seq}.${tag}@example.org`, locale: 'fr' };
  await db.user.create({ data: { id: buyer.id, name: 'Léa Martin', email: buyer.email } });
  const vehicleId = `stk_bal_${tag}_${seq++}`;
  await db.stockVehicle.create({ data: { id: vehicleId, vin: `B${tag}${seq}`.padEnd(17, '0').slice(0, 17), dealershipId, ...stockCarOf(defaultConfiguration(catalogue, 'horizon'), NOW) } });
  const placed = await placeOrder(db, { buyer, source: { kind: 'stock', vehicleId }, dealershipId: null, details, financing: 'cash', ...clock() });
  await db.order.update({ where: { id: placed.id }, data: { status, depositPaidAt: status === 'awaiting_payment' ? null : NOW } });
  const order = await db.order.findUniqueOrThrow({ where: { id: placed.id } });
  return { order, buyer, staff: { userId: `stf_bal_${seq}`, dealershipId } };
}

/** The backfill migration, statement by statement (a prepared query holds one), as the migration runner applies it. */
async function runBackfill() {
  const sql = readFileSync('prisma/migrations/20261207223200_order_balance_backfill/migration.sql', 'utf8');
  for (const statement of sql.split(/;\s*\n/).map((s) => s.replace(/^--.*$/gm, '').trim()).filter((s) => s !== '')) await db.$executeRawUnsafe(statement);
}

const refusal = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => (e instanceof AppError ? { code: e.code, reason: e.reason } : e));
const handover = { mileageKm: 12, keys: 2, signedName: 'Léa Martin', buyerConfirms: true } as const;

describe('the balance', () => {
  it('is recorded for the order’s own figure, with a receipt to the buyer, and then lets the keys go', async () => {
    const { order, buyer, staff } = await orderAt('ready');
    expect(await refusal(recordHandover(db, order.id, handover, staff, clock(1)))).toEqual({ code: 'CONFLICT', reason: 'BALANCE_NOT_PAID' });
    await recordBalance(db, order.id, 'transfer', staff, clock(2));
    const due = readSnapshot(order.snapshot).balanceDueCents;
    expect(due).toBe(order.totalCents - order.depositCents);
    expect(await db.payment.findFirstOrThrow({ where: { orderId: order.id, kind: 'balance' } })).toMatchObject({ amountCents: due, status: 'succeeded', method: 'transfer', recordedBy: staff.userId });
    const receipt = await db.outboxMessage.findFirstOrThrow({ where: { to: buyer.email, kind: 'order.balance-received' } });
    expect(receipt.subject).toBe(`Commande ${order.reference} : solde reçu`);
    expect(receipt.text).toContain('(virement)');
    expect((await db.orderEvent.findFirstOrThrow({ where: { orderId: order.id, reason: 'balance received (transfer)' } })).actor).toBe(staff.userId);
    await recordHandover(db, order.id, handover, staff, clock(3));
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe('handed_over');
    // After the handover there is nothing more to record.
    expect(await refusal(recordBalance(db, order.id, 'transfer', staff, clock(4)))).toEqual({ code: 'CONFLICT', reason: 'BALANCE_NOT_PAYABLE' });
  });

  it('is refused, writing nothing, to another dealership (404), before the deposit, and a second time', async () => {
    const { order, staff } = await orderAt('awaiting_payment');
    const other = { userId: 'stf_other', dealershipId: await makeDealership() };
    expect(await refusal(recordBalance(db, order.id, 'transfer', staff, clock(1)))).toEqual({ code: 'CONFLICT', reason: 'BALANCE_NOT_PAYABLE' });
    await db.order.update({ where: { id: order.id }, data: { status: 'deposit_paid' } });
    expect(await refusal(recordBalance(db, order.id, 'transfer', other, clock(1)))).toEqual({ code: 'NOT_FOUND', reason: 'ORDER_NOT_FOUND' });
    expect(await db.payment.count({ where: { orderId: order.id, kind: 'balance' } })).toBe(0);
    await recordBalance(db, order.id, 'financing', staff, clock(2));
    expect(await refusal(recordBalance(db, order.id, 'transfer', staff, clock(3)))).toEqual({ code: 'CONFLICT', reason: 'BALANCE_ALREADY_PAID' });
    expect(await db.payment.count({ where: { orderId: order.id, kind: 'balance' } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { kind: 'order.balance-received', subject: { contains: order.reference } } })).toBe(1);
  });

  it('is recorded once when two staff members click at the same time, and the database refuses a second row', async () => {
    const { order, staff } = await orderAt('deposit_paid');
    const results = await Promise.allSettled(Array.from({ length: 4 }, (_, i) => recordBalance(db, order.id, 'transfer', { ...staff, userId: `stf_${i}` }, clock(1))));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ reason: 'BALANCE_ALREADY_PAID' });
    expect(await db.payment.count({ where: { orderId: order.id, kind: 'balance' } })).toBe(1);
    const copy = db.$executeRaw`INSERT INTO "payment" (id, "orderId", kind, provider, "amountCents", status, "updatedAt") VALUES (${`pay_${tag}_dup`}, ${order.id}, 'balance', 'dealership', 1, 'succeeded', now())`;
    await expect(copy).rejects.toThrow(/payment_one_balance_per_order|Unique constraint|duplicate key/);
  });

  it('is paid back by the dealership after a withdrawal before the handover, confirmed once, the buyer told', async () => {
    const { order, buyer, staff } = await orderAt('deposit_paid');
    await recordBalance(db, order.id, 'bank_cheque', staff, clock(1));
    // Nothing to bring back before the handover: the return is refused with the way to withdraw.
    expect(await refusal(requestReturn(db, order.id, buyer.id, clock(2)))).toEqual({ code: 'CONFLICT', reason: 'RETURN_NOT_NEEDED' });
    await withdrawOrder(db, order.id, buyer.id, 'test', clock(2));
    const refund = await db.payment.findFirstOrThrow({ where: { orderId: order.id, kind: 'refund', provider: 'dealership' } });
    expect(refund).toMatchObject({ status: 'pending', method: 'bank_cheque', amountCents: readSnapshot(order.snapshot).balanceDueCents });
    expect(await refusal(confirmBalanceRefund(db, order.id, { userId: 'x', dealershipId: await makeDealership() }, clock(3)))).toEqual({ code: 'NOT_FOUND', reason: 'ORDER_NOT_FOUND' });
    const results = await Promise.allSettled([confirmBalanceRefund(db, order.id, staff, clock(3)), confirmBalanceRefund(db, order.id, staff, clock(3))]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((await db.payment.findUniqueOrThrow({ where: { id: refund.id } })).status).toBe('succeeded');
    const notice = await db.outboxMessage.findFirstOrThrow({ where: { to: buyer.email, kind: 'order.balance-refunded' } });
    expect(notice.text).toContain('chèque de banque');
  });

  it('is recorded as received for orders handed over before it was recorded (the backfill migration), once', async () => {
    const { order, buyer, staff } = await orderAt('ready');
    // Handed over the way it was before the balance existed: no balance row.
    await db.order.update({ where: { id: order.id }, data: { status: 'handed_over', handedOverAt: NOW, withdrawalEndsAt: new Date(NOW.getTime() + 15 * 86_400_000) } });
    await runBackfill();
    await runBackfill();
    const rows = await db.payment.findMany({ where: { orderId: order.id, kind: 'balance' } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'succeeded', amountCents: readSnapshot(order.snapshot).balanceDueCents, method: null });
    // A withdrawal after it then pays the balance back too.
    await requestReturn(db, order.id, buyer.id, clock(60));
    await advanceOrder(db, order.id, 'withdrawn', staff, 'test', clock(61));
    expect(await db.payment.findFirstOrThrow({ where: { orderId: order.id, kind: 'refund', provider: 'dealership' } })).toMatchObject({ status: 'pending', method: null });
  });

  it('is to be paid back for orders withdrawn after a handover before it was recorded (the backfill migration)', async () => {
    const { order } = await orderAt('ready');
    await db.order.update({ where: { id: order.id }, data: { status: 'withdrawn', handedOverAt: NOW, returnRequestedAt: NOW } });
    await runBackfill();
    await runBackfill();
    expect(await db.payment.findMany({ where: { orderId: order.id, kind: 'balance' } })).toHaveLength(1);
    const refunds = await db.payment.findMany({ where: { orderId: order.id, kind: 'refund', provider: 'dealership' } });
    expect(refunds).toHaveLength(1);
    expect(refunds[0]).toMatchObject({ status: 'pending', amountCents: readSnapshot(order.snapshot).balanceDueCents });
  });
});
