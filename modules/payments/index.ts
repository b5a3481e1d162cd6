// Public pure API of the payments module (the Stripe adapter and its server code in ./server.ts).
export { nextPaymentStatus, signalOf, type PaymentOutcome, type PaymentSignal, type PaymentStatus, type ProviderEvent } from './signals';
