/**
 * Where the balance of an order stands, from its payments: to pay, recorded as paid, to be paid back
 * after a withdrawal, or paid back. The balance and its refund are the dealership's own payments.
 */
export type BalanceState = 'due' | 'paid' | 'refunding' | 'refunded';

/** The balance is recorded once the order is confirmed and before the keys are handed over. */
const BALANCE_PAYABLE: ReadonlySet<string> = new Set(['deposit_paid', 'documents_checked', 'vehicle_allocated', 'in_production', 'in_transit', 'ready']);
export const balancePayable = (status: string): boolean => BALANCE_PAYABLE.has(status);

/** The provider of payments made or paid back outside the payment provider, by the dealership itself. */
export const DEALERSHIP_PROVIDER = 'dealership';

export function balanceState(payments: readonly { kind: string; status: string; provider: string }[]): BalanceState {
  const refund = payments.find((p) => p.kind === 'refund' && p.provider === DEALERSHIP_PROVIDER);
  if (refund) return refund.status === 'succeeded' ? 'refunded' : 'refunding';
  if (payments.some((p) => p.kind === 'balance' && p.status === 'succeeded')) return 'paid';
  return 'due';
}
