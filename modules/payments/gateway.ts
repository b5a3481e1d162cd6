import { createHmac } from 'node:crypto';
import Stripe from 'stripe';
import { AppError } from '@/lib/errors';
import { signalOf, type PaymentSignal } from './signals';

/**
 * The one adapter to Stripe. With STRIPE_SECRET_KEY + STRIPE_WEBHOOK_SECRET it opens real Stripe
 * Checkout Sessions (test mode keys in development); without them, the built-in test provider
 * sends the buyer to Virage's own test-payment page, whose events are signed exactly like
 * Stripe's and reach the same webhook. Callers see Virage types only.
 */
export type GatewayConfig = {
  secretKey?: string;
  webhookSecret?: string;
  /** another Stripe API host (tests use a local stand-in) */
  apiBase?: string;
  /** signs the test provider's events when there is no Stripe webhook secret */
  authSecret: string;
};

export type DepositRequest = {
  paymentId: string;
  orderId: string;
  reference: string;
  amountCents: number;
  description: string;
  successUrl: string;
  cancelUrl: string;
  expiresAt: Date;
  locale: 'fr' | 'en';
};

export type RefundRequest = { refundId: string; orderId: string; paymentIntentId: string; amountCents: number };

export type Gateway = {
  provider: 'stripe' | 'test';
  /** Same paymentId → same session (idempotent), so a double click opens one session. */
  createDepositSession(request: DepositRequest): Promise<{ sessionId: string; url: string }>;
  /** Same refundId → one refund. */
  refund(request: RefundRequest): Promise<{ refundRef: string }>;
  /**
   * Closes an open Checkout Session so the buyer can no longer pay an order that is gone
   * (cancelled, or past its payment deadline). A session already completed or expired is left
   * as it is (false); a payment that still slipped through is refunded by the webhook handling.
   */
  expireSession(sessionId: string): Promise<boolean>;
  /** Verifies the signature on the raw body (400 when forged or too old) and reads the event. */
  verify(rawBody: string, signatureHeader: string | null): PaymentSignal;
};

/** Stripe's default signature tolerance: a replayed event older than this is refused. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/** The test provider's webhook secret, derived from the auth secret (stable across restarts and instances). */
export function testWebhookSecret(authSecret: string): string {
  return `whsec_${createHmac('sha256', authSecret).update('virage-test-payments').digest('base64url')}`;
}

function stripeClient(config: GatewayConfig): Stripe {
  const options: NonNullable<ConstructorParameters<typeof Stripe>[1]> = { maxNetworkRetries: 2, timeout: 20_000, telemetry: false };
  if (config.apiBase) {
    const base = new URL(config.apiBase);
    options.host = base.hostname;
    options.port = base.port || (base.protocol === 'https:' ? 443 : 80);
    options.protocol = base.protocol === 'http:' ? 'http' : 'https';
  }
  // Without a key the client only verifies and signs webhooks (no network call is made).
  return new Stripe(config.secretKey ?? 'sk_test_virage_offline', options);
}

export function isStripeConfigured(config: GatewayConfig): boolean {
  return Boolean(config.secretKey && config.webhookSecret);
}

export function gatewayFromConfig(config: GatewayConfig): Gateway {
  const stripe = stripeClient(config);
  const live = isStripeConfigured(config);
  const webhookSecret = live && config.webhookSecret ? config.webhookSecret : testWebhookSecret(config.authSecret);
  const verify = (rawBody: string, header: string | null): PaymentSignal => {
    if (!header) throw new AppError('BAD_REQUEST', 'Missing Stripe-Signature header.', { reason: 'SIGNATURE_MISSING' });
    try {
      const event = stripe.webhooks.constructEvent(rawBody, header, webhookSecret, SIGNATURE_TOLERANCE_SECONDS);
      return signalOf(event);
    } catch (error) {
      throw new AppError('BAD_REQUEST', 'Invalid webhook signature.', { reason: 'SIGNATURE_INVALID', cause: error });
    }
  };
  if (!live) {
    return {
      provider: 'test',
      verify,
      async createDepositSession(request) {
        const sessionId = `cs_test_virage_${request.paymentId}`;
        return { sessionId, url: `/checkout/test-payment/${sessionId}` };
      },
      async refund(request) {
        return { refundRef: `re_test_virage_${request.refundId}` };
      },
      // The test page reads the payment's status from the database: an expired payment cannot be paid there.
      async expireSession() {
        return true;
      },
    };
  }
  return {
    provider: 'stripe',
    verify,
    async createDepositSession(request) {
      const metadata = { virage_payment_id: request.paymentId, virage_order_id: request.orderId };
      const session = await stripe.checkout.sessions.create(
        {
          mode: 'payment',
          locale: request.locale,
          client_reference_id: request.orderId,
          line_items: [{ quantity: 1, price_data: { currency: 'eur', unit_amount: request.amountCents, product_data: { name: request.description } } }],
          success_url: request.successUrl,
          cancel_url: request.cancelUrl,
          // Stripe accepts 30 minutes to 24 hours.
          expires_at: Math.floor(Math.max(request.expiresAt.getTime(), Date.now() + 31 * 60_000) / 1000),
          metadata,
          payment_intent_data: { metadata, description: request.description },
        },
        { idempotencyKey: `virage-deposit-${request.paymentId}` },
      );
      if (!session.url) throw new AppError('UNAVAILABLE', 'The payment page could not be opened.', { reason: 'PAYMENT_SESSION_WITHOUT_URL' });
      return { sessionId: session.id, url: session.url };
    },
    async refund(request) {
      const refund = await stripe.refunds.create(
        { payment_intent: request.paymentIntentId, amount: request.amountCents, metadata: { virage_refund_id: request.refundId, virage_order_id: request.orderId } },
        { idempotencyKey: `virage-refund-${request.refundId}` },
      );
      return { refundRef: refund.id };
    },
    async expireSession(sessionId) {
      try {
        await stripe.checkout.sessions.expire(sessionId);
        return true;
      } catch (error) {
        // Stripe answers 400 for a session that is no longer open (paid or already expired).
        if (error instanceof Stripe.errors.StripeInvalidRequestError) return false;
        throw error;
      }
    },
  };
}

export type TestOutcome = 'pay' | 'decline';

/**
 * The event the built-in test-payment page posts to the webhook: the shape of Stripe's own
 * (checkout.session.completed / payment_intent.payment_failed), signed with the test secret.
 */
export function signedTestEvent(config: GatewayConfig, input: { sessionId: string; paymentId: string; orderId: string; amountCents: number; outcome: TestOutcome; eventId: string; now: Date }): { body: string; signature: string } {
  const metadata = { virage_payment_id: input.paymentId, virage_order_id: input.orderId };
  const paymentIntent = `pi_test_virage_${input.paymentId}`;
  const created = Math.floor(input.now.getTime() / 1000);
  const event =
    input.outcome === 'pay'
      ? { id: input.eventId, object: 'event', type: 'checkout.session.completed', created, livemode: false, data: { object: { id: input.sessionId, object: 'checkout.session', payment_status: 'paid', status: 'complete', amount_total: input.amountCents, currency: 'eur', payment_intent: paymentIntent, metadata } } }
      : { id: input.eventId, object: 'event', type: 'payment_intent.payment_failed', created, livemode: false, data: { object: { id: paymentIntent, object: 'payment_intent', status: 'requires_payment_method', amount: input.amountCents, currency: 'eur', metadata, last_payment_error: { code: 'card_declined' } } } };
  const body = JSON.stringify(event);
  const stripe = stripeClient(config);
  const signature = stripe.webhooks.generateTestHeaderString({ payload: body, secret: testWebhookSecret(config.authSecret), timestamp: created });
  return { body, signature };
}
