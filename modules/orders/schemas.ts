import { z } from 'zod';
import { FINANCING_CHOICES, ZBuyerDetails } from './snapshot';
import { ORDER_STATUSES } from './state-machine';

// One schema per input, shared by the checkout form and the API.

export const ZCheckoutSource = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('factory'), savedCode: z.string().regex(/^[A-Z0-9]{8}$/) }),
  z.strictObject({ kind: z.literal('stock'), vehicleId: z.string().min(1).max(64) }),
]);

export const ZPlaceOrder = z.strictObject({
  source: ZCheckoutSource,
  dealershipId: z.string().min(1).max(64).nullable(),
  details: ZBuyerDetails,
  financing: z.enum(FINANCING_CHOICES),
  // Both must be ticked: the CGV and the withdrawal information (Code de la consommation L221-5).
  acceptCgv: z.literal(true),
  acceptWithdrawalInformation: z.literal(true),
});
export type TPlaceOrder = z.infer<typeof ZPlaceOrder>;

export const ZOrderId = z.strictObject({ id: z.string().min(1).max(64) });
export const BUYER_ACTIONS = ['deposit', 'cancel', 'withdraw', 'return'] as const;
export const ZBuyerAction = ZOrderId.extend({ action: z.enum(BUYER_ACTIONS) });
export const STAFF_ACTIONS = ['advance', 'allocate'] as const;
export const ZStaffAction = ZOrderId.extend({ action: z.enum(STAFF_ACTIONS) });
export const ZStaffBody = z.strictObject({ to: z.enum(ORDER_STATUSES).optional(), vehicleId: z.string().min(1).max(64).nullable().optional() });
