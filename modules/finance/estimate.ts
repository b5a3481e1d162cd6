import type { Configuration, MonthlyEstimate, PriceBreakdown } from '@/modules/catalog';
import { CREDIT_WARNING } from './legal';
import { quoteCredit } from './offers';
import { ZCarModelCode, type TCarModelCode } from './schemas';
import type { CreditOffer } from './types';
import { findProduct } from './validate';

/**
 * The monthly figure shown next to the configurator's price: a classic car loan on the server's
 * total, with the same default terms as /financing opens with (3 000 € down, 48 months), so the
 * two pages give one figure for one car. The terms are printed next to the figure, and the full
 * legal example goes with it, because French law requires one wherever a monthly amount is advertised.
 */
export const ESTIMATE_PRODUCT_ID = 'credit-classique';
export const ESTIMATE_DURATION_MONTHS = 48;
/** The one default cash deposit of the site (configurator estimate and /financing). */
export const DEFAULT_CASH_DEPOSIT_CENTS = 300_000;

/** The default deposit, raised when the product's ceiling on the financed amount needs it. */
function depositFor(priceCents: number, maxFinancedCents: number): number {
  return Math.min(priceCents, Math.max(DEFAULT_CASH_DEPOSIT_CENTS, priceCents - maxFinancedCents));
}

/** null when the car cannot be financed this way (unknown model, price out of the product's bounds). */
export function monthlyEstimate(modelCode: string, priceCents: number): MonthlyEstimate | null {
  const model = ZCarModelCode.safeParse(modelCode);
  const product = findProduct(ESTIMATE_PRODUCT_ID, 'credit');
  if (!model.success || !product.ok || priceCents <= 0) return null;
  const offer = quote(model.data, priceCents, product.value);
  if (!offer) return null;
  return {
    productId: offer.productId,
    productName: offer.productName,
    priceCents: offer.priceCents,
    depositCents: offer.depositCents,
    durationMonths: offer.durationMonths,
    monthlyPaymentCents: offer.monthlyPaymentCents,
    taegPct: offer.taegPct,
    nominalRatePct: offer.nominalRatePct,
    totalDueCents: offer.totalDueCents,
    totalCreditCostCents: offer.totalCreditCostCents,
    feesCents: offer.feesCents,
    creditWarning: CREDIT_WARNING.text,
  };
}

/** A catalogue quote (configuration and server price) with its monthly estimate beside it. */
export function withEstimate<Q extends { readonly configuration: Configuration; readonly price: PriceBreakdown }>(
  quote: Q,
): Q & { readonly estimate: MonthlyEstimate | null } {
  return { ...quote, estimate: monthlyEstimate(quote.configuration.model, quote.price.totalCents) };
}

function quote(modelCode: TCarModelCode, priceCents: number, product: Parameters<typeof quoteCredit>[1]): CreditOffer | null {
  const cashDepositCents = depositFor(priceCents, product.maxFinancedCents);
  const result = quoteCredit(
    { kind: 'credit', modelCode, priceCents, cashDepositCents, tradeInCents: 0, productId: product.id, durationMonths: ESTIMATE_DURATION_MONTHS, withInsurance: false },
    product,
  );
  return result.ok ? result.value : null;
}
