import { z } from 'zod';
import { HOUSEHOLDS } from '@/modules/catalog';
import { ZTradeInRequest } from '@/modules/finance';
import { FINANCING_CHOICES, ZBuyerDetails } from './snapshot';
import { ORDER_STATUSES } from './state-machine';

// One schema per input, shared by the checkout form and the API.

export const ZCheckoutSource = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('factory'), savedCode: z.string().regex(/^[A-Z0-9]{8}$/) }),
  z.strictObject({ kind: z.literal('stock'), vehicleId: z.string().min(1).max(64) }),
]);

/**
 * The financing chosen on /financing, as carried to checkout. Only the shape is checked here:
 * the server clamps every value to the product's own bounds and recomputes every amount.
 */
export const ZCarriedFinancing = z.strictObject({
  productId: z.string().regex(/^[a-z0-9-]{1,40}$/),
  cashDepositCents: z.int().min(0).max(999_999_999),
  durationMonths: z.int().min(1).max(999),
  annualMileageKm: z.int().min(1).max(999_999),
  tradeIn: ZTradeInRequest.nullable(),
  useTradeIn: z.boolean(),
  /** The household category the buyer declared on /financing (`hh`): the purchase aid's tier. */
  household: z.enum(HOUSEHOLDS).default('standard'),
});
export type TCarriedFinancing = z.infer<typeof ZCarriedFinancing>;

export const DELIVERY_MODES = ['click_collect', 'home'] as const;
export const ZDeliveryChoice = z.discriminatedUnion('mode', [
  // A handover slot as offered by the slot engine (an ISO instant); checked again when booked.
  z.strictObject({ mode: z.literal('click_collect'), handoverStart: z.iso.datetime() }),
  // Delivered to the buyer's address (the details' street, postal code and city), for the fee the
  // buyer was shown: the server prices it again and refuses the order if it differs.
  z.strictObject({ mode: z.literal('home'), feeCents: z.int().min(0).max(10_000_000) }),
]);
export type TDeliveryChoice = z.infer<typeof ZDeliveryChoice>;

export const ZPlaceOrder = z.strictObject({
  source: ZCheckoutSource,
  dealershipId: z.string().min(1).max(64).nullable(),
  details: ZBuyerDetails,
  financing: z.enum(FINANCING_CHOICES),
  carried: ZCarriedFinancing.nullable().default(null),
  delivery: ZDeliveryChoice,
  // Both must be ticked: the CGV and the withdrawal information (Code de la consommation L221-5).
  acceptCgv: z.literal(true),
  acceptWithdrawalInformation: z.literal(true),
  /** started for the buyer on the showroom tablet (modules/orders/assist.ts); verified on the server, ignored when it does not verify */
  assist: z.string().max(400).nullable().default(null),
  /** the car's total the checkout showed (before any delivery fee): the server refuses to order at another (PRICE_CHANGED) */
  expectedTotalCents: z.int().min(0).max(100_000_000).nullable().default(null),
});
export type TPlaceOrder = z.input<typeof ZPlaceOrder>;

export const ZOrderId = z.strictObject({ id: z.string().min(1).max(64) });
export const BUYER_ACTIONS = ['deposit', 'cancel', 'withdraw', 'return'] as const;
export const ZBuyerAction = ZOrderId.extend({ action: z.enum(BUYER_ACTIONS) });
export const STAFF_ACTIONS = ['advance', 'allocate', 'book-handover', 'record-handover', 'record-balance', 'balance-refunded'] as const;
export const ZStaffAction = ZOrderId.extend({ action: z.enum(STAFF_ACTIONS) });

/** The buyer moves their own handover appointment to a slot the engine offered (checked again when booked). */
export const ZMoveHandover = z.strictObject({ handoverStart: z.iso.datetime() });

/** The handover as staff record it: odometer, keys given, and the buyer's typed name confirming receipt. */
export const ZHandoverRecord = z.strictObject({
  mileageKm: z.int().min(0).max(2_000_000),
  keys: z.int().min(1).max(10),
  signedName: z.string().trim().min(2).max(160),
  buyerConfirms: z.literal(true),
});
export type THandoverRecord = z.infer<typeof ZHandoverRecord>;

/** How the buyer paid the balance to the dealership (or how the dealership pays it back). */
export const BALANCE_METHODS = ['transfer', 'bank_cheque', 'financing', 'card'] as const;
export type BalanceMethod = (typeof BALANCE_METHODS)[number];

export const ZStaffBody = z.strictObject({
  balanceMethod: z.enum(BALANCE_METHODS).optional(),
  to: z.enum(ORDER_STATUSES).optional(),
  vehicleId: z.string().min(1).max(64).nullable().optional(),
  handoverStart: z.iso.datetime().optional(),
  handover: ZHandoverRecord.optional(),
});
type StaffField = keyof z.infer<typeof ZStaffBody>;
/** The fields each staff action reads: another action's field in a body is refused, not silently ignored. */
const STAFF_ACTION_FIELDS: Record<(typeof STAFF_ACTIONS)[number], readonly StaffField[]> = {
  advance: ['to'],
  allocate: ['vehicleId'],
  'book-handover': ['handoverStart'],
  'record-handover': ['handover'],
  'record-balance': ['balanceMethod'],
  'balance-refunded': [],
};
export function unexpectedStaffFields(action: (typeof STAFF_ACTIONS)[number], body: z.infer<typeof ZStaffBody>): string[] {
  return Object.keys(body).filter((key) => !STAFF_ACTION_FIELDS[action].includes(key as StaffField));
}

/** A checkout's source as query parameters (`config` or `vehicle`), for its slot and delivery look-ups. */
const ZSourceQuery = z.strictObject({
  config: z.string().regex(/^[A-Za-z0-9]{8}$/).optional(),
  vehicle: z.string().min(1).max(64).optional(),
  dealershipId: z.string().min(1).max(64),
});
export const ZCheckoutSlotsQuery = ZSourceQuery;
export const ZDeliveryQuoteQuery = ZSourceQuery.extend({
  street: z.string().trim().min(3).max(160),
  postalCode: z.string().trim().regex(/^\d{5}$/),
  city: z.string().trim().max(80).default(''),
});

/** The checkout source named by a look-up's query, or null when it names none or both. */
export function sourceOfQuery(query: { config?: string | undefined; vehicle?: string | undefined }): z.infer<typeof ZCheckoutSource> | null {
  if (query.vehicle && !query.config) return { kind: 'stock', vehicleId: query.vehicle };
  if (query.config && !query.vehicle) return { kind: 'factory', savedCode: query.config.toUpperCase() };
  return null;
}
