import 'server-only';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { enqueueJob, ensureQueue } from '@/lib/jobs/boss';
import { requestDelivery } from '@/lib/mail/outbox';
import { postgresFileStore } from '@/lib/storage/file-store';
import { trackJourney } from '@/modules/journey/server';
import type { PaymentSignal } from '@/modules/payments';
import { paymentsGateway } from '@/modules/payments/server';
import type { OrderStatus } from './state-machine';
import { reviewCheckout, type CheckoutSource } from './server/checkout';
import { applyPaymentSignal, startDeposit } from './server/deposit';
import {
  advanceOrder,
  allocateVehicle,
  cancelUnpaidOrder,
  dueUnpaidOrders,
  executeRefund,
  expireUnpaidOrder,
  matchingVehicleIds,
  pendingRefunds,
  requestReturn,
  withdrawOrder,
  type LifecycleResult,
  type StaffScope,
} from './server/lifecycle';
import { placeOrder, type PlaceOrderInput } from './server/place-order';
import { orderHandover, recordHandover, slotsForOrderHandover, staffBookHandover } from './server/handover';
import { buyerHandoverOptions, buyerMoveHandover } from './server/buyer-handover';
import { handoverSlots } from '@/modules/test-drives/server';
import { AppError } from '@/lib/errors';
import { homeDeliveryQuote, type HomeAddress } from './server/delivery';
import type { BalanceMethod, TCarriedFinancing, THandoverRecord } from './schemas';
import { confirmBalanceRefund, recordBalance } from './server/balance';
import { findOrder, ordersOfBuyer, ordersOfDealership } from './server/queries';
import { assertEmailVerified, buyerPrefill, collectDealerships, emailVerified, preferredDealership } from './server/buyer';
import { orderDocuments, readDocument, reviewDocument, uploadDocument, type OrderReach } from './server/paperwork';
import { orderFormFile, requestSignatureCode, signOrderForm, verifyOrderSignature } from './server/signature';
import type { DocumentKind, TReview } from './paperwork';
import { ASSIST_VALID_HOURS, signAssist, verifyAssist } from './assist';
export { verifyAssist } from './assist';

// The orders module's data-access entry point: binds the domain functions to the app's database,
// payment gateway, job queue and outbox. Pages and routes call these only.

export type { CheckoutReview, CheckoutSource } from './server/checkout';
export type { HandoverView } from '@/modules/test-drives/server';
export type { OrderDetail, OrderSummary, OrderTimelineEntry } from './server/queries';
export type { StaffScope } from './server/lifecycle';
export type { OrderDocumentView, OrderReach } from './server/paperwork';
export type { SignatureStatus } from './server/signature';
export { paperworkComplete } from './server/paperwork';

const clock = () => ({ now: new Date(), appUrl: env().APP_URL });
const kickOutbox = async (ids: readonly string[]) => {
  for (const id of ids) await requestDelivery(id);
};
const deposits = () => ({ factoryEuros: env().ORDER_DEPOSIT_FACTORY_EUR, stockEuros: env().ORDER_DEPOSIT_STOCK_EUR });

/** After a commit: deliver its e-mails, send its refund (both retried by the sweep on failure), close its payment sessions. */
async function afterCommit(result: LifecycleResult): Promise<void> {
  await kickOutbox(result.mailIds);
  if (result.refund) await executeRefund(db, paymentsGateway(), result.refund);
  for (const sessionId of result.expireSessions ?? []) {
    try {
      await paymentsGateway().expireSession(sessionId);
    } catch (error) {
      // The session still expires at its own deadline; a payment that slips through is refunded by the webhook handling.
      console.error('[orders] could not expire the checkout session', sessionId, error);
    }
  }
}

/** Journey touchpoints of an order (placed, deposit paid): read after the commit, recorded in the background, never failing the caller. */
async function journeyOfOrder(orderId: string, step: 'order' | 'deposit', assistedBy: string | null = null): Promise<void> {
  try {
    const order = await db.order.findUnique({ where: { id: orderId }, select: { buyerId: true, dealershipId: true, modelCode: true, reference: true } });
    // Started on the showroom tablet: channel showroom, done by that staff member.
    if (order) trackJourney({ channel: assistedBy ? 'showroom' : 'web', step, userId: order.buyerId, dealershipId: order.dealershipId, modelCode: order.modelCode, subjectRef: order.reference, staffUserId: assistedBy });
  } catch (error) {
    console.error('[orders] journey event not recorded', error);
  }
}

async function journeyOfPayment(paymentId: string): Promise<void> {
  const payment = await db.payment.findUnique({ where: { id: paymentId }, select: { orderId: true } }).catch(() => null);
  if (payment) await journeyOfOrder(payment.orderId, 'deposit');
}

/**
 * The tablet starts an order for a customer: the orders module's own checks run for that customer
 * (the saved configuration exists and can be ordered; the stock car is free or held by them, and
 * it stands at the staff member's dealership), then the checkout link the customer opens on their
 * own device to accept and place it, signed with the staff member (channel showroom).
 */
export async function prepareAssistedCheckout(staff: StaffScope, customerId: string, source: CheckoutSource): Promise<{ path: string; expiresAt: Date }> {
  const review = await reviewOrder(source, customerId);
  // Another dealership's car reads like an unknown one.
  if (review.vehicle && review.vehicle.dealershipId !== staff.dealershipId) throw new AppError('NOT_FOUND', 'No such vehicle.', { reason: 'VEHICLE_NOT_FOUND' });
  const expiresAt = new Date(Date.now() + ASSIST_VALID_HOURS * 3_600_000);
  const token = signAssist(env().BETTER_AUTH_SECRET, { customerId, staffUserId: staff.userId, dealershipId: staff.dealershipId, source, expiresAt });
  const query = source.kind === 'stock' ? `vehicle=${encodeURIComponent(source.vehicleId)}` : `config=${source.savedCode}`;
  return { path: `/checkout?${query}&assist=${token}`, expiresAt };
}

export const reviewOrder = (source: CheckoutSource, buyerId: string, carried: TCarriedFinancing | null = null) =>
  reviewCheckout(db, source, buyerId, new Date(), deposits(), carried);

/** Free handover slots for this checkout: at the car's dealership (stock) or the chosen one, from the day the car can be ready. */
export async function checkoutHandoverSlots(source: CheckoutSource, dealershipId: string, buyerId: string) {
  const review = await reviewOrder(source, buyerId);
  return handoverSlots(db, { dealershipId: review.fixedDealershipId ?? dealershipId, earliest: review.readyFrom }, new Date());
}

/** The home-delivery fee of this checkout to an address, and the total with it (the same computation as placing the order). */
export async function checkoutDeliveryQuote(source: CheckoutSource, dealershipId: string, address: HomeAddress, buyerId: string) {
  const review = await reviewOrder(source, buyerId);
  const dealership = await db.dealership.findUnique({ where: { id: review.fixedDealershipId ?? dealershipId }, select: { lat: true, lon: true } });
  if (!dealership) throw new AppError('VALIDATION_FAILED', 'Unknown dealership.', { reason: 'DEALERSHIP_NOT_FOUND' });
  const quote = await homeDeliveryQuote(dealership, address);
  return { roadKm: quote.roadKm, feeCents: quote.feeCents, totalCents: review.price.totalCents + quote.feeCents };
}
export const handoverOfOrder = (orderId: string, reach: OrderReach) => orderHandover(db, orderId, reach);
export const staffHandoverSlots = (orderId: string, scope: StaffScope) => slotsForOrderHandover(db, orderId, scope.dealershipId, new Date());
export async function staffMoveHandover(orderId: string, start: Date, scope: StaffScope) {
  const { mailId, ...view } = await staffBookHandover(db, orderId, start, scope, clock());
  await kickOutbox([mailId]);
  return view;
}
/** The buyer's own handover move: the slots offered (or why not), and the move itself. */
export const buyerHandoverSlots = (orderId: string, buyerId: string) => buyerHandoverOptions(db, orderId, buyerId, new Date());
export async function buyerMovesHandover(orderId: string, start: Date, buyerId: string) {
  const { mailId, ...view } = await buyerMoveHandover(db, orderId, start, buyerId, clock());
  await kickOutbox([mailId]);
  return view;
}
export const staffRecordBalance = async (orderId: string, method: BalanceMethod, scope: StaffScope) => kickOutbox((await recordBalance(db, orderId, method, scope, clock())).mailIds);
export const staffConfirmBalanceRefund = async (orderId: string, scope: StaffScope) => kickOutbox((await confirmBalanceRefund(db, orderId, scope, clock())).mailIds);
export const staffRecordHandover = async (orderId: string, record: THandoverRecord, scope: StaffScope) =>
  afterCommit({ ...(await recordHandover(db, orderId, record, scope, clock())), refund: null });

// The checkout page's reads (routes stay thin).
export const checkoutDealerships = () => collectDealerships(db);
export const checkoutPrefill = (buyerId: string, name: string) => buyerPrefill(db, buyerId, name);
export const checkoutPreferredDealership = (buyerId: string) => preferredDealership(db, buyerId);
export const buyerEmailVerified = (buyerId: string) => emailVerified(db, buyerId);

/** `assist`: the showroom checkout link's token (see ../assist.ts); one that does not verify is ignored. */
export async function placeBuyerOrder(input: Omit<PlaceOrderInput, 'now' | 'appUrl' | 'deposits' | 'assistedBy'>, assist: string | null = null) {
  await assertEmailVerified(db, input.buyer.id);
  const assistedBy = assist ? verifyAssist(env().BETTER_AUTH_SECRET, assist, input.buyer.id, input.source, new Date()) : null;
  const placed = await placeOrder(db, { ...input, ...clock(), deposits: deposits(), assistedBy });
  await kickOutbox([placed.mailId]);
  void journeyOfOrder(placed.id, 'order', assistedBy?.staffUserId ?? null);
  try {
    await enqueueJob('orders.payment-deadline', { id: placed.id }, { startAfter: placed.paymentDueAt, singletonKey: placed.id });
  } catch (error) {
    console.error('[orders] could not schedule the payment deadline; the sweep will handle it', error);
  }
  return placed;
}

export const payDeposit = (orderId: string, buyerId: string) => startDeposit(db, paymentsGateway(), { orderId, buyerId, ...clock() });

export async function receivePaymentSignal(signal: PaymentSignal) {
  const result = await applyPaymentSignal(db, signal, { ...clock(), provider: paymentsGateway().provider });
  await afterCommit({ mailIds: result.mailIds, refund: result.refund ?? null });
  if (result.outcome === 'confirmed' && signal.paymentId) void journeyOfPayment(signal.paymentId);
  return result.outcome;
}

export const buyerOrders = (buyerId: string) => ordersOfBuyer(db, buyerId);
export const buyerOrder = (orderId: string, buyerId: string) => findOrder(db, orderId, { buyerId });
export const dealershipOrders = (dealershipId: string) => ordersOfDealership(db, dealershipId);
export const dealershipOrder = (orderId: string, dealershipId: string) => findOrder(db, orderId, { dealershipId });

export async function matchingStock(orderId: string, dealershipId: string) {
  const order = await db.order.findFirst({ where: { id: orderId, dealershipId }, select: { dealershipId: true, snapshot: true } });
  if (!order) return [];
  const ids = await matchingVehicleIds(db, order, new Date());
  return db.stockVehicle.findMany({ where: { id: { in: ids } }, select: { id: true, vin: true, status: true, arrivesOn: true }, take: 20 });
}

export const cancelOrder = async (orderId: string, buyerId: string) => afterCommit(await cancelUnpaidOrder(db, orderId, buyerId, clock()));
export const withdrawFromOrder = async (orderId: string, buyerId: string) =>
  afterCommit(await withdrawOrder(db, orderId, buyerId, paymentsGateway().provider, clock()));
export const askReturn = async (orderId: string, buyerId: string) => afterCommit(await requestReturn(db, orderId, buyerId, clock()));
export const staffAdvance = async (orderId: string, to: OrderStatus, scope: StaffScope) =>
  afterCommit(await advanceOrder(db, orderId, to, scope, paymentsGateway().provider, clock()));
export const staffAllocate = async (orderId: string, vehicleId: string | null, scope: StaffScope) =>
  afterCommit(await allocateVehicle(db, orderId, vehicleId, scope, clock()));

/** The test-payment page's data (test provider only): the deposit behind a session of this buyer. */
export async function testPaymentSession(sessionId: string, buyerId: string) {
  return db.payment.findFirst({
    where: { providerRef: sessionId, provider: 'test', kind: 'deposit', order: { buyerId } },
    select: { id: true, status: true, amountCents: true, orderId: true, order: { select: { reference: true } } },
  });
}

export async function startOrderWorkers(): Promise<void> {
  const boss = await ensureQueue('orders.payment-deadline');
  await boss.work<{ id: string }>('orders.payment-deadline', { pollingIntervalSeconds: 5 }, async (jobs) => {
    for (const job of jobs) await afterCommit(await expireUnpaidOrder(db, job.data.id, clock()));
  });
  await ensureQueue('orders.sweep');
  await boss.schedule('orders.sweep', '* * * * *', {}, { tz: 'Europe/Paris' });
  await boss.work('orders.sweep', async () => {
    for (const id of await dueUnpaidOrders(db, new Date())) await afterCommit(await expireUnpaidOrder(db, id, clock()));
    for (const refund of await pendingRefunds(db, new Date(Date.now() - 60_000))) await executeRefund(db, paymentsGateway(), refund);
  });
}

// Paperwork: uploads in the database file store (every instance reaches it), reviews, the order form and its signature.
const fileStore = () => postgresFileStore(db);
const signatureContext = () => ({ ...clock(), secret: env().BETTER_AUTH_SECRET });

export const uploadBuyerDocument = (input: { orderId: string; buyerId: string; kind: DocumentKind; iban?: string; bytes: Uint8Array }) =>
  uploadDocument(db, fileStore(), { ...input, now: new Date() });

export async function reviewOrderDocument(orderId: string, documentId: string, review: TReview, scope: StaffScope): Promise<void> {
  const { mailId } = await reviewDocument(db, { orderId, documentId, review, dealershipId: scope.dealershipId, staffId: scope.userId, ...clock() });
  await kickOutbox([mailId]);
}

export const documentsOfOrder = (orderId: string, reach: OrderReach) => orderDocuments(db, orderId, reach);
export const downloadOrderDocument = (orderId: string, documentId: string, reach: OrderReach) => readDocument(db, fileStore(), orderId, documentId, reach);
export const orderForm = (orderId: string, reach: OrderReach) => orderFormFile(db, fileStore(), orderId, reach, env().APP_URL);
export const orderSignature = (orderId: string, reach: OrderReach) => verifyOrderSignature(db, fileStore(), orderId, reach);

export async function askSignatureCode(orderId: string, buyerId: string, typedName: string) {
  const { mailId, expiresAt } = await requestSignatureCode(db, { orderId, buyerId, typedName }, signatureContext());
  await kickOutbox([mailId]);
  return { expiresAt };
}

export const signOrder = (input: { orderId: string; buyerId: string; code: string; clientAddress: string; userAgent: string | null }) =>
  signOrderForm(db, fileStore(), input, signatureContext());

/** Whose orders a signed-in viewer reaches: a buyer their own, dealer staff their dealership's; nobody else any. */
export function reachOf(viewer: { id: string; role: string; dealershipId: string | null }): OrderReach | null {
  if (viewer.role === 'customer') return { buyerId: viewer.id };
  if ((viewer.role === 'dealer_staff' || viewer.role === 'dealer_manager') && viewer.dealershipId) return { dealershipId: viewer.dealershipId };
  return null;
}

/** The byte-level type check of uploads (PDF, JPEG, PNG; size bounded), for other uploads held to the same rule (chat attachments). */
export { detectUploadType } from './server/paperwork';
