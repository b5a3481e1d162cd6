import type { PrismaClient } from '@/generated/prisma/client';
import { AppError } from '@/lib/errors';
import { enqueueMail } from '@/lib/mail/outbox';
import { handoverMail } from '../handover-mails';
import { bookHandover, handoverOf, handoverSlots, type HandoverView } from '@/modules/test-drives/server';
import type { THandoverRecord } from '../schemas';
import { readSnapshot } from '../snapshot';
import { isLive } from '../state-machine';
import { noteText } from '../timeline-notes';
import type { StaffScope } from './lifecycle';
import type { OrderReach } from './paperwork';
import { transitionOrder } from './transition';
import { balanceOf } from './balance';

const TRANSACTION_LIMITS = { maxWait: 15_000, timeout: 15_000 };
type Clock = { now: Date; appUrl: string };
const notFound = () => new AppError('NOT_FOUND', 'No such order.', { reason: 'ORDER_NOT_FOUND' });

/** The order's handover appointment, for its buyer or its dealership's staff only (null otherwise or when none is booked). */
export async function orderHandover(db: PrismaClient, orderId: string, reach: OrderReach): Promise<HandoverView | null> {
  const order = await db.order.findFirst({ where: { id: orderId, ...reach }, select: { id: true } });
  return order ? handoverOf(db, order.id) : null;
}

/** Free slots to book or move an order's handover (staff: from now, whatever the car's planned date). */
export async function slotsForOrderHandover(db: PrismaClient, orderId: string, dealershipId: string, now: Date) {
  const order = await db.order.findFirst({ where: { id: orderId, dealershipId }, select: { id: true, handoverAppointment: { select: { id: true, status: true } } } });
  if (!order) throw notFound();
  const current = order.handoverAppointment?.status === 'booked' ? order.handoverAppointment.id : undefined;
  return handoverSlots(db, { dealershipId, earliest: now }, now, current);
}

/**
 * Staff book or move the handover of a click & collect order of their dealership, on a free slot
 * of the engine; the move is audited on the order's trail (same status, the new time as reason).
 */
export async function staffBookHandover(db: PrismaClient, orderId: string, start: Date, scope: StaffScope, clock: Clock): Promise<HandoverView & { mailId: string }> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "order" WHERE id = ${orderId} FOR UPDATE`;
    const order = await tx.order.findFirst({
      where: { id: orderId, dealershipId: scope.dealershipId },
      select: { id: true, reference: true, status: true, deliveryMode: true, buyerEmail: true, locale: true },
    });
    if (!order) throw notFound();
    if (order.deliveryMode !== 'click_collect') throw new AppError('CONFLICT', 'This order is delivered to the buyer, not collected.', { reason: 'NOT_CLICK_COLLECT' });
    if (!isLive(order.status) || order.status === 'handed_over')
      throw new AppError('CONFLICT', 'The handover of this order can no longer be booked.', { reason: 'HANDOVER_CLOSED' });
    const before = await handoverOf(tx, orderId);
    const view = await bookHandover(tx, { orderId, dealershipId: scope.dealershipId, earliest: clock.now, start, bookedBy: scope.userId }, clock.now);
    await tx.orderEvent.create({
      data: {
        orderId,
        fromStatus: order.status,
        toStatus: order.status,
        actor: scope.userId,
        reason: before ? noteText.handoverMoved(before.start, view.start) : noteText.handoverBooked(view.start),
        at: clock.now,
      },
    });
    // The buyer hears of it with the change, in the same transaction (the outbox delivers after commit).
    const mailId = await enqueueMail(
      handoverMail({ orderId, reference: order.reference, to: order.buyerEmail, locale: order.locale, start: new Date(view.start), timeZone: view.timeZone, moved: before !== null, appUrl: clock.appUrl }),
      { tx },
    );
    return { ...view, mailId };
  }, TRANSACTION_LIMITS);
}

/**
 * The handover itself: staff record the odometer, the keys given and the buyer's typed name
 * confirming receipt; this moves the order to handed_over (the state machine allows it from
 * ready only) and so starts the withdrawal period. One transaction; the transition is the audit row.
 */
export async function recordHandover(db: PrismaClient, orderId: string, record: THandoverRecord, scope: StaffScope, clock: Clock): Promise<{ mailIds: string[] }> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "order" WHERE id = ${orderId} FOR UPDATE`;
    const order = await tx.order.findFirst({ where: { id: orderId, dealershipId: scope.dealershipId }, select: { id: true, snapshot: true } });
    if (!order) throw notFound();
    // The keys go with a car that is paid for: the balance is recorded first (server/balance.ts).
    const balance = await balanceOf(tx, orderId, order.snapshot);
    if (balance.dueCents > 0 && !balance.paid) throw new AppError('CONFLICT', 'Record the balance as paid before the handover.', { reason: 'BALANCE_NOT_PAID' });
    const buyer = readSnapshot(order.snapshot).buyer;
    const moved = await transitionOrder(tx, {
      orderId,
      to: 'handed_over',
      actor: { kind: 'staff', id: scope.userId },
      reason: `handed over to ${buyer.firstName} ${buyer.lastName}: ${record.mileageKm} km, ${record.keys} key(s), received and signed "${record.signedName}"`,
      ...clock,
    });
    await tx.order.update({
      where: { id: orderId },
      data: { handoverMileageKm: record.mileageKm, handoverKeys: record.keys, handoverSignedName: record.signedName, handoverRecordedBy: scope.userId },
    });
    return { mailIds: [moved.mailId] };
  }, TRANSACTION_LIMITS);
}
