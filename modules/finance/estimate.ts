import type { Configuration, MonthlyEstimate, PriceBreakdown } from '@/modules/catalog';
import { CREDIT_WARNING } from './legal';
import { quoteCredit } from './offers';
import { ZCarModelCode, type TCarModelCode } from './schemas';
import type { CreditOffer } from './types';
import { findProduct } from './validate';

/**
 * The monthly figure shown next to the configurator's price: a classic car loan on the server's
 * total, with the representative terms (20 % down, 48 months). The full legal example goes with it,
 * because French law requires one wherever a monthly amount is advertised.
 */
export const ESTIMATE_PRODUCT_ID = 'credit-classique';
export const ESTIMATE_DURATION_MONTHS = 48;
export const ESTIMATE_DEPOSIT_PCT = 20;


/** Deposit rounded up to the next 100 €, raised when the product's ceiling on the financed amount needs it. */
function depositFor(priceCents: number, maxFinancedCents: number): number {
  const share = Math.ceil((priceCents * ESTIMATE_DEPOSIT_PCT) / 100 / 10_000) * 10_000;
  return Math.min(priceCents, Math.max(share, priceCents - maxFinancedCents));
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
