/**
 * Money helpers. Every amount is an integer number of euro cents.
 *
 * Rounding rule used throughout the module: a computed amount is rounded to the nearest cent,
 * halves away from zero ("arrondi commercial"). Amounts derived from a rate are computed in
 * IEEE doubles first and rounded once, at the point where they become money.
 */

/** Rounds a (possibly fractional) number of cents to a whole cent, halves away from zero. */
export function roundCents(cents: number): number {
  if (!Number.isFinite(cents)) throw new RangeError(`Cannot round a non-finite amount: ${cents}`);
  // The 1e-6 nudge treats binary noise such as 0.49999999997 as the tie it stands for.
  const rounded = Math.round(Math.abs(cents) + 1e-6);
  return cents < 0 ? 0 - rounded : rounded; // 0 - 0 is +0, never -0
}

/** `percent` % of an amount in cents, rounded to the cent. */
export function percentOfCents(amountCents: number, percent: number): number {
  return roundCents((amountCents * percent) / 100);
}

/** Rounds a percentage to `decimals` places, halves up (directive 2008/48/EC Annex I, remark (d)). */
export function roundPercent(percent: number, decimals = 2): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(Math.abs(percent * factor) + 1e-6) / factor;
  return percent < 0 ? 0 - rounded : rounded;
}

export function assertCents(amount: number, what: string): void {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`${what} must be an integer number of cents, got ${amount}`);
}
