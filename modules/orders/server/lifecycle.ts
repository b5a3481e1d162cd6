import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import { AppError } from '@/lib/errors';
import type { Gateway } from '@/modules/payments/server';
import { requiredDocuments } from '../paperwork';
import { readSnapshot } from '../snapshot';
import type { OrderStatus } from '../state-machine';
import { withdrawalOption } from '../withdrawal';
import { transitionOrder, type Actor } from './transition';
import { testDrives } from './place-order';
import { releaseVehicle } from './vehicle';
import { openBalanceRefund } from './balance';
import { DEALERSHIP_PROVIDER } from '../balance';
import { noteText } from '../timeline-notes';
import { returnRequestMails } from '../return-mails';
import { enqueueMail } from '@/lib/mail/outbox';

const TRANSACTION_LIMITS = { maxWait: 15_000, timeout: 15_000 };
type Tx = Prisma.TransactionClient;
type Clock = { now: Date; appUrl: string };

export type RefundOrder = { refundId: string; orderId: string; paymentIntentId: string; amountCents: number };
/** After the commit: e-mails to deliver, a refund to send, and open Checkout Sessions to expire at the provider. */
export type LifecycleResult = { mailIds: string[]; refund: RefundOrder | null; expireSessions?: string[] };

/** The provider sessions of the order's unpaid deposits, marked expired here; the caller expires them at the provider after commit. */
async function closeOpenDeposits(tx: Tx, orderId: string): Promise<string[]> {
  const open = await tx.payment.findMany({ where: { orderId, kind: 'deposit', status: { in: ['pending', 'failed'] }, providerRef: { not: null } }, select: { providerRef: true } });
  await tx.payment.updateMany({ where: { orderId, kind: 'deposit', status: { in: ['pending', 'failed'] } }, data: { status: 'expired' } });
  return open.map((p) => p.providerRef).filter((ref): ref is string => ref !== null);
}

/** Locks the order for the rest of the transaction; 404 when it is not in the caller's reach. */
async function lockOrder(tx: Tx, orderId: string, reach: { buyerId?: string; dealershipId?: string }) {
  await tx.$queryRaw`SELECT id FROM "order" WHERE id = ${orderId} FOR UPDATE`;
  const order = await tx.order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      status: true,
      kind: true,
      buyerId: true,
      dealershipId: true,
      stockVehicleId: true,
      paymentDueAt: true,
      handedOverAt: true,
      returnRequestedAt: true,
      modelCode: true,
      snapshot: true,
    },
  });
  if (
    !order ||
    (reach.buyerId !== undefined && order.buyerId !== reach.buyerId) ||
    (reach.dealershipId !== undefined && order.dealershipId !== reach.dealershipId)
  ) {
    throw new AppError('NOT_FOUND', 'No such order.', { reason: 'ORDER_NOT_FOUND' });
  }
  return order;
}

/** The refund row for the order's collected deposit (created once: unique per payment intent). */
async function openRefund(tx: Tx, orderId: string, provider: string): Promise<RefundOrder | null> {
  const deposit = await tx.payment.findFirst({
    where: { orderId, kind: 'deposit', status: 'succeeded' },
    select: { amountCents: true, paymentIntentId: true },
  });
  if (!deposit?.paymentIntentId) return null;
  const existing = await tx.payment.findFirst({ where: { kind: 'refund', paymentIntentId: deposit.paymentIntentId }, select: { id: true } });
  if (existing) return null;
  const refund = await tx.payment.create({
    data: { orderId, kind: 'refund', provider, amountCents: deposit.amountCents, paymentIntentId: deposit.paymentIntentId },
    select: { id: true },
  });
  return { refundId: refund.id, orderId, paymentIntentId: deposit.paymentIntentId, amountCents: deposit.amountCents };
}

/** Run by the job due at the payment deadline (and by the sweep): cancels an unpaid order and releases its car. */
export async function expireUnpaidOrder(db: PrismaClient, orderId: string, clock: Clock): Promise<LifecycleResult> {
  return db.$transaction(async (tx) => {
    const order = await lockOrder(tx, orderId, {});
    if (order.status !== 'awaiting_payment' || order.paymentDueAt.getTime() > clock.now.getTime()) return { mailIds: [], refund: null };
    const expireSessions = await closeOpenDeposits(tx, orderId);
    const moved = await transitionOrder(tx, {
      orderId,
      to: 'cancelled',
      actor: { kind: 'system', id: 'system:payment-deadline' },
      reason: 'deposit not paid in time',
      ...clock,
    });
    await (await testDrives()).cancelHandover(tx, orderId);
    if (order.stockVehicleId) await releaseVehicle(tx, order.stockVehicleId, clock.now);
    return { mailIds: [moved.mailId], refund: null, expireSessions };
  }, TRANSACTION_LIMITS);
}

export async function dueUnpaidOrders(db: PrismaClient, now: Date): Promise<string[]> {
  const rows = await db.order.findMany({ where: { status: 'awaiting_payment', paymentDueAt: { lte: now } }, select: { id: true }, take: 100 });
  return rows.map((r) => r.id);
}

/** The buyer gives up before paying. */
export async function cancelUnpaidOrder(db: PrismaClient, orderId: string, buyerId: string, clock: Clock): Promise<LifecycleResult> {
  return db.$transaction(async (tx) => {
    const order = await lockOrder(tx, orderId, { buyerId });
    const moved = await transitionOrder(tx, {
      orderId,
      to: 'cancelled',
      actor: { kind: 'buyer', id: buyerId },
      reason: 'cancelled by the buyer before paying',
      ...clock,
    });
    await (await testDrives()).cancelHandover(tx, orderId);
    const expireSessions = await closeOpenDeposits(tx, orderId);
    if (order.stockVehicleId) await releaseVehicle(tx, order.stockVehicleId, clock.now);
    return { mailIds: [moved.mailId], refund: null, expireSessions };
  }, TRANSACTION_LIMITS);
}

/**
 * Withdrawal before handover (Code de la consommation L221-18: the buyer may withdraw from the
 * conclusion of the contract): order withdrawn, car released, deposit refund opened, one transaction.
 */
export async function withdrawOrder(db: PrismaClient, orderId: string, buyerId: string, provider: string, clock: Clock): Promise<LifecycleResult> {
  return db.$transaction(async (tx) => {
    const order = await lockOrder(tx, orderId, { buyerId });
    const option = withdrawalOption(order, clock.now);
    if (option.kind !== 'withdraw') throw withdrawalRefused(option.kind);
    const moved = await transitionOrder(tx, {
      orderId,
      to: 'withdrawn',
      actor: { kind: 'buyer', id: buyerId },
      reason: 'right of withdrawal (L221-18)',
      ...clock,
    });
    await (await testDrives()).cancelHandover(tx, orderId);
    if (order.stockVehicleId) await releaseVehicle(tx, order.stockVehicleId, clock.now);
    await openBalanceRefund(tx, orderId);
    return { mailIds: [moved.mailId], refund: await openRefund(tx, orderId, provider) };
  }, TRANSACTION_LIMITS);
}

/**
 * After handover, within the period: the buyer withdraws and asks to return the car; staff complete
 * it when the car is back. The buyer gets the acknowledgement of receipt the law asks for (L221-21)
 * and the dealership a notice to arrange the return, both written in the same transaction.
 */
export async function requestReturn(db: PrismaClient, orderId: string, buyerId: string, clock: Clock): Promise<LifecycleResult> {
  return db.$transaction(async (tx) => {
    const order = await lockOrder(tx, orderId, { buyerId });
    const option = withdrawalOption(order, clock.now);
    if (option.kind !== 'return') throw withdrawalRefused(option.kind);
    await tx.order.update({ where: { id: orderId }, data: { returnRequestedAt: clock.now, version: { increment: 1 } } });
    await tx.orderEvent.create({
      data: {
        orderId,
        fromStatus: order.status,
        toStatus: order.status,
        actor: buyerId,
        reason: noteText.returnRequested(),
        at: clock.now,
      },
    });
    const facts = await tx.order.findUniqueOrThrow({
      where: { id: orderId },
      select: { reference: true, buyerEmail: true, locale: true, dealership: { select: { name: true, email: true, phone: true } } },
    });
    const buyer = readSnapshot(order.snapshot).buyer;
    const mails = returnRequestMails({
      orderId,
      reference: facts.reference,
      buyer: { email: facts.buyerEmail, locale: facts.locale, name: `${buyer.firstName} ${buyer.lastName}` },
      dealership: facts.dealership,
      requestedAt: clock.now,
      appUrl: clock.appUrl,
    });
    const mailIds: string[] = [];
    for (const mail of mails) mailIds.push(await enqueueMail(mail, { tx }));
    return { mailIds, refund: null };
  }, TRANSACTION_LIMITS);
}

function withdrawalRefused(kind: string): AppError {
  if (kind === 'expired')
    return new AppError('CONFLICT', 'The 14-day withdrawal period after handover is over (Code de la consommation L221-18).', {
      reason: 'WITHDRAWAL_PERIOD_OVER',
    });
  if (kind === 'return-requested')
    return new AppError('CONFLICT', 'The withdrawal was already received: the dealership arranges the return.', { reason: 'RETURN_ALREADY_REQUESTED' });
  if (kind === 'return') return new AppError('CONFLICT', 'The car was handed over: ask for a return instead.', { reason: 'WITHDRAWAL_NEEDS_RETURN' });
  // Before the handover a return is not needed: the buyer withdraws and nothing is to be brought back.
  if (kind === 'withdraw') return new AppError('CONFLICT', 'The car was not handed over yet: withdraw from the order instead.', { reason: 'RETURN_NOT_NEEDED' });
  return new AppError('CONFLICT', 'This order cannot be withdrawn from now.', { reason: 'WITHDRAWAL_NOT_AVAILABLE' });
}

export type StaffScope = { userId: string; dealershipId: string };

/**
 * The gate of documents_checked: every document the order needs is accepted and the order form is
 * signed (read under the order's lock, so a review or signature in flight is seen or waited for).
 */
async function assertPaperworkDone(tx: Tx, orderId: string, snapshot: Prisma.JsonValue): Promise<void> {
  const needed = requiredDocuments(readSnapshot(snapshot).financing.choice);
  const accepted = await tx.orderDocument.findMany({ where: { orderId, status: 'accepted' }, select: { kind: true } });
  const missing = needed.filter((kind) => !accepted.some((d) => d.kind === kind));
  if (missing.length > 0)
    throw new AppError('CONFLICT', 'Every required document must be accepted before the documents are checked.', { reason: 'PAPERWORK_INCOMPLETE', details: { missing } });
  const signed = await tx.orderSignature.count({ where: { orderId } });
  if (signed === 0) throw new AppError('CONFLICT', 'The buyer has not signed the order form yet.', { reason: 'ORDER_FORM_NOT_SIGNED' });
}

/** Staff of the order's dealership move it one step (documents checked, in transit, ready, handed over). */
export async function advanceOrder(
  db: PrismaClient,
  orderId: string,
  to: OrderStatus,
  scope: StaffScope,
  provider: string,
  clock: Clock,
): Promise<LifecycleResult> {
  if (to === 'vehicle_allocated') throw new AppError('VALIDATION_FAILED', 'Allocate a car to move the order to this step.', { reason: 'USE_ALLOCATION' });
  if (to === 'handed_over') throw new AppError('VALIDATION_FAILED', 'Record the handover (mileage, keys, signature) to move the order to this step.', { reason: 'USE_HANDOVER_RECORD' });
  return db.$transaction(async (tx) => {
    const order = await lockOrder(tx, orderId, { dealershipId: scope.dealershipId });
    if (to === 'documents_checked') await assertPaperworkDone(tx, orderId, order.snapshot);
    const actor: Actor = { kind: 'staff', id: scope.userId };
    if (to === 'withdrawn') {
      // Staff record the return of a car the buyer withdrew from after handover.
      if (!order.returnRequestedAt) throw new AppError('CONFLICT', 'The buyer has not asked to return the car.', { reason: 'NO_RETURN_REQUESTED' });
      const moved = await transitionOrder(tx, { orderId, to, actor, reason: 'car returned (right of withdrawal, L221-18)', ...clock });
      if (order.stockVehicleId) await releaseVehicle(tx, order.stockVehicleId, clock.now);
      await openBalanceRefund(tx, orderId);
      return { mailIds: [moved.mailId], refund: await openRefund(tx, orderId, provider) };
    }
    const moved = await transitionOrder(tx, { orderId, to, actor, reason: `marked ${to} by the dealership`, ...clock });
    return { mailIds: [moved.mailId], refund: null };
  }, TRANSACTION_LIMITS);
}

/**
 * Allocates a stock car of the dealership matching the order's configuration (factory order), or
 * confirms the ordered car (stock order). The live-order unique index stops two orders sharing a car.
 */
export async function allocateVehicle(db: PrismaClient, orderId: string, vehicleId: string | null, scope: StaffScope, clock: Clock): Promise<LifecycleResult> {
  return db.$transaction(async (tx) => {
    const order = await lockOrder(tx, orderId, { dealershipId: scope.dealershipId });
    if (order.kind === 'factory' && vehicleId) {
      const candidates = await matchingVehicleIds(tx, order, clock.now);
      if (!candidates.includes(vehicleId))
        throw new AppError('CONFLICT', 'This car does not match the order or is no longer free.', { reason: 'VEHICLE_NOT_MATCHING' });
      const taken = await tx.stockVehicle.updateMany({ where: { id: vehicleId, status: { in: ['in_stock', 'in_transit'] } }, data: { status: 'sold' } });
      if (taken.count === 0) throw new AppError('CONFLICT', 'This car has just been taken.', { reason: 'VEHICLE_NOT_AVAILABLE' });
      await tx.order.update({ where: { id: orderId }, data: { stockVehicleId: vehicleId } });
    }
    const reason = order.kind === 'stock' ? 'ordered car confirmed' : vehicleId ? 'stock car allocated' : 'production slot allocated';
    const moved = await transitionOrder(tx, { orderId, to: 'vehicle_allocated', actor: { kind: 'staff', id: scope.userId }, reason, ...clock });
    return { mailIds: [moved.mailId], refund: null };
  }, TRANSACTION_LIMITS);
}

type Matchable = { dealershipId: string; snapshot: Prisma.JsonValue };

/** Free stock cars of the order's dealership with exactly the ordered configuration. */
export async function matchingVehicleIds(tx: Tx | PrismaClient, order: Matchable, now: Date): Promise<string[]> {
  const c = configurationOf(order.snapshot);
  if (!c) return [];
  const cars = await tx.stockVehicle.findMany({
    where: {
      dealershipId: order.dealershipId,
      status: { in: ['in_stock', 'in_transit'] },
      modelCode: c.model,
      trimCode: c.trim,
      paintCode: c.paint,
      wheelsCode: c.wheels,
      interiorCode: c.interior,
      holds: { none: { status: 'active', expiresAt: { gt: now } } },
    },
    select: { id: true, options: true, packs: true },
    take: 200,
  });
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();
  return cars.filter((car) => same(car.options, c.options) && same(car.packs, c.packs)).map((car) => car.id);
}

function configurationOf(
  snapshot: Prisma.JsonValue,
): { model: string; trim: string; paint: string; wheels: string; interior: string; options: string[]; packs: string[] } | null {
  if (typeof snapshot !== 'object' || snapshot === null || Array.isArray(snapshot)) return null;
  const c = snapshot.configuration;
  if (typeof c !== 'object' || c === null || Array.isArray(c)) return null;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return {
    model: text(c.model),
    trim: text(c.trim),
    paint: text(c.paint),
    wheels: text(c.wheels),
    interior: text(c.interior),
    options: list(c.options),
    packs: list(c.packs),
  };
}

/** Sends a refund through the gateway and records it; a failure leaves it pending for the sweep. */
export async function executeRefund(db: PrismaClient, gateway: Gateway, refund: RefundOrder): Promise<boolean> {
  try {
    const { refundRef } = await gateway.refund(refund);
    await db.payment.updateMany({ where: { id: refund.refundId, status: 'pending' }, data: { status: 'succeeded', providerRef: refundRef } });
    return true;
  } catch (error) {
    console.error('[orders] refund failed; the sweep will retry', error);
    return false;
  }
}

export async function pendingRefunds(db: PrismaClient, olderThan: Date): Promise<RefundOrder[]> {
  const rows = await db.payment.findMany({
    // The balance's refund is paid back by the dealership itself (server/balance.ts), not through the provider.
    where: { kind: 'refund', status: 'pending', provider: { not: DEALERSHIP_PROVIDER }, createdAt: { lt: olderThan } },
    select: { id: true, orderId: true, paymentIntentId: true, amountCents: true },
    take: 50,
  });
  return rows.flatMap((r) =>
    r.paymentIntentId ? [{ refundId: r.id, orderId: r.orderId, paymentIntentId: r.paymentIntentId, amountCents: r.amountCents }] : [],
  );
}
