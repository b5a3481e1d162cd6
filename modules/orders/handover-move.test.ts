import { describe, expect, it } from 'vitest';
import { BUYER_HANDOVER_MARGIN_HOURS, buyerHandoverMove, type BuyerHandoverFacts } from './handover-move';
import { ZMoveHandover } from './schemas';

const NOW = new Date('2026-12-01T08:00:00Z');
const hours = (h: number) => new Date(NOW.getTime() + h * 3_600_000);
const facts = (over: Partial<BuyerHandoverFacts> = {}): BuyerHandoverFacts => ({
  status: 'deposit_paid',
  deliveryMode: 'click_collect',
  handoverRecorded: false,
  current: { start: new Date('2026-12-10T09:00:00Z'), localDate: '2026-12-10' },
  ...over,
});

describe('the buyer moving their own handover appointment', () => {
  it('before the car is ready: from the day already booked; once ready: from the margin', () => {
    expect(buyerHandoverMove(facts(), NOW)).toEqual({ ok: true, earliest: new Date('2026-12-10T00:00:00Z'), currentStart: new Date('2026-12-10T09:00:00Z') });
    expect(buyerHandoverMove(facts({ status: 'ready' }), NOW)).toMatchObject({ ok: true, earliest: hours(BUYER_HANDOVER_MARGIN_HOURS) });
  });

  it('refuses within the margin before the appointment, after the handover record, and without an appointment', () => {
    const close = { start: hours(BUYER_HANDOVER_MARGIN_HOURS - 1), localDate: '2026-12-02' };
    expect(buyerHandoverMove(facts({ current: close }), NOW)).toEqual({ ok: false, reason: 'HANDOVER_TOO_CLOSE' });
    const justOutside = { start: hours(BUYER_HANDOVER_MARGIN_HOURS), localDate: '2026-12-02' };
    expect(buyerHandoverMove(facts({ current: justOutside, status: 'ready' }), NOW)).toMatchObject({ ok: true });
    expect(buyerHandoverMove(facts({ handoverRecorded: true, status: 'ready' }), NOW)).toEqual({ ok: false, reason: 'HANDOVER_CLOSED' });
    expect(buyerHandoverMove(facts({ status: 'handed_over' }), NOW)).toEqual({ ok: false, reason: 'HANDOVER_CLOSED' });
    expect(buyerHandoverMove(facts({ status: 'withdrawn' }), NOW)).toEqual({ ok: false, reason: 'HANDOVER_CLOSED' });
    expect(buyerHandoverMove(facts({ current: null }), NOW)).toEqual({ ok: false, reason: 'HANDOVER_NOT_BOOKED' });
    expect(buyerHandoverMove(facts({ deliveryMode: 'home' }), NOW)).toEqual({ ok: false, reason: 'NOT_CLICK_COLLECT' });
  });
});

describe('the move request body', () => {
  it('accepts an ISO instant and refuses impossible dates, other shapes and extra fields', () => {
    expect(ZMoveHandover.safeParse({ handoverStart: '2027-01-12T09:00:00Z' }).success).toBe(true);
    for (const handoverStart of ['2027-13-01T09:00:00Z', '2027-02-30T09:00:00Z', '2027-01-12', 'demain', '', 1_700_000_000_000])
      expect(ZMoveHandover.safeParse({ handoverStart }).success, String(handoverStart)).toBe(false);
    expect(ZMoveHandover.safeParse({ handoverStart: '2027-01-12T09:00:00Z', orderId: 'someone-else' }).success).toBe(false);
  });
});
