/**
 * The one order state machine. Every status change of an order is asked here first; the server
 * then writes the new status and its audit row in one transaction. Pure: no I/O, no clock.
 *
 *   awaiting_payment → deposit_paid → documents_checked → vehicle_allocated
 *     → in_production (factory orders) → in_transit → ready → handed_over
 *   cancelled: before the deposit is paid (buyer, staff, or the payment deadline)
 *   withdrawn: the buyer's right of withdrawal, until the end of the period after handover
 */
export const ORDER_STATUSES = [
  'awaiting_payment',
  'deposit_paid',
  'documents_checked',
  'vehicle_allocated',
  'in_production',
  'in_transit',
  'ready',
  'handed_over',
  'cancelled',
  'withdrawn',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export type OrderKind = 'factory' | 'stock';

/** Who asks: the buyer of the order, staff of its dealership, or the system (payments, jobs). */
export type ActorKind = 'buyer' | 'staff' | 'system';

export const TERMINAL_STATUSES: readonly OrderStatus[] = ['cancelled', 'withdrawn'];
/** Steps the buyer sees on the timeline, in order. */
export const TIMELINE_STEPS: readonly OrderStatus[] = [
  'awaiting_payment',
  'deposit_paid',
  'documents_checked',
  'vehicle_allocated',
  'in_production',
  'in_transit',
  'ready',
  'handed_over',
];

type Rule = { readonly by: readonly ActorKind[]; readonly only?: OrderKind };

const PRE_HANDOVER_AFTER_DEPOSIT: readonly OrderStatus[] = ['deposit_paid', 'documents_checked', 'vehicle_allocated', 'in_production', 'in_transit', 'ready'];

const RULES: Readonly<Record<OrderStatus, Partial<Record<OrderStatus, Rule>>>> = {
  awaiting_payment: { deposit_paid: { by: ['system'] }, cancelled: { by: ['buyer', 'staff', 'system'] } },
  deposit_paid: { documents_checked: { by: ['staff'] }, withdrawn: { by: ['buyer'] } },
  documents_checked: { vehicle_allocated: { by: ['staff'] }, withdrawn: { by: ['buyer'] } },
  vehicle_allocated: {
    in_production: { by: ['staff'], only: 'factory' },
    in_transit: { by: ['staff'] },
    ready: { by: ['staff'] },
    withdrawn: { by: ['buyer'] },
  },
  in_production: { in_transit: { by: ['staff'] }, ready: { by: ['staff'] }, withdrawn: { by: ['buyer'] } },
  in_transit: { ready: { by: ['staff'] }, withdrawn: { by: ['buyer'] } },
  ready: { handed_over: { by: ['staff'] }, withdrawn: { by: ['buyer'] } },
  // After handover the buyer withdraws by returning the car; the period check is the caller's
  // (see withdrawal.ts), the machine only says the step exists.
  handed_over: { withdrawn: { by: ['buyer', 'staff'] } },
  cancelled: {},
  withdrawn: {},
};

export type TransitionRefusal = 'SAME_STATUS' | 'TERMINAL' | 'NO_SUCH_STEP' | 'NOT_YOURS' | 'WRONG_KIND';

export type TransitionCheck = { ok: true } | { ok: false; reason: TransitionRefusal; message: string };

export type TransitionRequest = { kind: OrderKind; from: OrderStatus; to: OrderStatus; by: ActorKind };

export function checkTransition({ kind, from, to, by }: TransitionRequest): TransitionCheck {
  if (from === to) return refuse('SAME_STATUS', `The order is already ${from}.`);
  if (TERMINAL_STATUSES.includes(from)) return refuse('TERMINAL', `The order is ${from}: it cannot change any more.`);
  const rule = RULES[from][to];
  if (!rule) return refuse('NO_SUCH_STEP', `An order cannot go from ${from} to ${to}.`);
  if (rule.only && rule.only !== kind) return refuse('WRONG_KIND', `Only a ${rule.only} order goes from ${from} to ${to}.`);
  if (!rule.by.includes(by)) return refuse('NOT_YOURS', `The ${by} cannot move an order from ${from} to ${to}.`);
  return { ok: true };
}

/** Where an order may go next, for this actor (what buttons to show). */
export function nextStatuses(kind: OrderKind, from: OrderStatus, by: ActorKind): OrderStatus[] {
  return ORDER_STATUSES.filter((to) => checkTransition({ kind, from, to, by }).ok);
}

export function isLive(status: OrderStatus): boolean {
  return !TERMINAL_STATUSES.includes(status);
}

/** Withdrawal in two clicks (before handover): the deposit is refunded and any car released. */
export function canWithdrawBeforeHandover(status: OrderStatus): boolean {
  return PRE_HANDOVER_AFTER_DEPOSIT.includes(status);
}

export class OrderTransitionError extends Error {
  constructor(
    readonly reason: TransitionRefusal,
    message: string,
  ) {
    super(message);
    this.name = 'OrderTransitionError';
  }
}

/** The check, as an exception for the server code that cannot continue. */
export function assertTransition(request: TransitionRequest): void {
  const check = checkTransition(request);
  if (!check.ok) throw new OrderTransitionError(check.reason, check.message);
}

function refuse(reason: TransitionRefusal, message: string): TransitionCheck {
  return { ok: false, reason, message };
}
