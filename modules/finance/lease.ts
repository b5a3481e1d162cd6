/**
 * LOA (location avec option d'achat) and LLD (location longue durée) rents.
 *
 * The lessor buys the car at its cash price; the consumer pays the deposit ("premier loyer
 * majoré") at signature, then `n` equal rents at the end of months 1..n. The rents repay, at the
 * lessor's rate, everything except the residual value, which is the purchase-option price (LOA)
 * or the lessor's resale value (LLD, no option):
 *
 *   price − deposit = rent × (1 − v^n) / r + residual × v^n,  with r = rate / 12, v = 1 / (1 + r)
 *
 * Rounding: the rent is rounded to the nearest cent and every rent is equal (the lessor keeps
 * the sub-cent difference); the residual value is the table percentage of the price, rounded
 * to the cent.
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

/** Monthly rent (cents, rounded) that amortises `financedCents` down to `residualCents` over `months`. */
export function leaseRentCents(financedCents: number, residualCents: number, annualRatePct: number, months: number): number {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`months must be a positive integer, got ${months}`);
  const r = monthlyRate(annualRatePct);
  if (r === 0) return roundCents((financedCents - residualCents) / months);
  const v = (1 + r) ** -months;
  return roundCents(((financedCents - residualCents * v) * r) / (1 - v));
}
