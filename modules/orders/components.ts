// Components of the orders module that routes render: checkout, order timeline, price summary, test payment.
export { CheckoutForm } from './components/checkout-form';
export { PostButton } from './components/post-button';
export { PriceSummary } from './components/price-summary';
export { TestPaymentButtons } from './components/test-payment-buttons';
export { Timeline } from './components/timeline';
export { DocumentReview } from './components/document-review';
export { DocumentUploads, type DocumentRow } from './components/document-uploads';
export { SignaturePanel } from './components/signature-panel';
export { PaperworkSection } from './components/paperwork-section';
export { VerifyEmailPanel } from './components/verify-email-panel';
export { CarriedFinancingSummary } from './components/carried-financing-summary';
export { HandoverBooking } from './components/handover-booking';
export { HandoverRecordForm } from './components/handover-record-form';
export { DeliverySection } from './components/delivery-section';
export { BalanceForm } from './components/balance-form';
