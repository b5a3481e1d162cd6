import { describe, expect, it } from 'vitest';
import { balancePayable, balanceState } from './balance';

describe('balanceState', () => {
  it('is due until the dealership records it, paid then, to pay back after a withdrawal, and refunded once the dealership paid it back', () => {
    const deposit = { kind: 'deposit', status: 'succeeded', provider: 'stripe' };
    const balance = { kind: 'balance', status: 'succeeded', provider: 'dealership' };
    expect(balanceState([deposit])).toBe('due');
    expect(balanceState([deposit, balance])).toBe('paid');
    // The deposit's refund goes through the provider: it does not touch the balance.
    expect(balanceState([deposit, balance, { kind: 'refund', status: 'succeeded', provider: 'stripe' }])).toBe('paid');
    expect(balanceState([deposit, balance, { kind: 'refund', status: 'pending', provider: 'dealership' }])).toBe('refunding');
    expect(balanceState([deposit, balance, { kind: 'refund', status: 'succeeded', provider: 'dealership' }])).toBe('refunded');
  });

  it('is recorded between the deposit and the handover only', () => {
    expect(['deposit_paid', 'documents_checked', 'vehicle_allocated', 'in_production', 'in_transit', 'ready'].every(balancePayable)).toBe(true);
    expect(['awaiting_payment', 'handed_over', 'cancelled', 'withdrawn'].some(balancePayable)).toBe(false);
  });
});
