import type { OrderKind } from '../state-machine';

/** Default deposits, in cents; ORDER_DEPOSIT_FACTORY_EUR / ORDER_DEPOSIT_STOCK_EUR override them. */
export const DEFAULT_DEPOSIT_CENTS: Readonly<Record<OrderKind, number>> = { factory: 500_00, stock: 1_000_00 };
/** Time to pay the deposit once the order is placed; then the order is cancelled and a stock car released. */
export const PAYMENT_WINDOW_MINUTES = 45;
/** A held stock car's hold is extended while checkout is open, up to this long after it was taken. */
export const CHECKOUT_HOLD_MAX_MINUTES = 90;
