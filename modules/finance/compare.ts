/** Side-by-side comparison of up to three offers on what they cost in total. */
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
  /** What it costs to end up owning the car; null for LLD, where the car goes back. */
  readonly totalToOwnCents: number | null;
  readonly ownsCarAtEnd: boolean;
  readonly differenceFromCheapestCents: number;
  readonly isCheapest: boolean;
};

export type Comparison = { readonly rows: readonly ComparisonRow[]; readonly cheapestIndex: number };

function rowOf(offer: FinanceOffer): Omit<ComparisonRow, 'differenceFromCheapestCents' | 'isCheapest'> {
  if (offer.kind === 'cash') {
    return { kind: 'cash', productId: null, label: CASH_LABEL, durationMonths: 0, upfrontCents: offer.priceCents, monthlyCents: 0, endOfContractCents: 0, totalCostCents: offer.totalCostCents, totalToOwnCents: offer.totalCostCents, ownsCarAtEnd: true };
  }
  const premium = offer.insurance?.selected ? offer.insurance.monthlyCents : 0;
  const base = { kind: offer.kind, productId: offer.productId, label: offer.productName, durationMonths: offer.durationMonths, upfrontCents: offer.depositCents + offer.feesCents, totalCostCents: offer.totalCostCents, ownsCarAtEnd: offer.ownsCarAtEnd };
  switch (offer.kind) {
    case 'credit':
      return { ...base, monthlyCents: offer.monthlyPaymentCents + premium, endOfContractCents: 0, totalToOwnCents: offer.totalCostCents };
    case 'loa':
      return { ...base, monthlyCents: offer.monthlyRentCents + premium, endOfContractCents: offer.purchaseOptionCents, totalToOwnCents: offer.totalCostWithOptionCents };
    case 'lld':
      return { ...base, monthlyCents: offer.monthlyRentCents + premium, endOfContractCents: 0, totalToOwnCents: null };
  }
}

export function compareOffers(offers: readonly FinanceOffer[]): FinanceResult<Comparison> {
  if (offers.length === 0) return fail(financeError('NO_OFFERS', 'offers', 'Nothing to compare'));
  if (offers.length > MAX_COMPARED_OFFERS) {
    return fail(financeError('TOO_MANY_OFFERS', 'offers', `At most ${MAX_COMPARED_OFFERS} offers can be compared`, { max: MAX_COMPARED_OFFERS }));
  }
  const rows = offers.map(rowOf);
  const cheapestIndex = rows.reduce((best, row, i) => (row.totalCostCents < (rows[best]?.totalCostCents ?? Infinity) ? i : best), 0);
  const cheapest = rows[cheapestIndex]?.totalCostCents ?? 0;
  return ok({
    cheapestIndex,
    rows: rows.map((row, i) => ({ ...row, differenceFromCheapestCents: row.totalCostCents - cheapest, isCheapest: i === cheapestIndex })),
  });
}
