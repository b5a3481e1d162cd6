import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextPaymentStatus, signalOf, type PaymentOutcome, type PaymentStatus } from './signals';

describe('payment signals', () => {
  it('reads a paid checkout session as a success with our payment id', () => {
    const signal = signalOf({ id: 'evt_1', type: 'checkout.session.completed', data: { object: { id: 'cs_1', payment_status: 'paid', payment_intent: 'pi_1', metadata: { virage_payment_id: 'pay_1' } } } });
    expect(signal).toEqual({ eventId: 'evt_1', eventType: 'checkout.session.completed', paymentId: 'pay_1', outcome: 'succeeded', sessionId: 'cs_1', paymentIntentId: 'pi_1' });
  });

  it('does not confirm a completed session that is not paid yet (delayed methods)', () => {
    expect(signalOf({ id: 'evt_2', type: 'checkout.session.completed', data: { object: { id: 'cs_1', payment_status: 'unpaid', metadata: { virage_payment_id: 'p' } } } }).outcome).toBeNull();
  });

  it('ignores event types it does not handle', () => {
    expect(signalOf({ id: 'evt_3', type: 'customer.created', data: { object: {} } }).outcome).toBeNull();
  });

  it('never leaves succeeded, whatever arrives late or out of order', () => {
    const outcomes = fc.constantFrom<PaymentOutcome>('succeeded', 'failed', 'expired');
    fc.assert(
      fc.property(fc.array(outcomes, { maxLength: 12 }), (sequence) => {
        let status: PaymentStatus = 'pending';
        let seenSuccess = false;
        for (const outcome of sequence) {
          status = nextPaymentStatus(status, outcome) ?? status;
          seenSuccess ||= outcome === 'succeeded';
          if (seenSuccess) expect(status).toBe('succeeded');
        }
        if (!seenSuccess) expect(status).not.toBe('succeeded');
      }),
    );
  });

  it('lets a success follow a failure (retry on the same session) but not a failure follow an expiry', () => {
    expect(nextPaymentStatus('failed', 'succeeded')).toBe('succeeded');
    expect(nextPaymentStatus('expired', 'failed')).toBeNull();
    expect(nextPaymentStatus('succeeded', 'failed')).toBeNull();
  });
});
