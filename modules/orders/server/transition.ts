import type { Prisma } from '@/generated/prisma/client';
import { enqueueMail } from '@/lib/mail/outbox';
import { AppError } from '@/lib/errors';
import { orderStepMail } from '../mails';
import { readSnapshot } from '../snapshot';
import { checkTransition, type ActorKind, type OrderStatus } from '../state-machine';
import { refundDueBy, withdrawalDeadline } from '../withdrawal';

export type Actor = { kind: ActorKind; id: string };
export type TransitionInput = { orderId: string; to: OrderStatus; actor: Actor; reason: string; now: Date; appUrl: string };
export type TransitionResult = { from: OrderStatus; to: OrderStatus; mailId: string };

type Tx = Prisma.TransactionClient;

/**
 * The one way an order changes status: inside the caller's transaction, lock the order row, ask
 * the state machine, write the status, its audit row and the buyer's e-mail. A refused step is a
 * 409 naming the reason; nothing is written.
 */
export async function transitionOrder(tx: Tx, input: TransitionInput): Promise<TransitionResult> {
  const rows = await tx.$queryRaw<
    { status: OrderStatus; kind: 'factory' | 'stock' }[]
  >`SELECT status, kind FROM "order" WHERE id = ${input.orderId} FOR UPDATE`;
  const current = rows[0];
  if (!current) throw new AppError('NOT_FOUND', 'No such order.', { reason: 'ORDER_NOT_FOUND' });
  const check = checkTransition({ kind: current.kind, from: current.status, to: input.to, by: input.actor.kind });
  if (!check.ok) throw new AppError('CONFLICT', check.message, { reason: `ORDER_${check.reason}`, details: { from: current.status, to: input.to } });

  const stamps: Prisma.OrderUpdateInput = {};
  if (input.to === 'deposit_paid') stamps.depositPaidAt = input.now;
  if (input.to === 'handed_over') {
    stamps.handedOverAt = input.now;
    stamps.withdrawalEndsAt = withdrawalDeadline(input.now);
  }
  const order = await tx.order.update({
    where: { id: input.orderId },
    data: { status: input.to, version: { increment: 1 }, ...stamps },
    select: { id: true, reference: true, buyerEmail: true, locale: true, withdrawalEndsAt: true, snapshot: true },
  });
  await tx.orderEvent.create({
    data: { orderId: order.id, fromStatus: current.status, toStatus: input.to, actor: input.actor.id, reason: input.reason, at: input.now },
  });
  const mailId = await enqueueMail(
    orderStepMail({
      orderId: order.id,
      reference: order.reference,
      to: order.buyerEmail,
      locale: order.locale,
      status: input.to,
      reason: input.reason,
      appUrl: input.appUrl,
      withdrawalEndsAt: order.withdrawalEndsAt,
      refundBy: input.to === 'withdrawn' ? refundDueBy(input.now) : null,
      car: readSnapshot(order.snapshot).configuration,
    }),
    { tx },
  );
  return { from: current.status, to: input.to, mailId };
}
