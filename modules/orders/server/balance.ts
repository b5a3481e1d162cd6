import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import { classifyDbError } from '@/lib/db-errors';
import { AppError } from '@/lib/errors';
import { enqueueMail } from '@/lib/mail/outbox';
import { balancePayable, DEALERSHIP_PROVIDER } from '../balance';
import { balanceMail } from '../balance-mails';
import type { BalanceMethod } from '../schemas';
import { balanceDueOf, readSnapshot } from '../snapshot';
import { noteText } from '../timeline-notes';
import type { StaffScope } from './lifecycle';

const TRANSACTION_LIMITS = { maxWait: 15_000, timeout: 15_000 };
type Tx = Prisma.TransactionClient;
type Clock = { now: Date; appUrl: string };


const notFound = () => new AppError('NOT_FOUND', 'No such order.', { reason: 'ORDER_NOT_FOUND' });
const alreadyPaid = (cause?: unknown) => new AppError('CONFLICT', 'The balance of this order is already recorded.', { reason: 'BALANCE_ALREADY_PAID', cause });

/** What is left to pay on the order (its snapshot's figure, computed when it was placed) and whether it is recorded as paid. */
export async function balanceOf(client: Tx | PrismaClient, orderId: string, snapshot: Prisma.JsonValue): Promise<{ dueCents: number; paid: boolean }> {
  const dueCents = balanceDueOf(readSnapshot(snapshot));
  const paid = (await client.payment.count({ where: { orderId, kind: 'balance', status: 'succeeded' } })) > 0;
  return { dueCents, paid };
}

/**
 * Staff of the order's dealership record the balance as received (its amount is the order's, never
 * typed); the buyer gets a receipt. Once per order: checked under the order's lock and held by the
 * partial unique index payment_one_balance_per_order.
 */
export async function recordBalance(db: PrismaClient, orderId: string, method: BalanceMethod, scope: StaffScope, clock: Clock): Promise<{ mailIds: string[] }> {
  try {
    return await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "order" WHERE id = ${orderId} FOR UPDATE`;
      const order = await tx.order.findFirst({
        where: { id: orderId, dealershipId: scope.dealershipId },
        select: { id: true, status: true, reference: true, buyerEmail: true, locale: true, snapshot: true },
      });
      if (!order) throw notFound();
      if (!balancePayable(order.status)) throw new AppError('CONFLICT', 'The balance is recorded between the deposit and the handover.', { reason: 'BALANCE_NOT_PAYABLE' });
      const balance = await balanceOf(tx, orderId, order.snapshot);
      if (balance.paid) throw alreadyPaid();
      if (balance.dueCents <= 0) throw new AppError('CONFLICT', 'Nothing is left to pay on this order.', { reason: 'NO_BALANCE_DUE' });
      await tx.payment.create({
        data: { orderId, kind: 'balance', provider: DEALERSHIP_PROVIDER, method, recordedBy: scope.userId, amountCents: balance.dueCents, status: 'succeeded' },
      });
      await tx.orderEvent.create({
        data: { orderId, fromStatus: order.status, toStatus: order.status, actor: scope.userId, reason: noteText.balanceReceived(method), at: clock.now },
      });
      const mail = balanceMail({ orderId, reference: order.reference, to: order.buyerEmail, locale: order.locale, amountCents: balance.dueCents, method, appUrl: clock.appUrl, refunded: false });
      return { mailIds: [await enqueueMail(mail, { tx })] };
    }, TRANSACTION_LIMITS);
  } catch (error) {
    if (!(error instanceof AppError) && classifyDbError(error) === 'unique') throw alreadyPaid(error);
    throw error;
  }
}

/**
 * When a car returned after a withdrawal is recorded: the balance received is to be paid back by
 * the dealership (outside the payment provider), pending until staff confirm it was (L221-24).
 */
export async function openBalanceRefund(tx: Tx, orderId: string): Promise<void> {
  const paid = await tx.payment.findFirst({ where: { orderId, kind: 'balance', status: 'succeeded' }, select: { amountCents: true, method: true } });
  if (!paid) return;
  const existing = await tx.payment.count({ where: { orderId, kind: 'refund', provider: DEALERSHIP_PROVIDER } });
  if (existing > 0) return;
  // Paid back the way it came (a balance of unknown method, recorded by the backfill, stays unknown).
  await tx.payment.create({ data: { orderId, kind: 'refund', provider: DEALERSHIP_PROVIDER, method: paid.method, amountCents: paid.amountCents, status: 'pending' } });
}

/** Staff confirm the balance was paid back; the buyer is told. Once: the pending refund is claimed by a conditional update. */
export async function confirmBalanceRefund(db: PrismaClient, orderId: string, scope: StaffScope, clock: Clock): Promise<{ mailIds: string[] }> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "order" WHERE id = ${orderId} FOR UPDATE`;
    const order = await tx.order.findFirst({ where: { id: orderId, dealershipId: scope.dealershipId }, select: { status: true, reference: true, buyerEmail: true, locale: true } });
    if (!order) throw notFound();
    const refund = await tx.payment.findFirst({ where: { orderId, kind: 'refund', provider: DEALERSHIP_PROVIDER, status: 'pending' }, select: { id: true, amountCents: true, method: true } });
    if (!refund) throw new AppError('CONFLICT', 'No balance is waiting to be paid back on this order.', { reason: 'NO_BALANCE_REFUND' });
    const claimed = await tx.payment.updateMany({ where: { id: refund.id, status: 'pending' }, data: { status: 'succeeded', recordedBy: scope.userId } });
    if (claimed.count === 0) throw new AppError('CONFLICT', 'No balance is waiting to be paid back on this order.', { reason: 'NO_BALANCE_REFUND' });
    const method = refund.method as BalanceMethod | null;
    await tx.orderEvent.create({
      data: { orderId, fromStatus: order.status, toStatus: order.status, actor: scope.userId, reason: noteText.balanceRefunded(method), at: clock.now },
    });
    const mail = balanceMail({ orderId, reference: order.reference, to: order.buyerEmail, locale: order.locale, amountCents: refund.amountCents, method, appUrl: clock.appUrl, refunded: true });
    return { mailIds: [await enqueueMail(mail, { tx })] };
  }, TRANSACTION_LIMITS);
}
