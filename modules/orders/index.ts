// Public pure API of the orders module (data access in ./server.ts).
export * from './state-machine';
export { depositCents, paymentDueAt, type DepositSettings } from './deposit';
export { DEFAULT_DEPOSIT_CENTS, PAYMENT_WINDOW_MINUTES, CHECKOUT_HOLD_MAX_MINUTES } from './data/deposit';
export { WITHDRAWAL_LAW } from './data/withdrawal-law';
export { withdrawalDeadline, withdrawalOption, refundDueBy, returnDueBy, type WithdrawalOption } from './withdrawal';
export {
  buildSnapshot,
  readSnapshot,
  ZBuyerDetails,
  FINANCING_CHOICES,
  SNAPSHOT_VERSION,
  balanceDueOf,
  type BuyerDetails,
  type FinancingChoice,
  type OrderSnapshot,
  type SnapshotInput,
} from './snapshot';
export {
  ACCEPTED_UPLOAD_TYPES,
  DOCUMENT_KINDS,
  requiredDocuments,
  isValidIban,
  maskIban,
  MAX_UPLOAD_BYTES,
  MAX_UPLOAD_BODY_BYTES,
  ZUploadFields,
  ZReview,
  ZOrderDocument,
  ZSignatureCodeRequest,
  ZSignatureConfirm,
  type DocumentKind,
  type DocumentStatus,
  type TReview,
} from './paperwork';
export { ZCheckoutSource, ZPlaceOrder, ZOrderId, ZBuyerAction, ZStaffAction, ZStaffBody, BUYER_ACTIONS, STAFF_ACTIONS, unexpectedStaffFields, type TPlaceOrder } from './schemas';
export { ZCarriedFinancing, ZDeliveryChoice, ZHandoverRecord, ZMoveHandover, ZCheckoutSlotsQuery, ZDeliveryQuoteQuery, sourceOfQuery, DELIVERY_MODES, type TCarriedFinancing, type TDeliveryChoice, type THandoverRecord } from './schemas';
export { readCarriedFinancing, carriedFinancingParams, type CarriedParams } from './carried-financing';
export { deliveryQuote, type DeliveryQuote } from './delivery';
export { DELIVERY_FEE_BANDS, MAX_DELIVERY_KM } from './data/delivery-fees';
export type { DeliverySnapshot, TradeInSnapshot } from './snapshot';
export { BUYER_HANDOVER_MARGIN_HOURS, buyerHandoverMove, type BuyerHandoverRefusal } from './handover-move';
export { balanceMethodName } from './balance-mails';
export { balancePayable, balanceState, DEALERSHIP_PROVIDER, type BalanceState } from './balance';
