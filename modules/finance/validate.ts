/** Business rules of a quote request against its finance product; every broken rule becomes a coded error. */
import { FINANCE_PRODUCTS } from './data/products';
import { type FinanceError, type FinanceResult, fail, financeError, ok } from './errors';
import { percentOfCents } from './money';
import type { TCreditRequest, TFinanceProduct, TLeaseRequest, TRateBand } from './schemas';

type ProductOfKind<K extends TFinanceProduct['kind']> = Extract<TFinanceProduct, { kind: K }>;

export function findProduct<K extends TFinanceProduct['kind']>(
  productId: string,
  kind: K,
  catalogue: readonly TFinanceProduct[] = FINANCE_PRODUCTS,
): FinanceResult<ProductOfKind<K>> {
  const product = catalogue.find((p) => p.id === productId);
  if (!product) return fail(financeError('UNKNOWN_PRODUCT', 'productId', `No finance product "${productId}"`, { productId }));
  if (!isKind(product, kind)) {
    return fail(financeError('PRODUCT_KIND_MISMATCH', 'productId', `Product "${productId}" is ${product.kind}, not ${kind}`, { expected: kind, actual: product.kind }));
  }
  return ok(product);
}

function isKind<K extends TFinanceProduct['kind']>(product: TFinanceProduct, kind: K): product is ProductOfKind<K> {
  return product.kind === kind;
}

/** The band covering `months`; the first match wins when bands overlap. */
export function rateBandFor(rateBands: readonly TRateBand[], months: number): TRateBand | undefined {
  return rateBands.find((band) => months >= band.minMonths && months <= band.maxMonths);
}

export type DepositBounds = { readonly minCents: number; readonly maxCents: number };

export function depositBounds(product: TFinanceProduct, priceCents: number): DepositBounds {
  return { minCents: percentOfCents(priceCents, product.deposit.minPct), maxCents: percentOfCents(priceCents, product.deposit.maxPct) };
}

export type ValidatedTerms = {
  /** Cash deposit plus trade-in. */
  readonly depositCents: number;
  /** Price minus deposit: the amount the product finances. */
  readonly financedCents: number;
  readonly annualRatePct: number;
};

/** Checks shared by credit, LOA and LLD: model, duration, deposit, financed amount, rate. */
export function validateTerms(request: TCreditRequest | TLeaseRequest, product: TFinanceProduct): FinanceResult<ValidatedTerms> {
  const errors: FinanceError[] = [];
  if (!product.eligibleModels.includes(request.modelCode)) {
    errors.push(financeError('MODEL_NOT_ELIGIBLE', 'modelCode', `${product.id} does not finance ${request.modelCode}`, { allowed: product.eligibleModels.join(',') }));
  }
  const durations: readonly number[] = product.durationsMonths;
  const band = rateBandFor(product.rateBands, request.durationMonths);
  if (!durations.includes(request.durationMonths)) {
    errors.push(financeError('DURATION_NOT_OFFERED', 'durationMonths', `${product.id} is not offered over ${request.durationMonths} months`, { allowed: durations }));
  } else if (!band) {
    errors.push(financeError('NO_RATE_FOR_DURATION', 'durationMonths', `${product.id} has no rate for ${request.durationMonths} months`));
  }

  const depositCents = request.cashDepositCents + request.tradeInCents;
  const financedCents = request.priceCents - depositCents;
  const bounds = depositBounds(product, request.priceCents);
  if (depositCents > request.priceCents) {
    errors.push(financeError('DEPOSIT_EXCEEDS_PRICE', 'cashDepositCents', 'Deposit and trade-in exceed the price', { priceCents: request.priceCents }));
  } else if (depositCents < bounds.minCents) {
    errors.push(financeError('DEPOSIT_BELOW_MIN', 'cashDepositCents', `Deposit must be at least ${bounds.minCents} cents`, { minCents: bounds.minCents, minPct: product.deposit.minPct }));
  } else if (depositCents > bounds.maxCents) {
    errors.push(financeError('DEPOSIT_ABOVE_MAX', 'cashDepositCents', `Deposit must be at most ${bounds.maxCents} cents`, { maxCents: bounds.maxCents, maxPct: product.deposit.maxPct }));
  } else if (financedCents < product.minFinancedCents) {
    errors.push(financeError('FINANCED_AMOUNT_TOO_LOW', 'cashDepositCents', `At least ${product.minFinancedCents} cents must be financed`, { minCents: product.minFinancedCents }));
  } else if (financedCents > product.maxFinancedCents) {
    errors.push(financeError('FINANCED_AMOUNT_TOO_HIGH', 'priceCents', `At most ${product.maxFinancedCents} cents can be financed`, { maxCents: product.maxFinancedCents }));
  }

  if (errors.length > 0 || !band) return { ok: false, errors };
  return ok({ depositCents, financedCents, annualRatePct: band.annualRatePct });
}
