import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertTransition,
  checkTransition,
  nextStatuses,
  ORDER_STATUSES,
  OrderTransitionError,
  TIMELINE_STEPS,
  type ActorKind,
  type OrderKind,
  type OrderStatus,
} from './state-machine';

// The allowed steps written out independently of the implementation's table: [from, to, actors, only kind].
const ALLOWED: ReadonlyArray<[OrderStatus, OrderStatus, ActorKind[], OrderKind?]> = [
  ['awaiting_payment', 'deposit_paid', ['system']],
  ['awaiting_payment', 'cancelled', ['buyer', 'staff', 'system']],
  ['deposit_paid', 'documents_checked', ['staff']],
  ['documents_checked', 'vehicle_allocated', ['staff']],
  ['vehicle_allocated', 'in_production', ['staff'], 'factory'],
  ['vehicle_allocated', 'in_transit', ['staff']],
  ['vehicle_allocated', 'ready', ['staff']],
  ['in_production', 'in_transit', ['staff']],
  ['in_production', 'ready', ['staff']],
  ['in_transit', 'ready', ['staff']],
  ['ready', 'handed_over', ['staff']],
  ...(['deposit_paid', 'documents_checked', 'vehicle_allocated', 'in_production', 'in_transit', 'ready'] as const).map(
    (from): [OrderStatus, OrderStatus, ActorKind[]] => [from, 'withdrawn', ['buyer']],
  ),
  ['handed_over', 'withdrawn', ['buyer', 'staff']],
];

const allowed = (kind: OrderKind, from: OrderStatus, to: OrderStatus, by: ActorKind) =>
  ALLOWED.some(([f, t, actors, only]) => f === from && t === to && actors.includes(by) && (!only || only === kind));

const status = fc.constantFrom(...ORDER_STATUSES);
const actor = fc.constantFrom<ActorKind>('buyer', 'staff', 'system');
const kind = fc.constantFrom<OrderKind>('factory', 'stock');

describe('order state machine', () => {
  it('accepts exactly the listed transitions, for every status, actor and kind', () => {
    fc.assert(
      fc.property(kind, status, status, actor, (k, from, to, by) => {
        expect(checkTransition({ kind: k, from, to, by }).ok).toBe(allowed(k, from, to, by));
      }),
      { numRuns: 2000 },
    );
  });

  it('never moves a cancelled or withdrawn order, and says why', () => {
    fc.assert(
      fc.property(kind, fc.constantFrom<OrderStatus>('cancelled', 'withdrawn'), status, actor, (k, from, to, by) => {
        const check = checkTransition({ kind: k, from, to, by });
        expect(check.ok).toBe(false);
        if (!check.ok) expect(check.reason === 'TERMINAL' || check.reason === 'SAME_STATUS').toBe(true);
      }),
    );
  });

  it('a random walk of requests only ever advances along the timeline or ends in a terminal status', () => {
    fc.assert(
      fc.property(kind, fc.array(fc.tuple(status, actor), { maxLength: 40 }), (k, requests) => {
        let current: OrderStatus = 'awaiting_payment';
        for (const [to, by] of requests) {
          if (!checkTransition({ kind: k, from: current, to, by }).ok) continue;
          if (to !== 'cancelled' && to !== 'withdrawn') expect(TIMELINE_STEPS.indexOf(to)).toBeGreaterThan(TIMELINE_STEPS.indexOf(current));
          if (to === 'cancelled') expect(current).toBe('awaiting_payment'); // a paid order is withdrawn (refund), never just cancelled
          current = to;
        }
      }),
    );
  });

  it('refuses an impossible step with a clear reason and message', () => {
    const check = checkTransition({ kind: 'stock', from: 'awaiting_payment', to: 'handed_over', by: 'staff' });
    expect(check).toEqual({ ok: false, reason: 'NO_SUCH_STEP', message: 'An order cannot go from awaiting_payment to handed_over.' });
    expect(checkTransition({ kind: 'stock', from: 'vehicle_allocated', to: 'in_production', by: 'staff' })).toMatchObject({ ok: false, reason: 'WRONG_KIND' });
    expect(checkTransition({ kind: 'factory', from: 'awaiting_payment', to: 'deposit_paid', by: 'buyer' })).toMatchObject({ ok: false, reason: 'NOT_YOURS' });
    expect(() => assertTransition({ kind: 'factory', from: 'ready', to: 'ready', by: 'staff' })).toThrow(OrderTransitionError);
  });

  it('lists what each actor can do next', () => {
    expect(nextStatuses('factory', 'vehicle_allocated', 'staff')).toEqual(['in_production', 'in_transit', 'ready']);
    expect(nextStatuses('stock', 'vehicle_allocated', 'staff')).toEqual(['in_transit', 'ready']);
    expect(nextStatuses('stock', 'ready', 'buyer')).toEqual(['withdrawn']);
  });
});
