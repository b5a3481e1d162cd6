/**
 * TAEG / APR by the actuarial method of directive 2008/48/EC, Annex I (Code de la consommation,
 * art. R314-3 and its annex): the present value of the drawdowns equals the present value of
 * the repayments and charges, with annual compounding:
 *
 *   Σ C_k (1+X)^(-t_k) = Σ D_l (1+X)^(-s_l)
 *
 * Times are in years from the first drawdown; a month is 1/12 year (remark (c): "12 equal months").
 * The equation is solved for X by Newton's method, falling back to bisection whenever a Newton
 * step leaves the bracket that is known to contain the root.
 */
import { roundPercent } from './money';

export type CashFlow = {
  /** Amount in cents (may be fractional for analytic checks; loans use whole cents). */
  readonly amountCents: number;
  /** Time since the first drawdown, in years (month k = k / 12). */
  readonly years: number;
};

export type RateEquation = {
  /** Money made available to the consumer (net of charges deducted at signature, or charges listed as repayments at 0). */
  readonly drawdowns: readonly CashFlow[];
  /** Repayments and payments of charges made by the consumer. */
  readonly repayments: readonly CashFlow[];
};

export const monthsToYears = (months: number): number => months / 12;

/** Present value of repayments minus present value of drawdowns at annual rate `x`. */
export function netPresentValue(equation: RateEquation, x: number): number {
  return valueAndSlope(equation, x).value;
}

/** The equation's value and its derivative in x, in one pass (one exp per flow). */
function valueAndSlope({ drawdowns, repayments }: RateEquation, x: number): { value: number; slope: number } {
  const logGrowth = Math.log1p(x);
  let value = 0;
  let slope = 0;
  for (const [flows, sign] of [[repayments, 1], [drawdowns, -1]] as const) {
    for (const flow of flows) {
      const discounted = sign * flow.amountCents * Math.exp(-flow.years * logGrowth);
      value += discounted;
      slope -= (flow.years * discounted) / (1 + x);
    }
  }
  return { value, slope };
}

const LOWEST_RATE = -0.999_999;
const HIGHEST_RATE = 1e12;
const TOLERANCE = 1e-13;

/**
 * The annual rate X (a fraction: 0.05 = 5 %) that balances the equation, or null when no rate
 * in (-100 %, 10^14 %) does (e.g. nothing is repaid).
 */
export function solveAnnualRate(equation: RateEquation): number | null {
  const f = (x: number) => valueAndSlope(equation, x).value;
  let lo = LOWEST_RATE;
  let hi = 1;
  const fLo = f(lo);
  if (fLo === 0) return lo;
  // Widen the bracket upwards until the sign changes.
  while (Math.sign(f(hi)) === Math.sign(fLo) && hi < HIGHEST_RATE) hi *= 4;
  if (Math.sign(f(hi)) === Math.sign(fLo)) return null;
  const loIsPositive = fLo > 0;

  let x = 0.05;
  for (let iteration = 0; iteration < 200; iteration++) {
    const { value: fx, slope } = valueAndSlope(equation, x);
    if (fx === 0) return x;
    // Keep [lo, hi] bracketing the root.
    if ((fx > 0) === loIsPositive) lo = x;
    else hi = x;

    let next = slope !== 0 ? x - fx / slope : Number.NaN;
    if (!Number.isFinite(next) || next <= lo || next >= hi) next = (lo + hi) / 2;
    if (Math.abs(next - x) <= TOLERANCE * Math.max(1, Math.abs(x)) || hi - lo <= TOLERANCE) return next;
    x = next;
  }
  return (lo + hi) / 2;
}

/** TAEG in percent, rounded to 2 decimals (halves up), or null when it cannot be determined. */
export function taegPercent(equation: RateEquation): number | null {
  const rate = solveAnnualRate(equation);
  return rate === null ? null : roundPercent(rate * 100, 2);
}

/** Monthly instalments paid at the end of months 1..n. */
export function monthlyRepayments(amountsCents: readonly number[], startMonth = 1): CashFlow[] {
  return amountsCents.map((amountCents, i) => ({ amountCents, years: monthsToYears(startMonth + i) }));
}
