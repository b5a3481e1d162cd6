import { AppError } from '@/lib/errors';
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
  const raw = await request.text();
  if (raw.length > MAX_EVENT_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', 'Event too large.');
  const signal = paymentsGateway().verify(raw, request.headers.get('stripe-signature'));
  return { data: { received: true, outcome: await receivePaymentSignal(signal) } };
});
