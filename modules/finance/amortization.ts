/**
 * Amortised loan ("crédit amortissable", constant instalments).
 *
 * Conventions (French consumer-credit practice):
 * - the nominal rate ("taux débiteur") is annual and proportional: the monthly rate is rate / 12;
 * - instalments are paid at the end of each month, the first one month after the drawdown;
 * - rounding: the instalment is the annuity formula result rounded to the nearest cent (halves
 *   up); interest accrues exactly (remaining capital × monthly rate) and each month is charged
 *   the rounded cumulative accrual minus what was already charged, so per-month rounding never
 *   adds up (on a tiny loan, rounding each month's 0.3 cent to 0 would charge no interest at all);
 *   the last instalment is whatever clears the remaining capital plus its interest, so it absorbs
 *   every rounding difference and the capital repaid is exactly the amount borrowed.
 *   Example: 10 000 € over 12 months at 0 % → 11 × 833.33 € then 833.37 €.
 */
import { assertCents, roundCents } from './money';

export type ScheduleRow = {
  /** 1-based month number. */
  readonly month: number;
  readonly paymentCents: number;
  readonly interestCents: number;
  readonly principalCents: number;
  /** Capital still owed after this payment ("capital restant dû"). */
  readonly remainingCents: number;
};

export type AmortisedLoan = {
  readonly principalCents: number;
  readonly annualRatePct: number;
  readonly months: number;
  /** The regular instalment (months 1..n-1). */
  readonly paymentCents: number;
  /** The final instalment, which absorbs rounding. */
  readonly lastPaymentCents: number;
  readonly schedule: readonly ScheduleRow[];
  readonly totalInterestCents: number;
  /** Sum of all instalments (principal + interest). */
  readonly totalRepaidCents: number;
};

export function monthlyRate(annualRatePct: number): number {
  return annualRatePct / 100 / 12;
}

/** Regular instalment for `principalCents` over `months` at a proportional annual rate, rounded to the cent. */
export function annuityPaymentCents(principalCents: number, annualRatePct: number, months: number): number {
  assertCents(principalCents, 'principal');
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`months must be a positive integer, got ${months}`);
  if (annualRatePct < 0) throw new RangeError(`rate must not be negative, got ${annualRatePct}`);
  const r = monthlyRate(annualRatePct);
  if (r === 0) return roundCents(principalCents / months);
  return roundCents((principalCents * r) / (1 - (1 + r) ** -months));
}

export function amortise(principalCents: number, annualRatePct: number, months: number): AmortisedLoan {
  const paymentCents = annuityPaymentCents(principalCents, annualRatePct, months);
  const r = monthlyRate(annualRatePct);
  const schedule: ScheduleRow[] = [];
  let remaining = principalCents;
  let totalInterest = 0;
  let accrued = 0;
  for (let month = 1; month <= months; month++) {
    accrued += remaining * r;
    const interest = roundCents(accrued) - totalInterest;
    const isLast = month === months;
    const principalPart = isLast ? remaining : Math.min(paymentCents - interest, remaining);
    remaining -= principalPart;
    totalInterest += interest;
    schedule.push({ month, paymentCents: principalPart + interest, interestCents: interest, principalCents: principalPart, remainingCents: remaining });
  }
  const last = schedule[schedule.length - 1];
  return {
    principalCents,
    annualRatePct,
    months,
    paymentCents,
    lastPaymentCents: last ? last.paymentCents : 0,
    schedule,
    totalInterestCents: totalInterest,
    totalRepaidCents: principalCents + totalInterest,
  };
}
