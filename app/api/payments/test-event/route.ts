import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { apiRoute } from '@/lib/http/route';
import { testPaymentSession } from '@/modules/orders/server';
import { gatewayConfig, paymentsGateway, signedTestEvent } from '@/modules/payments/server';

export const dynamic = 'force-dynamic';

/**
 * POST /api/payments/test-event {sessionId, outcome}: for the built-in test-payment page only
 * (no Stripe keys). Returns a Stripe-shaped event signed with the test secret, which the page then
 * posts to the real webhook, so the test journey takes the production path.
 */
export const POST = apiRoute(
  { name: 'payments.test-event', body: z.strictObject({ sessionId: z.string().min(1).max(100), outcome: z.enum(['pay', 'decline']) }), roles: ['customer'] },
  async ({ body, viewer }) => {
    if (paymentsGateway().provider !== 'test') throw new AppError('NOT_FOUND', 'Not found.');
    const payment = await testPaymentSession(body.sessionId, viewer!.id);
    if (!payment) throw new AppError('NOT_FOUND', 'No such payment session.', { reason: 'SESSION_NOT_FOUND' });
    const event = signedTestEvent(gatewayConfig(), { sessionId: body.sessionId, paymentId: payment.id, orderId: payment.orderId, amountCents: payment.amountCents, outcome: body.outcome, eventId: `evt_test_${randomBytes(12).toString('hex')}`, now: new Date() });
    return { data: event };
  },
);
