import { describe, expect, it } from 'vitest';
import { balanceState } from './balance';

describe('balanceState', () => {
  it('is due until the dealership records it, paid then, and refunded once the dealership paid it back', () => {
    const deposit = { kind: 'deposit', status: 'succeeded', method: null };
    const balance = { kind: 'balance', status: 'succeeded', method: 'transfer' };
    expect(balanceState([deposit])).toBe('due');
    expect(balanceState([deposit, balance])).toBe('paid');
    // The deposit's refund (through the provider, no method) does not touch the balance; a pending balance refund is not yet paid back.
    expect(balanceState([deposit, balance, { kind: 'refund', status: 'succeeded', method: null }])).toBe('paid');
    expect(balanceState([deposit, balance, { kind: 'refund', status: 'pending', method: 'transfer' }])).toBe('paid');
    expect(balanceState([deposit, balance, { kind: 'refund', status: 'succeeded', method: 'transfer' }])).toBe('refunded');
  });
});
