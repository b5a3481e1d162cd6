import { DEFAULT_DEPOSIT_CENTS, PAYMENT_WINDOW_MINUTES } from './data/deposit';
import type { OrderKind } from './state-machine';

export type DepositSettings = { factoryEuros?: number; stockEuros?: number };

/** The deposit for an order, never more than the car's price. Computed on the server only. */
export function depositCents(kind: OrderKind, totalCents: number, settings: DepositSettings = {}): number {
  const configured = kind === 'factory' ? settings.factoryEuros : settings.stockEuros;
  const amount = configured === undefined ? DEFAULT_DEPOSIT_CENTS[kind] : Math.round(configured * 100);
  return Math.max(0, Math.min(amount, totalCents));
}

export function paymentDueAt(placedAt: Date): Date {
  return new Date(placedAt.getTime() + PAYMENT_WINDOW_MINUTES * 60_000);
}
