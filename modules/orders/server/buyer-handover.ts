import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import { AppError } from '@/lib/errors';
import { enqueueMail } from '@/lib/mail/outbox';
import { bookHandover, handoverOf, handoverSlots, type HandoverView } from '@/modules/test-drives/server';
import { handoverMail } from '../handover-mails';
import { buyerHandoverMove, type BuyerHandoverRefusal } from '../handover-move';
import { noteText } from '../timeline-notes';

const TRANSACTION_LIMITS = { maxWait: 15_000, timeout: 15_000 };
type Clock = { now: Date; appUrl: string };
type Client = PrismaClient | Prisma.TransactionClient;
const notFound = () => new AppError('NOT_FOUND', 'No such order.', { reason: 'ORDER_NOT_FOUND' });

const MESSAGES: Record<BuyerHandoverRefusal, string> = {
  NOT_CLICK_COLLECT: 'This order is delivered to you, not collected.',
  HANDOVER_CLOSED: 'The handover of this order can no longer be moved.',
  HANDOVER_NOT_BOOKED: 'No handover appointment to move: the dealership will set it with you.',
  HANDOVER_TOO_CLOSE: 'The appointment is too close to be moved online: call the dealership.',
};

/** The order (its buyer's only) and whether its handover may be moved now, with the appointment. */
async function moveFacts(client: Client, orderId: string, buyerId: string, now: Date) {
  const order = await client.order.findFirst({
    where: { id: orderId, buyerId },
    select: { id: true, reference: true, status: true, deliveryMode: true, dealershipId: true, buyerEmail: true, locale: true, handoverRecordedBy: true },
  });
  if (!order) throw notFound();
  const current = await handoverOf(client, order.id);
  const rule = buyerHandoverMove(
    { status: order.status, deliveryMode: order.deliveryMode, handoverRecorded: order.handoverRecordedBy !== null, current: current ? { start: new Date(current.start), localDate: current.localDate } : null },
    now,
  );
  return { order, current, rule };
}

/** Free slots the buyer may move their handover to (same engine, their appointment left out), or why they may not. */
export async function buyerHandoverOptions(db: PrismaClient, orderId: string, buyerId: string, now: Date) {
  const { order, current, rule } = await moveFacts(db, orderId, buyerId, now);
  if (!rule.ok) return { movable: false as const, reason: rule.reason, days: [] };
  const days = await handoverSlots(db, { dealershipId: order.dealershipId, earliest: rule.earliest }, now, current?.id);
  return { movable: true as const, reason: null, days };
}

/**
 * The buyer moves their own handover to a free slot: under the order's row lock, checked by the slot
 * engine and written under the same exclusion constraints as any booking (a slot taken meanwhile is
 * SLOT_TAKEN, 409, and nothing is written); the move is a note on the order's trail and an e-mail,
 * in the same transaction.
 */
export async function buyerMoveHandover(db: PrismaClient, orderId: string, start: Date, buyerId: string, clock: Clock): Promise<HandoverView & { mailId: string }> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "order" WHERE id = ${orderId} AND "buyerId" = ${buyerId} FOR UPDATE`;
    const { order, current, rule } = await moveFacts(tx, orderId, buyerId, clock.now);
    if (!rule.ok) throw new AppError('CONFLICT', MESSAGES[rule.reason], { reason: rule.reason });
    if (current && new Date(current.start).getTime() === start.getTime())
      throw new AppError('CONFLICT', 'Your appointment is already at this time.', { reason: 'HANDOVER_SAME_SLOT' });
    const view = await bookHandover(tx, { orderId, dealershipId: order.dealershipId, earliest: rule.earliest, start, bookedBy: buyerId }, clock.now);
    await tx.orderEvent.create({
      data: { orderId, fromStatus: order.status, toStatus: order.status, actor: buyerId, reason: noteText.handoverMovedByBuyer(rule.currentStart.toISOString(), view.start), at: clock.now },
    });
    const mailId = await enqueueMail(
      handoverMail({ orderId, reference: order.reference, to: order.buyerEmail, locale: order.locale, start: new Date(view.start), timeZone: view.timeZone, moved: true, appUrl: clock.appUrl }),
      { tx },
    );
    return { ...view, mailId };
  }, TRANSACTION_LIMITS);
}
