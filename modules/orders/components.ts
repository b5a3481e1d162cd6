// Components of the orders module that routes render: checkout, order timeline, price summary, test payment.
export { CheckoutForm } from './components/checkout-form';
export { PostButton } from './components/post-button';
export { PriceSummary } from './components/price-summary';
export { TestPaymentButtons } from './components/test-payment-buttons';
export { Timeline } from './components/timeline';
