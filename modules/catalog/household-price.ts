import type { PriceBreakdown } from './pricing';
import type { Household } from './types';

/**
 * The breakdown as a buyer of `household` reads it. The server prices the lowest aid ('standard')
 * and gives the amount for each category; the buyer's choice only moves the aid line and the
 * totals, so the price panel, the summary and the phone bar show one figure.
 */
export function priceForHousehold(price: PriceBreakdown, household: Household): PriceBreakdown {
  if (household === price.bonus.household || !price.bonus.eligible) return price;
  const aidCents = price.bonus.byHousehold[household];
  const delta = aidCents - price.bonusCents;
  return {
    ...price,
    lines: price.lines.map((line) => (line.kind === 'bonus' ? { ...line, amountCents: -aidCents } : line)),
    bonusCents: aidCents,
    bonus: { ...price.bonus, household },
    totalCents: price.totalCents - delta,
    totalSavingsCents: price.totalSavingsCents + delta,
  };
}
