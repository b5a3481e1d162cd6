/**
 * Trade-in ("reprise") estimate from make, model, year and mileage. Always labelled as an
 * estimate: the final value is set after inspection. The central value can be passed as
 * `tradeInCents` in a quote request, where it counts towards the deposit.
 *
 * Model: reference new price × 0.80 in the year of registration, × 0.87 for every further year,
 * then −3 % per 10 000 km above the expected mileage (13 000 km a year, at least one year) or
 * +3 % per 10 000 km below it, the adjustment capped at −30 % / +10 %; never below 5 % of the new
 * price nor 500 €. Amounts are rounded to the nearest 50 € because the estimate is not precise.
 */
import { TRADE_IN_REFERENCES, type TradeInReference } from './data/tradeInReference';
import { type FinanceResult, fail, financeError, fromZodError, ok } from './errors';
import { type LegalMention, TRADE_IN_ESTIMATE } from './legal';
import { type TLocalized, ZTradeInRequest } from './schemas';

export const EXPECTED_KM_PER_YEAR = 13_000;
const ROUNDING_CENTS = 5_000;

export type TradeInEstimate = {
  readonly isEstimate: true;
  readonly label: TLocalized;
  readonly disclaimer: LegalMention;
  /** Central value, the one to use as deposit. */
  readonly estimateCents: number;
  readonly lowCents: number;
  readonly highCents: number;
  /** 'model' when the exact model is known (±10 %), 'make' when only the make is (average of its models, ±20 %). */
  readonly basis: 'model' | 'make';
  readonly ageYears: number;
  readonly expectedMileageKm: number;
};

const LABEL: TLocalized = { fr: 'Estimation de reprise', en: 'Trade-in estimate' };

/** Lower case, no accents, no punctuation: "Citroën C4-Picasso" → "citroen c4 picasso". */
export function normaliseVehicleName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function findReference(make: string, model: string, references: readonly TradeInReference[]): { newPriceCents: number; basis: 'model' | 'make' } | null {
  const sameMake = references.filter((r) => normaliseVehicleName(r.make) === normaliseVehicleName(make));
  if (sameMake.length === 0) return null;
  const exact = sameMake.find((r) => normaliseVehicleName(r.model) === normaliseVehicleName(model));
  if (exact) return { newPriceCents: exact.newPriceCents, basis: 'model' };
  const average = sameMake.reduce((total, r) => total + r.newPriceCents, 0) / sameMake.length;
  return { newPriceCents: average, basis: 'make' };
}

const roundToStep = (cents: number) => Math.round(cents / ROUNDING_CENTS) * ROUNDING_CENTS;

export function estimateTradeIn(
  input: unknown,
  options: { readonly referenceYear: number; readonly references?: readonly TradeInReference[] },
): FinanceResult<TradeInEstimate> {
  const parsed = ZTradeInRequest.safeParse(input);
  if (!parsed.success) return fail(...fromZodError(parsed.error));
  const { make, model, year, mileageKm } = parsed.data;
  const ageYears = options.referenceYear - year;
  if (ageYears < 0) return fail(financeError('YEAR_IN_FUTURE', 'year', `Year ${year} is after ${options.referenceYear}`, { maxYear: options.referenceYear }));
  const reference = findReference(make, model, options.references ?? TRADE_IN_REFERENCES);
  if (!reference) return fail(financeError('VEHICLE_NOT_IN_REFERENCE', 'make', `No reference price for ${make}`, { make }));

  const ageFactor = 0.8 * 0.87 ** ageYears;
  const expectedMileageKm = EXPECTED_KM_PER_YEAR * Math.max(ageYears, 1);
  const mileageAdjustment = Math.min(0.1, Math.max(-0.3, (-0.03 * (mileageKm - expectedMileageKm)) / 10_000));
  const floor = Math.max(reference.newPriceCents * 0.05, 50_000);
  const central = Math.max(floor, reference.newPriceCents * ageFactor * (1 + mileageAdjustment));
  const spread = reference.basis === 'model' ? 0.1 : 0.2;
  return ok({
    isEstimate: true,
    label: LABEL,
    disclaimer: TRADE_IN_ESTIMATE,
    estimateCents: roundToStep(central),
    lowCents: roundToStep(central * (1 - spread)),
    highCents: roundToStep(central * (1 + spread)),
    basis: reference.basis,
    ageYears,
    expectedMileageKm,
  });
}
