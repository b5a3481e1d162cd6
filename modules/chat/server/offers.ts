import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Viewer } from '@/lib/session';
import { holdableVehicle, placeHold } from '@/modules/availability/server';
import { encodeConfiguration } from '@/modules/catalog';
import { computeFinancing, readFinancingParams, termsToParams } from '@/modules/finance/server';
import { buyerOrder } from '@/modules/orders/server';
import type { FinancingPayload, HoldOfferPayload, HoldPayload, OrderLinkPayload } from '../types';
import { conversationFor } from './access';
import { appendMessage } from './messages';
import { assignedAdvisor } from './rich';

/**
 * The configuration on the buyer's screen as configurator parameters, or a 409 when they are not
 * configuring a car. The path names the model (as on the configure page, the query cannot
 * override it); a bare /configure/<model> is that model's default car.
 */
function configurationOnScreen(page: string | null): URLSearchParams {
  const match = page ? /^\/configure\/([a-z0-9-]+)(?:\?(.*))?$/.exec(page) : null;
  if (!match?.[1]) throw new AppError('CONFLICT', 'The buyer has no configuration on screen.', { reason: 'NO_CONFIGURATION_ON_SCREEN' });
  const params = new URLSearchParams(match[2] ?? '');
  params.set('m', match[1]);
  return params;
}

/**
 * A financing offer for the car on the buyer's screen: the advisor picks the product, deposit and
 * duration; the finance module computes the offer from the configuration's server price exactly
 * as /financing does (the same function), and the card shows that monthly figure and opens
 * /financing with the terms actually used (a product clamps the deposit or duration).
 */
export async function offerFinancing(viewer: Viewer | null, id: string, input: { productId: string; cashDepositCents: number; durationMonths: number; text: string }, now: Date = new Date()): Promise<number> {
  const { advisor, row } = await assignedAdvisor(viewer, id);
  const read = readFinancingParams(configurationOnScreen(row.currentPage));
  if (!read) throw new AppError('CONFLICT', 'The buyer has no configuration on screen.', { reason: 'NO_CONFIGURATION_ON_SCREEN' });
  const request = { ...read.request, cashDepositCents: input.cashDepositCents, durationMonths: input.durationMonths, productIds: [input.productId], tradeIn: undefined, useTradeIn: false };
  const result = computeFinancing(request, now);
  const column = result.columns[0];
  if (!column?.ok || column.offer.kind === 'cash') throw new AppError('CONFLICT', 'This product cannot finance this car on these terms.', { reason: 'FINANCING_NOT_AVAILABLE' });
  const offer = column.offer;
  const monthlyCents = offer.kind === 'credit' ? offer.monthlyPaymentCents : offer.monthlyRentCents;
  const terms = termsToParams({ cashDepositCents: offer.cashDepositCents, durationMonths: offer.durationMonths, annualMileageKm: request.annualMileageKm, productIds: [offer.productId], household: request.household, basis: request.basis });
  const payload: FinancingPayload = {
    href: `/financing?${encodeConfiguration(result.configuration)}&${terms}`,
    productId: offer.productId,
    productName: { fr: offer.productName.fr, en: offer.productName.en },
    monthlyCents,
    months: offer.durationMonths,
    cashDepositCents: offer.cashDepositCents,
    advisorId: advisor.id,
  };
  return appendMessage(id, { authorId: advisor.id, authorRole: 'advisor', authorName: advisor.name, kind: 'financing', body: input.text, payload });
}

/** A stock car proposed to the buyer: checked holdable now (the buyer's click checks again). */
export async function offerHold(viewer: Viewer | null, id: string, input: { vehicleId: string; text: string }, now: Date = new Date()): Promise<number> {
  const { advisor } = await assignedAdvisor(viewer, id);
  const vehicle = await holdableVehicle(input.vehicleId, now);
  const payload: HoldOfferPayload = { vehicleId: vehicle.id, vin: vehicle.vin, modelCode: vehicle.modelCode, dealershipName: vehicle.dealershipName, priceCents: vehicle.priceCents, advisorId: advisor.id };
  return appendMessage(id, { authorId: advisor.id, authorRole: 'advisor', authorName: advisor.name, kind: 'hold_offer', body: input.text, payload });
}

const isHoldOffer = (payload: unknown): payload is HoldOfferPayload =>
  typeof payload === 'object' && payload !== null && typeof (payload as HoldOfferPayload).vehicleId === 'string' && typeof (payload as HoldOfferPayload).advisorId === 'string';

/**
 * The buyer accepts a hold offered in *their* conversation: the offer is looked up by (this
 * conversation, seq), so an offer from another conversation cannot be replayed here; then the
 * hold is placed by the availability module's own `placeHold` with the buyer's identity (one
 * hold per car and per buyer, sold or held cars refused), recorded as proposed by the advisor.
 */
export async function acceptHoldOffer(viewer: Viewer | null, id: string, seq: number): Promise<HoldPayload> {
  const { side } = await conversationFor(viewer, id);
  if (side !== 'buyer' || !viewer) throw new AppError('NOT_FOUND', 'No such conversation.', { reason: 'CONVERSATION_NOT_FOUND' });
  const offer = await db.chatMessage.findUnique({ where: { conversationId_seq: { conversationId: id, seq } }, select: { kind: true, payload: true } });
  if (offer?.kind !== 'hold_offer' || !isHoldOffer(offer.payload)) throw new AppError('NOT_FOUND', 'This car was not offered.', { reason: 'HOLD_NOT_OFFERED' });
  const hold = await placeHold(offer.payload.vehicleId, viewer.id, { channel: 'chat', staffUserId: offer.payload.advisorId });
  const payload: HoldPayload = { holdId: hold.id, vehicleId: hold.vehicleId, expiresAt: hold.expiresAt.toISOString(), proposedBy: offer.payload.advisorId };
  await appendMessage(id, { authorId: viewer.id, authorRole: 'buyer', authorName: null, kind: 'hold', body: offer.payload.vin, payload });
  return payload;
}

/** A link to continue one of the buyer's own orders: an order of anybody else is a 404, as on /orders. */
export async function sendOrderLink(viewer: Viewer | null, id: string, input: { orderId: string; text: string }): Promise<number> {
  const { advisor, row } = await assignedAdvisor(viewer, id);
  const order = await buyerOrder(input.orderId, row.ownerId);
  if (!order) throw new AppError('NOT_FOUND', 'No such order for this buyer.', { reason: 'ORDER_NOT_FOUND' });
  const payload: OrderLinkPayload = { orderId: order.id, reference: order.reference, href: `/orders/${encodeURIComponent(order.id)}` };
  return appendMessage(id, { authorId: advisor.id, authorRole: 'advisor', authorName: advisor.name, kind: 'order_link', body: input.text, payload });
}
