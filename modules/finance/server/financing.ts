/**
 * The financing page's numbers, all computed here from the configuration's server price: the
 * client sends a configuration (codes), deposit, duration, mileage, the products to compare and
 * optionally a trade-in vehicle, never a price. No framework imports (used by the page's server
 * action, the PDF route and the tests).
 */
import { z } from 'zod';
import { catalogue, configurationInputSchema, HOUSEHOLDS, normalizeConfiguration, priceConfiguration, type Configuration, type PriceBreakdown } from '@/modules/catalog';
import { factoryOrderContext, stockContext } from '@/modules/catalog/server';
import {
  type CombinedPoint,
  type Comparison,
  combinedPaidOverTime,
  compareOffers,
  depositBounds,
  estimateTradeIn,
  FINANCE_PRODUCTS,
  type FinanceError,
  type FinanceOffer,
  type LegalMention,
  legalMentionsFor,
  MAX_COMPARED_OFFERS,
  MILEAGE_BANDS_KM,
  quote,
  representativeExample,
  type TFinanceProduct,
  type TLocalized,
  type TradeInEstimate,
  type TTradeInRequest,
  ZTradeInRequest,
} from '@/modules/finance';

/** Slider positions: the durations every lease offers, and their mileage bands. */
export const DURATION_STEPS_MONTHS = [24, 36, 48, 60] as const;
export const MILEAGE_STEPS_KM = MILEAGE_BANDS_KM;
export const DEPOSIT_STEP_CENTS = 50_000;
export const DEFAULT_PRODUCT_IDS = ['credit-classique', 'loa-liberte', 'lld-serenite'] as const;

export const financingRequestSchema = z.strictObject({
  configuration: configurationInputSchema,
  cashDepositCents: z.int().min(0).max(100_000_000),
  durationMonths: z.int().min(1).max(120),
  annualMileageKm: z.int().min(1).max(200_000),
  productIds: z.array(z.string().max(40)).min(1).max(MAX_COMPARED_OFFERS),
  tradeIn: ZTradeInRequest.optional(),
  /** Use the trade-in estimate as (part of) the deposit. */
  useTradeIn: z.boolean().default(false),
  /** The buyer's household category for the EV aid (they say which; we never guess income). */
  household: z.enum(HOUSEHOLDS).default('standard'),
  /** A car from stock (registered now) or a factory order (registered at delivery). */
  basis: z.enum(['stock', 'factory-order']).default('factory-order'),
});
export type FinancingRequest = z.input<typeof financingRequestSchema>;

export type OfferColumn =
  | {
      readonly ok: true;
      readonly productId: string;
      readonly name: TLocalized;
      readonly offer: FinanceOffer;
      /** What the product allows differs from the sliders: the values actually used. */
      readonly adjusted: { readonly durationMonths: boolean; readonly mileage: boolean; readonly deposit: boolean };
      readonly representativeExample: TLocalized | null;
    }
  | { readonly ok: false; readonly productId: string; readonly name: TLocalized; readonly errors: readonly FinanceError[] };

export type FinancingResult = {
  readonly configuration: Configuration;
  readonly modelName: TLocalized;
  readonly trimName: TLocalized;
  /** What the buyer pays: vehicle + registration taxes − aid; the amount financed from. */
  readonly priceCents: number;
  /** The server's price breakdown (grid years, registration date, mass tax, aid). */
  readonly price: PriceBreakdown;
  readonly maxDepositCents: number;
  readonly tradeIn: TradeInEstimate | null;
  readonly tradeInErrors: readonly FinanceError[];
  readonly tradeInUsedCents: number;
  readonly columns: readonly OfferColumn[];
  readonly comparison: Comparison | null;
  readonly chart: readonly CombinedPoint[];
  readonly legal: readonly LegalMention[];
  readonly products: readonly { readonly id: string; readonly name: TLocalized; readonly eligible: boolean }[];
};

const nearest = (allowed: readonly number[], wanted: number): number =>
  allowed.reduce((best, x) => (Math.abs(x - wanted) < Math.abs(best - wanted) ? x : best), allowed[0] ?? wanted);

type QuoteBase = { modelCode: string; priceCents: number; vehiclePriceCents: number; cashDepositCents: number; tradeInCents: number };

function quoteProduct(product: TFinanceProduct, base: QuoteBase, durationMonths: number, annualMileageKm: number): OfferColumn {
  const duration = nearest(product.durationsMonths, durationMonths);
  const mileage = product.kind === 'credit' ? annualMileageKm : nearest(product.mileageBandsKm, annualMileageKm);
  // The slider's deposit is kept within what the product accepts (trade-in counts towards it).
  const bounds = depositBounds(product, base.priceCents);
  const total = base.cashDepositCents + base.tradeInCents;
  const clampedTotal = Math.min(bounds.maxCents, Math.max(bounds.minCents, total));
  const cashDepositCents = Math.max(0, clampedTotal - base.tradeInCents);
  const quoted = quote({
    kind: product.kind,
    productId: product.id,
    modelCode: base.modelCode,
    priceCents: base.priceCents,
    cashDepositCents,
    tradeInCents: base.tradeInCents,
    durationMonths: duration,
    // Leases: the residual value is a share of the vehicle's price before malus and aid.
    ...(product.kind === 'credit' ? {} : { annualMileageKm: mileage, vehiclePriceCents: base.vehiclePriceCents }),
  });
  if (!quoted.ok) return { ok: false, productId: product.id, name: product.name, errors: quoted.errors };
  const example = representativeExample(product);
  return {
    ok: true,
    productId: product.id,
    name: product.name,
    offer: quoted.value,
    adjusted: { durationMonths: duration !== durationMonths, mileage: product.kind !== 'credit' && mileage !== annualMileageKm, deposit: cashDepositCents !== base.cashDepositCents },
    representativeExample: example.ok ? example.value.text : null,
  };
}

type BaseTerms = { cashDepositCents: number; tradeIn?: TTradeInRequest | undefined; useTradeIn: boolean };

/** The amounts every quote starts from: the server's price, the deposit within it, the trade-in estimate and what of it is used. */
function financingBase(modelCode: string, price: PriceBreakdown, terms: BaseTerms, now: Date) {
  const priceCents = price.totalCents;
  const estimate = terms.tradeIn ? estimateTradeIn(terms.tradeIn, { referenceYear: now.getUTCFullYear() }) : null;
  const tradeIn = estimate?.ok ? estimate.value : null;
  const tradeInUsedCents = terms.useTradeIn && tradeIn ? Math.min(tradeIn.estimateCents, priceCents) : 0;
  const base: QuoteBase = { modelCode, priceCents, vehiclePriceCents: price.subtotalTTCCents, cashDepositCents: Math.min(terms.cashDepositCents, priceCents), tradeInCents: tradeInUsedCents };
  return { base, estimate, tradeIn, tradeInUsedCents };
}

/** What a buyer chose on /financing, carried to checkout: one product and its terms. */
export type ChosenFinancing = BaseTerms & { productId: string; durationMonths: number; annualMileageKm: number };

export type ChosenFinancingQuote = { column: OfferColumn; tradeIn: TradeInEstimate | null; tradeInUsedCents: number };

/**
 * The chosen offer quoted on a price the caller computed (checkout's own price): the same base and
 * the same per-product clamping as /financing, so the same car and terms give the same monthly
 * figure on both pages. Null when the product is unknown or not offered for this model.
 */
export function quoteChosenFinancing(modelCode: string, price: PriceBreakdown, chosen: ChosenFinancing, now: Date, products: readonly TFinanceProduct[] = FINANCE_PRODUCTS): ChosenFinancingQuote | null {
  const product = products.find((p) => p.id === chosen.productId);
  if (!product || !(product.eligibleModels as readonly string[]).includes(modelCode)) return null;
  const { base, tradeIn, tradeInUsedCents } = financingBase(modelCode, price, chosen, now);
  return { column: quoteProduct(product, base, chosen.durationMonths, chosen.annualMileageKm), tradeIn, tradeInUsedCents };
}

export function computeFinancing(input: unknown, now: Date, products: readonly TFinanceProduct[] = FINANCE_PRODUCTS): FinancingResult {
  const request = financingRequestSchema.parse(input);
  const { configuration } = normalizeConfiguration(catalogue, request.configuration);
  const context = request.basis === 'stock' ? stockContext(now, request.household) : factoryOrderContext(configuration, now, { household: request.household });
  const price = priceConfiguration(catalogue, configuration, context);
  const priceCents = price.totalCents;
  const model = catalogue.models.find((m) => m.code === configuration.model);
  const trim = model?.trims.find((t) => t.code === configuration.trim);
  const { base, estimate, tradeIn, tradeInUsedCents } = financingBase(configuration.model, price, request, now);
  const chosen = [...new Set(request.productIds)].map((id) => products.find((p) => p.id === id)).filter((p): p is TFinanceProduct => p !== undefined);
  const columns = chosen.map((product) => quoteProduct(product, base, request.durationMonths, request.annualMileageKm));
  const offers = columns.flatMap((c) => (c.ok ? [c.offer] : []));
  const comparison = offers.length > 0 ? compareOffers(offers) : null;
  const legal = new Map<string, LegalMention>();
  for (const offer of offers) {
    // The insurance notice goes with every offer whose product offers an optional insurance.
    const withInsurance = offer.kind !== 'cash' && offer.insurance !== null;
    for (const mention of legalMentionsFor(offer.kind, { withTradeIn: tradeInUsedCents > 0, withInsurance })) legal.set(mention.id, mention);
  }
  return {
    configuration,
    modelName: model?.name ?? { fr: configuration.model, en: configuration.model },
    trimName: trim?.name ?? { fr: configuration.trim, en: configuration.trim },
    priceCents,
    price,
    maxDepositCents: Math.max(...products.map((p) => depositBounds(p, priceCents).maxCents), 0),
    tradeIn,
    tradeInErrors: estimate && !estimate.ok ? estimate.errors : [],
    tradeInUsedCents,
    columns,
    comparison: comparison?.ok ? comparison.value : null,
    chart: combinedPaidOverTime(offers),
    legal: [...legal.values()],
    products: products.map((p) => ({ id: p.id, name: p.name, eligible: (p.eligibleModels as readonly string[]).includes(configuration.model) })),
  };
}
