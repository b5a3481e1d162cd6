import { TZDate } from '@date-fns/tz';
import { isFrenchPublicHoliday } from '@/lib/calendar/public-holidays';
import { WITHDRAWAL_LAW } from './data/withdrawal-law';
import { canWithdrawBeforeHandover, type OrderStatus } from './state-machine';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The last instant the buyer may withdraw, for a car handed over at `handedOverAt`
 * (L221-18 + L221-19): handover day not counted, 14 days, end of the last local day, pushed to the
 * next working day when it falls on a weekend or public holiday.
 */
export function withdrawalDeadline(handedOverAt: Date): Date {
  const zone = WITHDRAWAL_LAW.timeZone;
  const local = new TZDate(handedOverAt.getTime(), zone);
  const day = new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate() + WITHDRAWAL_LAW.periodDays));
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6 || isFrenchPublicHoliday(isoDay(day))) {
    day.setUTCDate(day.getUTCDate() + 1);
  }
  const endOfDay = new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 23, 59, 59, 999, zone);
  return new Date(endOfDay.getTime());
}

/** `days` calendar days later in Paris, at the same local time (24 h steps drift by a day across a clock change). */
function plusLocalDays(at: Date, days: number): Date {
  const local = new TZDate(at.getTime(), WITHDRAWAL_LAW.timeZone);
  local.setDate(local.getDate() + days);
  return new Date(local.getTime());
}

/** Latest date the refund is due once the buyer withdrew (L221-24). */
export function refundDueBy(withdrawnAt: Date): Date {
  return plusLocalDays(withdrawnAt, WITHDRAWAL_LAW.refundWithinDays);
}

/** The last day to bring the car back after withdrawing post-handover (L221-23: 14 days after telling the trader). */
export function returnDueBy(requestedAt: Date): Date {
  return plusLocalDays(requestedAt, WITHDRAWAL_LAW.returnWithinDays);
}

export type WithdrawalOption =
  /** before handover: withdraw now, the deposit is refunded */
  | { kind: 'withdraw' }
  /** after handover, within the period: ask to return the car */
  | { kind: 'return'; deadline: Date }
  | { kind: 'return-requested'; deadline: Date }
  /** the period is over (the page explains why the button is gone) */
  | { kind: 'expired'; deadline: Date }
  /** not applicable: not yet paid (cancel instead), or already cancelled / withdrawn */
  | { kind: 'none' };

export function withdrawalOption(order: { status: OrderStatus; handedOverAt: Date | null; returnRequestedAt: Date | null }, now: Date): WithdrawalOption {
  if (canWithdrawBeforeHandover(order.status)) return { kind: 'withdraw' };
  if (order.status === 'handed_over' && order.handedOverAt) {
    const deadline = withdrawalDeadline(order.handedOverAt);
    if (order.returnRequestedAt) return { kind: 'return-requested', deadline };
    return now.getTime() <= deadline.getTime() ? { kind: 'return', deadline } : { kind: 'expired', deadline };
  }
  return { kind: 'none' };
}
