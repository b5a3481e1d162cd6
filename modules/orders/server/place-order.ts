import type { PrismaClient } from '@/generated/prisma/client';
import { classifyDbError } from '@/lib/db-errors';
import { AppError } from '@/lib/errors';
import { enqueueMail } from '@/lib/mail/outbox';
import { generateShortCode } from '@/modules/catalog/server';
import type { DepositSettings } from '../deposit';
import { paymentDueAt } from '../deposit';
import { orderStepMail } from '../mails';
import type { TCarriedFinancing, TDeliveryChoice } from '../schemas';
import { noteText } from '../timeline-notes';
import { buildSnapshot, type BuyerDetails, type DealershipSnapshot, type DeliverySnapshot, type FinancingChoice } from '../snapshot';
import { reviewCheckout, type CheckoutSource } from './checkout';
import { homeDeliveryQuote } from './delivery';

export type PlaceOrderInput = {
  buyer: { id: string; email: string; locale: string };
  source: CheckoutSource;
  /** click & collect dealership, for a factory order (a stock car is collected where it stands) */
  dealershipId: string | null;
  details: BuyerDetails;
  financing: FinancingChoice;
  /** the financing chosen on /financing (recomputed here) */
  carried?: TCarriedFinancing | null;
  /** click & collect with a handover slot, or home delivery; absent: click & collect, the dealership books the handover later */
  delivery?: TDeliveryChoice;
  now: Date;
  appUrl: string;
  deposits?: DepositSettings;
  /** started for the customer on the showroom tablet by this staff member (a verified checkout link) */
  assistedBy?: { staffUserId: string } | null;
  /** the total the buyer was shown (the price is locked at what they saw; null: not checked) */
  expectedTotalCents?: number | null;
};

export type PlacedOrder = { id: string; reference: string; paymentDueAt: Date; mailId: string };

/** On the embedded database transactions run one at a time: a burst of orders queues. */
const TRANSACTION_LIMITS = { maxWait: 15_000, timeout: 15_000 };

/**
 * Places an order: prices recomputed, snapshot stored, audit row and e-mail written, and for a
 * stock car the car reserved, all in one transaction. Two tabs or two buyers on one stock car get
 * exactly one order: the conditional update of the car and the partial unique index
 * order_one_live_per_vehicle both refuse the second.
 */
export async function placeOrder(db: PrismaClient, input: PlaceOrderInput): Promise<PlacedOrder> {
  const review = await reviewCheckout(db, input.source, input.buyer.id, input.now, input.deposits, input.carried ?? null);
  // The price is locked at what the buyer saw: a catalogue or tax change since the page was shown is said, not charged.
  if (input.expectedTotalCents != null && input.expectedTotalCents !== review.price.totalCents)
    throw new AppError('CONFLICT', 'The price changed since the checkout was shown.', { reason: 'PRICE_CHANGED', details: { totalCents: review.price.totalCents } });
  const dealershipId = review.fixedDealershipId ?? input.dealershipId;
  if (!dealershipId) throw new AppError('VALIDATION_FAILED', 'Choose the dealership where you collect the car.', { reason: 'DEALERSHIP_REQUIRED' });
  const row = await db.dealership.findUnique({
    where: { id: dealershipId },
    select: { id: true, name: true, street: true, postalCode: true, city: true, lat: true, lon: true },
  });
  if (!row) throw new AppError('VALIDATION_FAILED', 'Unknown dealership.', { reason: 'DEALERSHIP_NOT_FOUND' });
  const dealership: DealershipSnapshot = { id: row.id, name: row.name, street: row.street, postalCode: row.postalCode, city: row.city };
  const delivery = await deliveryOf(input, dealership, row);
  const handoverStart = input.delivery?.mode === 'click_collect' ? new Date(input.delivery.handoverStart) : null;
  const snapshot = buildSnapshot({
    kind: review.kind,
    modelName: review.modelName,
    configuration: review.configuration,
    price: review.price,
    savedCode: input.source.kind === 'factory' ? input.source.savedCode : null,
    vehicle: review.vehicle ? { id: review.vehicle.id, vin: review.vehicle.vin } : null,
    depositCents: review.depositCents,
    household: review.household,
    financing: review.financingOffers[input.financing],
    tradeIn: review.tradeIn,
    delivery,
    dealership,
    buyer: { ...input.details, email: input.buyer.email },
    acceptedAt: input.now,
  });
  const dueAt = paymentDueAt(input.now);
  try {
    return await db.$transaction(async (tx) => {
      if (review.vehicle) {
        const taken = await tx.stockVehicle.updateMany({
          where: { id: review.vehicle.id, status: { in: ['in_stock', 'in_transit'] } },
          data: { status: 'reserved' },
        });
        if (taken.count === 0) throw vehicleTaken();
        const heldByOther = await tx.vehicleHold.count({
          where: { vehicleId: review.vehicle.id, status: 'active', expiresAt: { gt: input.now }, holderId: { not: input.buyer.id } },
        });
        if (heldByOther > 0) throw new AppError('CONFLICT', 'Another buyer is holding this car.', { reason: 'VEHICLE_ALREADY_HELD' });
        // The buyer's hold has done its job: the order now owns the car.
        await tx.vehicleHold.updateMany({ where: { vehicleId: review.vehicle.id, status: 'active' }, data: { status: 'released', endedAt: input.now } });
      }
      if (snapshot.savedCode) {
        const waiting = await unpaidOrderOf(tx, input.buyer.id, snapshot.savedCode);
        if (waiting) throw alreadyPlaced(waiting);
      }
      const order = await tx.order.create({
        data: {
          reference: generateShortCode(),
          buyerId: input.buyer.id,
          dealershipId,
          kind: review.kind,
          stockVehicleId: review.vehicle?.id ?? null,
          modelCode: review.configuration.model,
          trimCode: review.configuration.trim,
          totalCents: snapshot.totalCents,
          depositCents: review.depositCents,
          deliveryMode: delivery.mode,
          snapshot,
          buyerEmail: input.buyer.email,
          locale: input.buyer.locale === 'en' ? 'en' : 'fr',
          paymentDueAt: dueAt,
        },
        select: { id: true, reference: true, buyerEmail: true, locale: true },
      });
      await tx.orderEvent.create({
        data: {
          orderId: order.id,
          fromStatus: null,
          toStatus: 'awaiting_payment',
          actor: input.buyer.id,
          // The buyer placed it (their acceptance); the salesperson who started it in the showroom is kept beside.
          reason: input.assistedBy ? `order placed; started in the showroom by ${input.assistedBy.staffUserId}` : 'order placed',
          at: input.now,
        },
      });
      // The handover slot is booked with the order, or neither is (a slot taken meanwhile is a 409, nothing written).
      if (handoverStart) {
        const { bookHandover } = await testDrives();
        const handover = await bookHandover(tx, { orderId: order.id, dealershipId, earliest: review.readyFrom, start: handoverStart, bookedBy: input.buyer.id }, input.now);
        // The appointment is a step of its own on the order's timeline (same status, a note).
        await tx.orderEvent.create({
          data: { orderId: order.id, fromStatus: 'awaiting_payment', toStatus: 'awaiting_payment', actor: input.buyer.id, reason: noteText.handoverBookedAtCheckout(handover.start), at: input.now },
        });
      }
      const mailId = await enqueueMail(
        orderStepMail({
          orderId: order.id,
          reference: order.reference,
          to: order.buyerEmail,
          locale: order.locale,
          status: 'awaiting_payment',
          reason: 'order placed',
          appUrl: input.appUrl,
          car: snapshot.configuration,
        }),
        { tx },
      );
      return { id: order.id, reference: order.reference, paymentDueAt: dueAt, mailId };
    }, TRANSACTION_LIMITS);
  } catch (error) {
    // The only unique index a stock order can hit besides the 8-character reference (31^8 codes).
    if (review.vehicle && !(error instanceof AppError) && classifyDbError(error) === 'unique') throw vehicleTaken(error);
    // A second tab's order of the same configuration committed first (order_one_unpaid_per_configuration).
    if (snapshot.savedCode && !(error instanceof AppError) && classifyDbError(error) === 'unique') {
      const waiting = await unpaidOrderOf(db, input.buyer.id, snapshot.savedCode);
      if (waiting) throw alreadyPlaced(waiting, error);
    }
    throw error;
  }
}

type OrderReader = Pick<PrismaClient, 'order'>;

/** The buyer's order of this saved configuration still waiting for its deposit, if any. */
function unpaidOrderOf(db: OrderReader, buyerId: string, savedCode: string) {
  return db.order.findFirst({ where: { buyerId, kind: 'factory', status: 'awaiting_payment', snapshot: { path: ['savedCode'], equals: savedCode } }, select: { id: true, reference: true } });
}

/** Coming back to the checkout (Back, a second tab) finds the order already placed, not a second one. */
function alreadyPlaced(order: { id: string; reference: string }, cause?: unknown): AppError {
  return new AppError('CONFLICT', `This configuration is already ordered and waits for its deposit (${order.reference}).`, { reason: 'ORDER_ALREADY_PLACED', details: { orderId: order.id, reference: order.reference }, cause });
}

/**
 * The slot engine's server entry, loaded when a handover is booked: that entry also carries the
 * dealer back-office's Next.js page helpers, which a script placing orders outside Next (the
 * webhook benchmark's child) cannot load.
 */
export const testDrives = () => import('@/modules/test-drives/server');

function vehicleTaken(cause?: unknown): AppError {
  return new AppError('CONFLICT', 'This car has just been ordered by someone else.', { reason: 'VEHICLE_NOT_AVAILABLE', cause });
}

/** Click & collect (with the chosen slot) or home delivery, its fee by road distance from the dealership (422 beyond the last band). */
async function deliveryOf(input: PlaceOrderInput, dealership: DealershipSnapshot, position: { lat: number; lon: number }): Promise<DeliverySnapshot> {
  if (!input.delivery) return { mode: 'click_collect', dealership, handover: null };
  if (input.delivery.mode === 'click_collect') {
    const { HANDOVER_MINUTES } = await testDrives();
    const start = new Date(input.delivery.handoverStart);
    return { mode: 'click_collect', dealership, handover: { start: start.toISOString(), end: new Date(start.getTime() + HANDOVER_MINUTES * 60_000).toISOString() } };
  }
  const quote = await homeDeliveryQuote(position, { street: input.details.street, postalCode: input.details.postalCode, city: input.details.city });
  // The buyer agrees to the total they saw: a fee computed for another address is not charged silently.
  if (quote.feeCents !== input.delivery.feeCents)
    throw new AppError('CONFLICT', 'The delivery fee for this address differs from the one shown.', { reason: 'DELIVERY_FEE_CHANGED', details: { feeCents: quote.feeCents, roadKm: quote.roadKm } });
  return { mode: 'home', dealership, address: quote.address, roadKm: quote.roadKm, feeCents: quote.feeCents, feeSource: quote.source };
}
