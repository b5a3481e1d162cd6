/** "Paid over time": what the customer has paid, cumulatively, month by month (for a chart). */
import type { FinanceOffer } from './types';

export type PaidPoint = {
  /** 0 = signature/delivery, then 1..n. */
  readonly month: number;
  readonly paidCents: number;
  readonly cumulativeCents: number;
};

export type PaidOverTimeOptions = {
  /** Add the optional insurance premiums; defaults to whether the customer chose it. */
  readonly includeInsurance?: boolean;
  /** LOA only: add the purchase-option price in the last month. Defaults to false. */
  readonly includePurchaseOption?: boolean;
};

/**
 * Month 0 holds the deposit (trade-in included) and the fees; the following months the
 * instalments or rents. Leases: the deposit is the first, larger rent (its insurance premium is
 * paid with it), then n − 1 rents at months 1..n−1; the LOA purchase option, when included, is paid
 * at month n. The last point equals the offer's totalCostCents (or totalCostWithOptionCents when
 * the option is included and the insurance choice is the default).
 */
export function paidOverTime(offer: FinanceOffer, options: PaidOverTimeOptions = {}): PaidPoint[] {
  if (offer.kind === 'cash') return [{ month: 0, paidCents: offer.priceCents, cumulativeCents: offer.priceCents }];

  const withInsurance = options.includeInsurance ?? offer.insurance?.selected ?? false;
  const premium = withInsurance && offer.insurance ? offer.insurance.monthlyCents : 0;
  const monthly: number[] =
    offer.kind === 'credit'
      ? offer.schedule.map((row) => row.paymentCents + premium)
      : Array.from({ length: offer.regularRentCount }, () => offer.monthlyRentCents + premium);
  if (offer.kind === 'loa' && options.includePurchaseOption) monthly.push(offer.purchaseOptionCents);

  const upfront = offer.depositCents + offer.feesCents + (offer.kind === 'credit' ? 0 : premium);
  const points: PaidPoint[] = [{ month: 0, paidCents: upfront, cumulativeCents: upfront }];
  let cumulative = upfront;
  monthly.forEach((paid, i) => {
    cumulative += paid;
    points.push({ month: i + 1, paidCents: paid, cumulativeCents: cumulative });
  });
  return points;
}

export type CombinedPoint = {
  readonly month: number;
  /** One cumulative amount per offer, in the order given; flat once an offer has ended. */
  readonly cumulativeCents: readonly number[];
};

/** Several offers' cumulative payments on one month axis (0..longest duration), for one chart. */
export function combinedPaidOverTime(offers: readonly FinanceOffer[], options: PaidOverTimeOptions = {}): CombinedPoint[] {
  const series = offers.map((offer) => paidOverTime(offer, options));
  const lastMonth = Math.max(0, ...series.map((points) => points.length - 1));
  return Array.from({ length: lastMonth + 1 }, (_, month) => ({
    month,
    cumulativeCents: series.map((points) => (points[Math.min(month, points.length - 1)] ?? { cumulativeCents: 0 }).cumulativeCents),
  }));
}
