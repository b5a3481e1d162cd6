/** Where the balance of an order stands, from its payments: to pay, recorded as paid, or paid back after a withdrawal. */
export type BalanceState = 'due' | 'paid' | 'refunded';

export function balanceState(payments: readonly { kind: string; status: string; method: string | null }[]): BalanceState {
  if (payments.some((p) => p.kind === 'refund' && p.method !== null && p.status === 'succeeded')) return 'refunded';
  if (payments.some((p) => p.kind === 'balance' && p.status === 'succeeded')) return 'paid';
  return 'due';
}
