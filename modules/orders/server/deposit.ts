import type { PrismaClient } from '@/generated/prisma/client';
import { AppError } from '@/lib/errors';
import { nextPaymentStatus, type PaymentSignal } from '@/modules/payments';
import type { Gateway } from '@/modules/payments/server';
import { transitionOrder } from './transition';

const TRANSACTION_LIMITS = { maxWait: 15_000, timeout: 15_000 };

export type DepositStart = { paymentId: string; url: string };

/**
 * Opens (or reopens) the deposit payment of the buyer's order. One pending deposit per order
 * (partial unique index payment_one_open_deposit) and an idempotent session per payment row: a
 * double click, two tabs or a retry after a crash all land on the same session.
 */
export async function startDeposit(
  db: PrismaClient,
  gateway: Gateway,
  input: { orderId: string; buyerId: string; now: Date; appUrl: string },
): Promise<DepositStart> {
  const payment = await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "order" WHERE id = ${input.orderId} AND "buyerId" = ${input.buyerId} FOR UPDATE`;
    if (rows.length === 0) throw new AppError('NOT_FOUND', 'No such order.', { reason: 'ORDER_NOT_FOUND' });
    const order = await tx.order.findUniqueOrThrow({
      where: { id: input.orderId },
      select: { status: true, paymentDueAt: true, depositCents: true, reference: true, locale: true, snapshot: true },
    });
    if (order.status !== 'awaiting_payment') throw new AppError('CONFLICT', 'The deposit of this order is already settled.', { reason: 'DEPOSIT_NOT_DUE' });
    if (order.paymentDueAt.getTime() <= input.now.getTime())
      throw new AppError('CONFLICT', 'The time to pay the deposit is over.', { reason: 'PAYMENT_WINDOW_CLOSED' });
    const open = await tx.payment.findFirst({ where: { orderId: input.orderId, kind: 'deposit', status: 'pending' }, select: { id: true, checkoutUrl: true } });
    const row =
      open ??
      (await tx.payment.create({
        data: { orderId: input.orderId, kind: 'deposit', provider: gateway.provider, amountCents: order.depositCents },
        select: { id: true, checkoutUrl: true },
      }));
    return { ...row, order };
  }, TRANSACTION_LIMITS);
  if (payment.checkoutUrl) return { paymentId: payment.id, url: payment.checkoutUrl };
  const locale = payment.order.locale === 'en' ? 'en' : 'fr';
  const session = await gateway.createDepositSession({
    paymentId: payment.id,
    orderId: input.orderId,
    reference: payment.order.reference,
    amountCents: payment.order.depositCents,
    description: locale === 'fr' ? `Acompte, commande Virage ${payment.order.reference}` : `Deposit, Virage order ${payment.order.reference}`,
    successUrl: new URL(`/orders/${input.orderId}?paid=1`, input.appUrl).toString(),
    cancelUrl: new URL(`/orders/${input.orderId}`, input.appUrl).toString(),
    expiresAt: payment.order.paymentDueAt,
    locale,
  });
  await db.payment.updateMany({ where: { id: payment.id, checkoutUrl: null }, data: { providerRef: session.sessionId, checkoutUrl: session.url } });
  return { paymentId: payment.id, url: session.url };
}

export type SignalResult = {
  outcome: 'duplicate' | 'ignored' | 'confirmed' | 'recorded' | 'refund-needed';
  mailIds: string[];
  refund?: { refundId: string; orderId: string; paymentIntentId: string; amountCents: number };
};

/**
 * Applies one verified webhook event, once: the event id is stored first (primary key), so the
 * same event delivered again changes nothing. The payment moves only forward (signals.ts) and
 * the order is confirmed only on a success. A success for an order that is no longer waiting
 * (deadline passed, or a second session paid) is refunded, never kept.
 */
export async function applyPaymentSignal(
  db: PrismaClient,
  signal: PaymentSignal,
  input: { now: Date; appUrl: string; provider: string },
): Promise<SignalResult> {
  return db.$transaction(async (tx) => {
    const inserted = await tx.paymentEvent.createMany({
      data: [{ id: signal.eventId, type: signal.eventType, paymentId: signal.paymentId, outcome: 'received' }],
      skipDuplicates: true,
    });
    if (inserted.count === 0) return { outcome: 'duplicate', mailIds: [] };
    const finish = async (result: SignalResult, note: string): Promise<SignalResult> => {
      await tx.paymentEvent.update({ where: { id: signal.eventId }, data: { outcome: note } });
      return result;
    };
    if (!signal.outcome) return finish({ outcome: 'ignored', mailIds: [] }, 'ignored:type');
    const paymentId =
      signal.paymentId ??
      (signal.sessionId ? (await tx.payment.findUnique({ where: { providerRef: signal.sessionId }, select: { id: true } }))?.id : undefined);
    if (!paymentId) return finish({ outcome: 'ignored', mailIds: [] }, 'ignored:unknown-payment');
    const rows = await tx.$queryRaw<
      { id: string; status: 'pending' | 'succeeded' | 'failed' | 'expired'; orderId: string; kind: string; amountCents: number }[]
    >`SELECT id, status, "orderId", kind, "amountCents" FROM payment WHERE id = ${paymentId} FOR UPDATE`;
    const payment = rows[0];
    if (!payment || payment.kind !== 'deposit') return finish({ outcome: 'ignored', mailIds: [] }, 'ignored:unknown-payment');
    const next = nextPaymentStatus(payment.status, signal.outcome);
    if (!next) return finish({ outcome: 'ignored', mailIds: [] }, `ignored:${payment.status}-then-${signal.outcome}`);
    if (next !== 'succeeded') {
      await tx.payment.update({ where: { id: payment.id }, data: { status: next } });
      return finish({ outcome: 'recorded', mailIds: [] }, `payment:${next}`);
    }
    // Money was taken. Lock the order, then decide whether it confirms it or must go back.
    await tx.$queryRaw`SELECT id FROM "order" WHERE id = ${payment.orderId} FOR UPDATE`;
    const order = await tx.order.findUniqueOrThrow({ where: { id: payment.orderId }, select: { status: true, kind: true, stockVehicleId: true } });
    const alreadyPaid = await tx.payment.count({ where: { orderId: payment.orderId, kind: 'deposit', status: 'succeeded' } });
    const intent = signal.paymentIntentId;
    if (order.status !== 'awaiting_payment' || alreadyPaid > 0) {
      if (!intent) return finish({ outcome: 'ignored', mailIds: [] }, 'ignored:late-success-without-intent');
      // Recorded as expired (not succeeded) so the one-paid-deposit index stays true; the refund row says why.
      await tx.payment.update({ where: { id: payment.id }, data: { status: 'expired', paymentIntentId: intent } });
      const refund = await tx.payment.create({
        data: { orderId: payment.orderId, kind: 'refund', provider: input.provider, amountCents: payment.amountCents, paymentIntentId: intent },
        select: { id: true },
      });
      return finish(
        {
          outcome: 'refund-needed',
          mailIds: [],
          refund: { refundId: refund.id, orderId: payment.orderId, paymentIntentId: intent, amountCents: payment.amountCents },
        },
        'refund:late-success',
      );
    }
    await tx.payment.update({ where: { id: payment.id }, data: { status: 'succeeded', paymentIntentId: intent } });
    if (order.kind === 'stock' && order.stockVehicleId) await tx.stockVehicle.update({ where: { id: order.stockVehicleId }, data: { status: 'sold' } });
    const moved = await transitionOrder(tx, {
      orderId: payment.orderId,
      to: 'deposit_paid',
      actor: { kind: 'system', id: `stripe:${signal.eventId}` },
      reason: 'deposit received',
      now: input.now,
      appUrl: input.appUrl,
    });
    return finish({ outcome: 'confirmed', mailIds: [moved.mailId] }, 'confirmed');
  }, TRANSACTION_LIMITS);
}
