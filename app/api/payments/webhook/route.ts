import { readTextBody } from '@/lib/http/body';
import { apiRoute } from '@/lib/http/route';
import { paymentsGateway } from '@/modules/payments/server';
import { receivePaymentSignal } from '@/modules/orders/server';

export const dynamic = 'force-dynamic';

const MAX_EVENT_BYTES = 256 * 1024;

/**
 * POST /api/payments/webhook: Stripe's events (and the test-payment page's, signed the same way).
 * The signature is checked on the raw body before anything is parsed (400 when forged or stale);
 * each event is applied once, whatever Stripe retries.
 */
export const POST = apiRoute({ name: 'payments.webhook' }, async ({ request }) => {
  // Read under a bound: the sender is unauthenticated until the signature is checked.
  const raw = await readTextBody(request, MAX_EVENT_BYTES);
  const signal = paymentsGateway().verify(raw, request.headers.get('stripe-signature'));
  return { data: { received: true, outcome: await receivePaymentSignal(signal) } };
});
