/**
 * LOA (location avec option d'achat) and LLD (location longue durée) rents.
 *
 * The market's convention for an n-month contract: rents are paid in advance, the first one is
 * the larger "premier loyer majoré" (the deposit, trade-in included) paid at signature, then n − 1
 * equal rents at the start of months 2..n (t = 1..n−1 months). The rents repay, at the lessor's
 * rate, everything except the residual value, due at the end of month n: the purchase-option
 * price (LOA) or the lessor's resale value (LLD, no option):
 *
 *   price − deposit = rent × (1 − v^(n−1)) / r + residual × v^n,  with r = rate / 12, v = 1 / (1 + r)
 *
 * Residual value: a percentage of the vehicle's price (options included) BEFORE the registration
 * taxes (malus) and the purchase aid. Those are paid to or by the State once, at registration,
 * and do not follow the car when the lessor resells it; basing the residual on them would inflate
 * (malus) or deflate (aid) the purchase option.
 *
 * Rounding: the rent is rounded to the nearest cent and every rent is equal (the lessor keeps
 * the sub-cent difference); the residual value is the table percentage of the vehicle price,
 * rounded to the cent.
 */
import { RESIDUAL_VALUE_PCT, type ResidualTable } from './data/residualValues';
import { monthlyRate } from './amortization';
import { percentOfCents, roundCents } from './money';
import { LEASE_DURATIONS_MONTHS, MILEAGE_BANDS_KM, type TCarModelCode, type TLeaseDuration, type TMileageBand } from './schemas';

export function isLeaseDuration(months: number): months is TLeaseDuration {
  return (LEASE_DURATIONS_MONTHS as readonly number[]).includes(months);
}

export function isMileageBand(km: number): km is TMileageBand {
  return (MILEAGE_BANDS_KM as readonly number[]).includes(km);
}

/** Residual value in percent of the price, or undefined when the table has no such cell. */
export function residualValuePct(
  modelCode: TCarModelCode,
  durationMonths: number,
  annualMileageKm: number,
  table: ResidualTable = RESIDUAL_VALUE_PCT,
): number | undefined {
  if (!isLeaseDuration(durationMonths) || !isMileageBand(annualMileageKm)) return undefined;
  const row = table[modelCode][durationMonths];
  return row[MILEAGE_BANDS_KM.indexOf(annualMileageKm)];
}

export function residualValueCents(priceCents: number, pct: number): number {
  return percentOfCents(priceCents, pct);
}

/** How many regular rents follow the first, larger one in a `months`-month contract. */
export const regularRentCount = (months: number): number => months - 1;

/**
 * Regular monthly rent (cents, rounded) of a `months`-month contract: the n − 1 rents paid in
 * advance after the first larger one amortise `financedCents` down to `residualCents` at month n.
 */
export function leaseRentCents(financedCents: number, residualCents: number, annualRatePct: number, months: number): number {
  if (!Number.isInteger(months) || months < 2) throw new RangeError(`months must be an integer of at least 2, got ${months}`);
  const rents = regularRentCount(months);
  const r = monthlyRate(annualRatePct);
  if (r === 0) return roundCents((financedCents - residualCents) / rents);
  const discountToEnd = (1 + r) ** -months;
  return roundCents(((financedCents - residualCents * discountToEnd) * r) / (1 - (1 + r) ** -rents));
}
