/**
 * What a payment provider's webhook event means for Virage, in Virage's own terms. Only the few
 * event types below move money state; everything else is acknowledged and ignored.
 */
export type PaymentOutcome = 'succeeded' | 'failed' | 'expired';

export type PaymentSignal = {
  eventId: string;
  eventType: string;
  /** our payment row, from the metadata we put on the session and its payment intent */
  paymentId: string | null;
  outcome: PaymentOutcome | null;
  sessionId: string | null;
  paymentIntentId: string | null;
};

/** The parts of a Stripe event this adapter reads (kept loose: the SDK types every object). */
export type ProviderEvent = { id: string; type: string; data: { object: unknown } };

const str = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);
const field = (object: unknown, key: string): unknown => (typeof object === 'object' && object !== null ? (object as Record<string, unknown>)[key] : undefined);

export function signalOf(event: ProviderEvent): PaymentSignal {
  const object = event.data.object;
  const metadata = field(object, 'metadata');
  const paymentId = str(field(metadata, 'virage_payment_id'));
  const base = { eventId: event.id, eventType: event.type, paymentId, outcome: null, sessionId: null, paymentIntentId: null };
  const intentOf = (value: unknown) => str(value) ?? str(field(value, 'id'));
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded':
      // A completed session with a delayed method (e.g. SEPA debit) is not paid yet: wait for async_payment_succeeded.
      return field(object, 'payment_status') === 'paid'
        ? { ...base, outcome: 'succeeded', sessionId: str(field(object, 'id')), paymentIntentId: intentOf(field(object, 'payment_intent')) }
        : { ...base, sessionId: str(field(object, 'id')) };
    case 'checkout.session.async_payment_failed':
      return { ...base, outcome: 'failed', sessionId: str(field(object, 'id')), paymentIntentId: intentOf(field(object, 'payment_intent')) };
    case 'checkout.session.expired':
      return { ...base, outcome: 'expired', sessionId: str(field(object, 'id')) };
    case 'payment_intent.payment_failed':
      return { ...base, outcome: 'failed', paymentIntentId: str(field(object, 'id')) };
    default:
      return base;
  }
}

export type PaymentStatus = 'pending' | 'succeeded' | 'failed' | 'expired';

/**
 * A payment's next status for a signal, or null when the signal changes nothing: a success is
 * final (a late failure or expiry after it is ignored); a failure can still be followed by a
 * success (the buyer retried on the same session); an expired session can no longer fail.
 */
export function nextPaymentStatus(current: PaymentStatus, outcome: PaymentOutcome): PaymentStatus | null {
  if (current === 'succeeded') return null;
  if (outcome === 'succeeded') return 'succeeded';
  if (outcome === 'failed') return current === 'pending' ? 'failed' : null;
  return current === 'pending' || current === 'failed' ? 'expired' : null;
}
