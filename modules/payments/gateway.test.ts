import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { gatewayFromConfig, signedTestEvent, testWebhookSecret, type Gateway } from './gateway';
import { startStripeStandIn, type StandIn } from './stripe-stand-in';

let standIn: StandIn;
let gateway: Gateway;
const webhookSecret = 'whsec_standin_secret';

beforeAll(async () => {
  standIn = await startStripeStandIn();
  gateway = gatewayFromConfig({ secretKey: 'sk_test_standin', webhookSecret, apiBase: standIn.url, authSecret: 'test-secret-test-secret-test-secret-42' });
});
afterAll(() => standIn.close());

const request = (paymentId: string) => ({
  paymentId,
  orderId: 'ord_1',
  reference: 'ABCD2345',
  amountCents: 500_00,
  description: 'Acompte, commande Virage ABCD2345',
  successUrl: 'http://localhost:3000/orders/ord_1?paid=1',
  cancelUrl: 'http://localhost:3000/orders/ord_1',
  expiresAt: new Date(Date.now() + 45 * 60_000),
  locale: 'fr' as const,
});

describe('Stripe gateway (real SDK against a local stand-in)', () => {
  it('is the Stripe provider when both keys are set, the test provider otherwise', () => {
    expect(gateway.provider).toBe('stripe');
    expect(gatewayFromConfig({ secretKey: 'sk_test_standin', authSecret: 'x'.repeat(32) }).provider).toBe('test');
  });

  it('opens a Checkout Session with the server amount and our payment id in the metadata', async () => {
    const session = await gateway.createDepositSession(request('pay_1'));
    expect(session.url).toMatch(/^https:\/\/checkout\.stripe\.test\//);
    const stored = standIn.sessions.get(session.sessionId);
    expect(stored).toMatchObject({ amount_total: 500_00, currency: 'eur', metadata: { virage_payment_id: 'pay_1', virage_order_id: 'ord_1' } });
    const sdk = new Stripe('sk_test_standin', { host: '127.0.0.1', port: new URL(standIn.url).port, protocol: 'http' });
    expect((await sdk.checkout.sessions.retrieve(session.sessionId)).id).toBe(session.sessionId);
  });

  it('opens one session for the same payment however often it is asked (double click)', async () => {
    const before = standIn.sessions.size;
    const [a, b] = await Promise.all([gateway.createDepositSession(request('pay_dbl')), gateway.createDepositSession(request('pay_dbl'))]);
    const c = await gateway.createDepositSession(request('pay_dbl'));
    expect(new Set([a.sessionId, b.sessionId, c.sessionId]).size).toBe(1);
    expect(standIn.sessions.size).toBe(before + 1);
  });

  it('expires an open session (an order cancelled before paying), and leaves a closed one alone', async () => {
    const session = await gateway.createDepositSession(request('pay_cancel'));
    expect(await gateway.expireSession(session.sessionId)).toBe(true);
    expect(standIn.sessions.get(session.sessionId)).toMatchObject({ status: 'expired' });
    expect(await gateway.expireSession(session.sessionId)).toBe(false);
    expect(standIn.requests.filter((r) => r.path === `/v1/checkout/sessions/${session.sessionId}/expire`)).toHaveLength(2);
  });

  it('refunds once per refund id', async () => {
    const first = await gateway.refund({ refundId: 'rf_1', orderId: 'ord_1', paymentIntentId: 'pi_1', amountCents: 500_00 });
    const again = await gateway.refund({ refundId: 'rf_1', orderId: 'ord_1', paymentIntentId: 'pi_1', amountCents: 500_00 });
    expect(again.refundRef).toBe(first.refundRef);
    expect(standIn.refunds.get(first.refundRef)).toMatchObject({ amount: 500_00, payment_intent: 'pi_1' });
  });

  it('verifies webhooks with STRIPE_WEBHOOK_SECRET: a test-page event (other secret) is refused', () => {
    const stripe = new Stripe('sk_test_standin');
    const body = JSON.stringify({ id: 'evt_1', object: 'event', type: 'checkout.session.completed', data: { object: { id: 'cs_1', payment_status: 'paid', payment_intent: 'pi_1', metadata: { virage_payment_id: 'pay_1' } } } });
    const header = stripe.webhooks.generateTestHeaderString({ payload: body, secret: webhookSecret });
    expect(gateway.verify(body, header)).toMatchObject({ outcome: 'succeeded', paymentId: 'pay_1' });
    const testPage = signedTestEvent({ authSecret: 'test-secret-test-secret-test-secret-42' }, { sessionId: 'cs_1', paymentId: 'pay_1', orderId: 'o', amountCents: 1, outcome: 'pay', eventId: 'evt_2', now: new Date() });
    expect(() => gateway.verify(testPage.body, testPage.signature)).toThrow(AppError);
    expect(() => gateway.verify(body, null)).toThrow(expect.objectContaining({ reason: 'SIGNATURE_MISSING' }));
  });

  it('derives a stable test webhook secret from the auth secret', () => {
    expect(testWebhookSecret('a'.repeat(32))).toBe(testWebhookSecret('a'.repeat(32)));
    expect(testWebhookSecret('a'.repeat(32))).not.toBe(testWebhookSecret('b'.repeat(32)));
    expect(testWebhookSecret('a'.repeat(32))).toMatch(/^whsec_/);
  });
});
