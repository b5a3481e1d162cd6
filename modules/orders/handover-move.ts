import { isLive, type OrderStatus } from './state-machine';

/**
 * The buyer may move their own handover appointment up to this many hours before it (and not onto
 * a slot sooner than that): the dealership needs the time to prepare the car and the papers.
 * Closer than that, the buyer calls the dealership, whose staff can still move it.
 */
export const BUYER_HANDOVER_MARGIN_HOURS = 24;
const MARGIN_MS = BUYER_HANDOVER_MARGIN_HOURS * 3_600_000;

export type BuyerHandoverRefusal = 'NOT_CLICK_COLLECT' | 'HANDOVER_CLOSED' | 'HANDOVER_NOT_BOOKED' | 'HANDOVER_TOO_CLOSE';

export type BuyerHandoverFacts = {
  status: OrderStatus;
  deliveryMode: 'click_collect' | 'home';
  /** staff recorded the handover (mileage, keys, signature) */
  handoverRecorded: boolean;
  /** the appointment booked now, if any */
  current: { start: Date; localDate: string } | null;
};

/**
 * Whether the buyer may move their handover now, and from when the new slot may start: before the car
 * is ready, not before the day already booked (that day was chosen from when the car can be ready);
 * once it is ready, any slot; always at least the margin from now.
 */
export function buyerHandoverMove(facts: BuyerHandoverFacts, now: Date): { ok: true; earliest: Date; currentStart: Date } | { ok: false; reason: BuyerHandoverRefusal } {
  if (facts.deliveryMode !== 'click_collect') return { ok: false, reason: 'NOT_CLICK_COLLECT' };
  if (facts.handoverRecorded || !isLive(facts.status) || facts.status === 'handed_over') return { ok: false, reason: 'HANDOVER_CLOSED' };
  if (!facts.current) return { ok: false, reason: 'HANDOVER_NOT_BOOKED' };
  if (facts.current.start.getTime() - now.getTime() < MARGIN_MS) return { ok: false, reason: 'HANDOVER_TOO_CLOSE' };
  const afterMargin = now.getTime() + MARGIN_MS;
  const bookedDay = new Date(`${facts.current.localDate}T00:00:00Z`).getTime();
  const earliest = facts.status === 'ready' ? afterMargin : Math.max(afterMargin, bookedDay);
  return { ok: true, earliest: new Date(earliest), currentStart: facts.current.start };
}
