/**
 * Side-by-side comparison of up to three offers, like with like: what it costs to end up OWNING the
 * car (cash, credit, LOA with its purchase option exercised) is ranked apart from what it costs to
 * USE it and hand it back (LLD, LOA without the option). An LOA is in both groups; a rental is never
 * "cheaper" than a purchase because the buyer of the purchase keeps a car worth its resale value.
 */
import { type FinanceResult, fail, financeError, ok } from './errors';
import type { TFinanceKind, TLocalized } from './schemas';
import type { FinanceOffer } from './types';

export const MAX_COMPARED_OFFERS = 3;

const CASH_LABEL: TLocalized = { fr: 'Paiement comptant', en: 'Cash payment' };

export type ComparisonRow = {
  readonly kind: TFinanceKind;
  readonly productId: string | null;
  readonly label: TLocalized;
  /** 0 for cash. */
  readonly durationMonths: number;
  /** Deposit (trade-in included) plus fees, due at signature; the full price for cash. */
  readonly upfrontCents: number;
  /** Regular instalment or rent, plus the insurance when chosen; 0 for cash. */
  readonly monthlyCents: number;
  /** LOA purchase option; 0 otherwise. */
  readonly endOfContractCents: number;
  readonly totalCostCents: number;
  /** Total cost of ownership: what it costs to end up owning the car; null for LLD, where the car goes back. */
  readonly totalToOwnCents: number | null;
  /** Cost of use: what it costs to drive the car and hand it back (LLD, LOA without option); null for purchases. */
  readonly costOfUseCents: number | null;
  readonly ownsCarAtEnd: boolean;
  /** Against the cheapest offer of the same group; null when the row is not in the group. */
  readonly differenceFromCheapestToOwnCents: number | null;
  readonly differenceFromCheapestToUseCents: number | null;
  readonly isCheapestToOwn: boolean;
  readonly isCheapestToUse: boolean;
};

export type Comparison = {
  readonly rows: readonly ComparisonRow[];
  /** Index of the cheapest way to own the car, null when no offer leads to ownership. */
  readonly cheapestToOwnIndex: number | null;
  /** Index of the cheapest way to use the car, null when no offer is a rental. */
  readonly cheapestToUseIndex: number | null;
};

type BaseRow = Omit<ComparisonRow, 'differenceFromCheapestToOwnCents' | 'differenceFromCheapestToUseCents' | 'isCheapestToOwn' | 'isCheapestToUse'>;

function rowOf(offer: FinanceOffer): BaseRow {
  if (offer.kind === 'cash') {
    return { kind: 'cash', productId: null, label: CASH_LABEL, durationMonths: 0, upfrontCents: offer.priceCents, monthlyCents: 0, endOfContractCents: 0, totalCostCents: offer.totalCostCents, totalToOwnCents: offer.totalCostCents, costOfUseCents: null, ownsCarAtEnd: true };
  }
  const premium = offer.insurance?.selected ? offer.insurance.monthlyCents : 0;
  const base = { kind: offer.kind, productId: offer.productId, label: offer.productName, durationMonths: offer.durationMonths, upfrontCents: offer.depositCents + offer.feesCents, totalCostCents: offer.totalCostCents, ownsCarAtEnd: offer.ownsCarAtEnd };
  switch (offer.kind) {
    case 'credit':
      return { ...base, monthlyCents: offer.monthlyPaymentCents + premium, endOfContractCents: 0, totalToOwnCents: offer.totalCostCents, costOfUseCents: null };
    case 'loa':
      return { ...base, monthlyCents: offer.monthlyRentCents + premium, endOfContractCents: offer.purchaseOptionCents, totalToOwnCents: offer.totalCostWithOptionCents, costOfUseCents: offer.totalCostCents };
    case 'lld':
      return { ...base, monthlyCents: offer.monthlyRentCents + premium, endOfContractCents: 0, totalToOwnCents: null, costOfUseCents: offer.totalCostCents };
  }
}

export function compareOffers(offers: readonly FinanceOffer[]): FinanceResult<Comparison> {
  if (offers.length === 0) return fail(financeError('NO_OFFERS', 'offers', 'Nothing to compare'));
  if (offers.length > MAX_COMPARED_OFFERS) {
    return fail(financeError('TOO_MANY_OFFERS', 'offers', `At most ${MAX_COMPARED_OFFERS} offers can be compared`, { max: MAX_COMPARED_OFFERS }));
  }
  const rows = offers.map(rowOf);
  const cheapestToOwnIndex = cheapestBy(rows, (row) => row.totalToOwnCents);
  const cheapestToUseIndex = cheapestBy(rows, (row) => row.costOfUseCents);
  const ownFloor = cheapestToOwnIndex === null ? null : rows[cheapestToOwnIndex]?.totalToOwnCents ?? null;
  const useFloor = cheapestToUseIndex === null ? null : rows[cheapestToUseIndex]?.costOfUseCents ?? null;
  return ok({
    cheapestToOwnIndex,
    cheapestToUseIndex,
    rows: rows.map((row, i) => ({
      ...row,
      differenceFromCheapestToOwnCents: row.totalToOwnCents === null || ownFloor === null ? null : row.totalToOwnCents - ownFloor,
      differenceFromCheapestToUseCents: row.costOfUseCents === null || useFloor === null ? null : row.costOfUseCents - useFloor,
      isCheapestToOwn: i === cheapestToOwnIndex,
      isCheapestToUse: i === cheapestToUseIndex,
    })),
  });
}

/** Index of the lowest non-null amount (first one on a tie), or null when every row is null. */
function cheapestBy(rows: readonly BaseRow[], amount: (row: BaseRow) => number | null): number | null {
  let best: number | null = null;
  let bestValue = Number.POSITIVE_INFINITY;
  rows.forEach((row, i) => {
    const value = amount(row);
    if (value !== null && value < bestValue) {
      best = i;
      bestValue = value;
    }
  });
  return best;
}
