import 'server-only';
import { env } from '@/lib/env';
import { gatewayFromConfig, type Gateway, type GatewayConfig } from './gateway';

export { gatewayFromConfig, isStripeConfigured, signedTestEvent, testWebhookSecret, SIGNATURE_TOLERANCE_SECONDS, type DepositRequest, type Gateway, type GatewayConfig, type RefundRequest, type TestOutcome } from './gateway';

export function gatewayConfig(): GatewayConfig {
  const config = env();
  return { secretKey: config.STRIPE_SECRET_KEY, webhookSecret: config.STRIPE_WEBHOOK_SECRET, apiBase: config.STRIPE_API_BASE, authSecret: config.BETTER_AUTH_SECRET };
}

let cached: Gateway | undefined;

/** The app's payment gateway: real Stripe when both keys are set, else the built-in test provider. */
export function paymentsGateway(): Gateway {
  cached ??= gatewayFromConfig(gatewayConfig());
  return cached;
}
