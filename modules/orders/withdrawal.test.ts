import { describe, expect, it } from 'vitest';
import { WITHDRAWAL_LAW } from './data/withdrawal-law';
import { refundDueBy, withdrawalDeadline, withdrawalOption } from './withdrawal';

// Code de la consommation L221-18 (14 days from taking physical possession of the goods) and
// L221-19 (handover day not counted; ends at the last hour of the last day; a deadline on a
// Saturday, Sunday or public holiday moves to the next working day); refund within 14 days: L221-24.
describe('withdrawal period (Code de la consommation L221-18, L221-19, L221-24)', () => {
  it('uses the figures of the articles', () => {
    expect(WITHDRAWAL_LAW.periodDays).toBe(14);
    expect(WITHDRAWAL_LAW.refundWithinDays).toBe(14);
    expect(WITHDRAWAL_LAW.periodSource).toContain('L221-18');
  });

  it('ends at the end of the 14th day after handover, Paris time (handover day not counted)', () => {
    // Handed over Tuesday 3 March 2026 at 15:00 Paris: last day Tuesday 17 March, until 23:59:59.999 Paris (UTC+1).
    expect(withdrawalDeadline(new Date('2026-03-03T14:00:00Z')).toISOString()).toBe('2026-03-17T22:59:59.999Z');
  });

  it('counts the local day: a handover at 00:30 Paris is that Paris day', () => {
    // 2026-06-09T22:30Z is Wednesday 10 June 00:30 in Paris (UTC+2): last day Wednesday 24 June.
    expect(withdrawalDeadline(new Date('2026-06-09T22:30:00Z')).toISOString()).toBe('2026-06-24T21:59:59.999Z');
  });

  it('moves a deadline falling on a weekend to the Monday', () => {
    // Saturday 7 March 2026 + 14 = Saturday 21 March → Monday 23 March.
    expect(withdrawalDeadline(new Date('2026-03-07T10:00:00Z')).toISOString()).toBe('2026-03-23T22:59:59.999Z');
  });

  it('moves a deadline falling on a public holiday to the next working day', () => {
    // Friday 30 October 2026 + 14 = Friday 13 November; Wednesday 28 October + 14 = Wednesday 11 November (Armistice) → Thursday 12.
    expect(withdrawalDeadline(new Date('2026-10-28T10:00:00Z')).toISOString()).toBe('2026-11-12T22:59:59.999Z');
    // Easter Monday 2026 is 6 April: handover Monday 23 March → 6 April → Tuesday 7 April.
    expect(withdrawalDeadline(new Date('2026-03-23T10:00:00Z')).toISOString()).toBe('2026-04-07T21:59:59.999Z');
  });

  it('computes the refund deadline 14 days after the withdrawal', () => {
    expect(refundDueBy(new Date('2026-01-01T10:00:00Z')).toISOString()).toBe('2026-01-15T10:00:00.000Z');
  });

  it('offers withdrawal before handover, a return within the period after, and explains after it', () => {
    const handedOverAt = new Date('2026-03-03T14:00:00Z');
    expect(withdrawalOption({ status: 'ready', handedOverAt: null, returnRequestedAt: null }, handedOverAt)).toEqual({ kind: 'withdraw' });
    expect(withdrawalOption({ status: 'awaiting_payment', handedOverAt: null, returnRequestedAt: null }, handedOverAt)).toEqual({ kind: 'none' });
    expect(withdrawalOption({ status: 'handed_over', handedOverAt, returnRequestedAt: null }, new Date('2026-03-17T22:59:59Z')).kind).toBe('return');
    expect(withdrawalOption({ status: 'handed_over', handedOverAt, returnRequestedAt: null }, new Date('2026-03-17T23:00:00Z')).kind).toBe('expired');
    expect(withdrawalOption({ status: 'handed_over', handedOverAt, returnRequestedAt: new Date() }, handedOverAt).kind).toBe('return-requested');
  });
});
