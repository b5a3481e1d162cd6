/**
 * The financing request as URL parameters (the page's state and the PDF link share them):
 * configuration keys of modules/catalog/url.ts plus `d` deposit (cents), `n` duration (months),
 * `km` annual mileage, `f` product ids, and the trade-in `tm` make, `tmo` model, `ty` year,
 * `tk` mileage, `tu=1` to use it as deposit; `hh` the household category for the EV aid
 * (standard, modest, precarious) and `b=stock` for a car from stock (default: factory order).
 */
import { catalogue, HOUSEHOLDS, parseConfigurationParams, type Household, type ParamsSource } from '@/modules/catalog';
import { DEFAULT_PRODUCT_IDS, DURATION_STEPS_MONTHS, MILEAGE_STEPS_KM, type FinancingRequest } from './financing';
import { DEFAULT_CASH_DEPOSIT_CENTS, ESTIMATE_DURATION_MONTHS } from '../estimate';

// The configurator's monthly estimate uses the same deposit and duration (estimate.ts): one default.
export const DEFAULT_TERMS = { cashDepositCents: DEFAULT_CASH_DEPOSIT_CENTS, durationMonths: ESTIMATE_DURATION_MONTHS, annualMileageKm: 15_000 } as const;

const int = (value: string | null, fallback: number) => {
  if (value === null || !/^\d{1,9}$/.test(value)) return fallback;
  return Number(value);
};

/** Terms of a link that were not offered and were replaced by the nearest offered value. */
export type AdjustedTerm = 'cashDepositCents' | 'durationMonths' | 'annualMileageKm';

const MAX_DEPOSIT_CENTS = 100_000_000;
const nearest = (allowed: readonly number[], wanted: number): number =>
  allowed.reduce((best, x) => (Math.abs(x - wanted) < Math.abs(best - wanted) ? x : best), allowed[0] ?? wanted);

/**
 * Reads the link; a duration or mileage that no slider offers (`n=999`, `km=0`) becomes the
 * nearest offered one, a deposit is bounded, and `adjusted` names what changed so the page can
 * say so instead of failing. Null only when the configuration part cannot be read.
 */
export function readFinancingParams(source: ParamsSource): { request: FinancingRequest; adjusted: AdjustedTerm[] } | null {
  const parsed = parseConfigurationParams(catalogue, source);
  if (!parsed.ok) return null;
  const params = typeof source === 'string' ? new URLSearchParams(source) : source instanceof URLSearchParams ? source : toSearchParams(source);
  const products = (params.get('f') ?? '').split(',').map((s) => s.trim()).filter((s) => s.length > 0).slice(0, 3);
  const make = params.get('tm');
  const model = params.get('tmo');
  const asked = {
    cashDepositCents: int(params.get('d'), DEFAULT_TERMS.cashDepositCents),
    durationMonths: int(params.get('n'), DEFAULT_TERMS.durationMonths),
    annualMileageKm: int(params.get('km'), DEFAULT_TERMS.annualMileageKm),
  };
  const terms = {
    cashDepositCents: Math.min(asked.cashDepositCents, MAX_DEPOSIT_CENTS),
    durationMonths: nearest(DURATION_STEPS_MONTHS, asked.durationMonths),
    annualMileageKm: nearest(MILEAGE_STEPS_KM, asked.annualMileageKm),
  };
  const adjusted = (Object.keys(terms) as AdjustedTerm[]).filter((key) => terms[key] !== asked[key]);
  return {
    request: {
      configuration: { ...parsed.input, options: [...(parsed.input.options ?? [])], packs: [...(parsed.input.packs ?? [])] },
      ...terms,
      productIds: products.length > 0 ? products : [...DEFAULT_PRODUCT_IDS],
      ...(make && model ? { tradeIn: { make, model, year: int(params.get('ty'), 0), mileageKm: int(params.get('tk'), 0) } } : {}),
      useTradeIn: params.get('tu') === '1',
      household: householdOf(params.get('hh')),
      basis: params.get('b') === 'stock' ? 'stock' : 'factory-order',
    },
    adjusted,
  };
}

export function financingRequestFromParams(source: ParamsSource): FinancingRequest | null {
  return readFinancingParams(source)?.request ?? null;
}

/** Unknown values fall back to the lowest aid: never promise more than the buyer is owed. */
function householdOf(value: string | null): Household {
  return HOUSEHOLDS.find((h) => h === value) ?? 'standard';
}

function toSearchParams(source: Readonly<Record<string, string | readonly string[] | undefined>>): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(source)) {
    if (typeof value === 'string') out.append(key, value);
    else if (value) for (const v of value) out.append(key, v);
  }
  return out;
}

export { termsToParams } from '../components/terms-params';
