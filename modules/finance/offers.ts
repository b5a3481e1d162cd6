/** Quotes: cash, classic car loan (crédit affecté), LOA and LLD, each from a configured product. */
import { amortise } from './amortization';
import { FINANCE_PRODUCTS } from './data/products';
import { type FinanceResult, fail, financeError, fromZodError, ok } from './errors';
import { leaseRentCents, regularRentCount, residualValueCents, residualValuePct } from './lease';
import { percentOfCents, roundPercent } from './money';
import {
  type TCashRequest,
  type TCreditProduct,
  type TCreditRequest,
  type TFinanceProduct,
  type TInsurance,
  type TLeaseProduct,
  type TLeaseRequest,
  ZQuoteRequest,
} from './schemas';
import { type CashFlow, monthlyRepayments, solveAnnualRate } from './taeg';
import type { CashOffer, CreditOffer, FinanceOffer, InsuranceQuote, LldOffer, LoaOffer } from './types';
import { findProduct, validateTerms } from './validate';

export function quoteCash(request: TCashRequest): FinanceResult<CashOffer> {
  const depositCents = request.cashDepositCents + request.tradeInCents;
  if (depositCents > request.priceCents) {
    return fail(financeError('DEPOSIT_EXCEEDS_PRICE', 'tradeInCents', 'Deposit and trade-in exceed the price', { priceCents: request.priceCents }));
  }
  return ok({
    kind: 'cash',
    modelCode: request.modelCode,
    priceCents: request.priceCents,
    cashDepositCents: request.cashDepositCents,
    tradeInCents: request.tradeInCents,
    depositCents,
    balanceDueCents: request.priceCents - depositCents,
    totalCostCents: request.priceCents,
    ownsCarAtEnd: true,
  });
}

export function feesCents(product: TFinanceProduct, financedCents: number): number {
  return product.fees.fixedCents + percentOfCents(financedCents, product.fees.pctOfFinanced);
}

export function insuranceMonthlyCents(insurance: TInsurance, financedCents: number): number {
  return insurance.basis === 'fixed' ? insurance.monthlyCents : percentOfCents(financedCents, insurance.monthlyPct);
}

export function quoteCredit(request: TCreditRequest, product: TCreditProduct): FinanceResult<CreditOffer> {
  const terms = validateTerms(request, product);
  if (!terms.ok) return terms;
  const { depositCents, financedCents, annualRatePct } = terms.value;
  const loan = amortise(financedCents, annualRatePct, request.durationMonths);
  const fees = feesCents(product, financedCents);
  const instalments = loan.schedule.map((row) => row.paymentCents);

  // Fees paid at signature count as a repayment at t = 0 (Annex I: "payments of charges").
  const feeFlows: CashFlow[] = fees > 0 ? [{ amountCents: fees, years: 0 }] : [];
  const drawdowns = [{ amountCents: financedCents, years: 0 }];
  const rateWithout = solveAnnualRate({ drawdowns, repayments: [...feeFlows, ...monthlyRepayments(instalments)] });
  if (rateWithout === null) throw new Error('TAEG has no solution for an amortised loan');

  let insurance: InsuranceQuote | null = null;
  if (product.insurance) {
    const monthly = insuranceMonthlyCents(product.insurance, financedCents);
    const rateWith = solveAnnualRate({ drawdowns, repayments: [...feeFlows, ...monthlyRepayments(instalments.map((p) => p + monthly))] });
    insurance = {
      name: product.insurance.name,
      selected: request.withInsurance,
      monthlyCents: monthly,
      months: request.durationMonths,
      totalCents: monthly * request.durationMonths,
      taeaPct: rateWith === null ? null : roundPercent((rateWith - rateWithout) * 100, 2),
    };
  }
  const totalDueCents = loan.totalRepaidCents + fees;
  return ok({
    kind: 'credit',
    productId: product.id,
    productName: product.name,
    lender: product.lender,
    modelCode: request.modelCode,
    priceCents: request.priceCents,
    cashDepositCents: request.cashDepositCents,
    tradeInCents: request.tradeInCents,
    depositCents,
    durationMonths: request.durationMonths,
    principalCents: financedCents,
    nominalRatePct: annualRatePct,
    monthlyPaymentCents: loan.paymentCents,
    lastPaymentCents: loan.lastPaymentCents,
    schedule: loan.schedule,
    totalInterestCents: loan.totalInterestCents,
    feesCents: fees,
    totalCreditCostCents: loan.totalInterestCents + fees,
    totalDueCents,
    taegPct: roundPercent(rateWithout * 100, 2),
    insurance,
    totalCostCents: depositCents + totalDueCents + (insurance?.selected ? insurance.totalCents : 0),
    ownsCarAtEnd: true,
  });
}

export function quoteLease(request: TLeaseRequest, product: TLeaseProduct): FinanceResult<LoaOffer | LldOffer> {
  if (request.kind !== product.kind) {
    return fail(financeError('PRODUCT_KIND_MISMATCH', 'productId', `Product "${product.id}" is ${product.kind}, not ${request.kind}`, { expected: request.kind, actual: product.kind }));
  }
  const terms = validateTerms(request, product);
  const mileages: readonly number[] = product.mileageBandsKm;
  const mileageOffered = mileages.includes(request.annualMileageKm);
  const errors = terms.ok ? [] : [...terms.errors];
  if (!mileageOffered) {
    errors.push(financeError('MILEAGE_NOT_OFFERED', 'annualMileageKm', `${product.id} is not offered for ${request.annualMileageKm} km a year`, { allowed: mileages }));
  }
  const pct = residualValuePct(request.modelCode, request.durationMonths, request.annualMileageKm);
  if (terms.ok && mileageOffered && pct === undefined) {
    errors.push(financeError('NO_RESIDUAL_VALUE', '', `No residual value for ${request.modelCode}, ${request.durationMonths} months, ${request.annualMileageKm} km`));
  }
  if (!terms.ok || errors.length > 0 || pct === undefined) return { ok: false, errors };

  const { depositCents, financedCents, annualRatePct } = terms.value;
  // Residual on the vehicle's own price, before malus and aid (see lease.ts).
  const vehiclePriceCents = request.vehiclePriceCents ?? request.priceCents;
  const residualCents = residualValueCents(vehiclePriceCents, pct);
  const rent = leaseRentCents(financedCents, residualCents, annualRatePct, request.durationMonths);
  if (rent <= 0) {
    return fail(financeError('RENT_NOT_POSITIVE', 'cashDepositCents', 'Deposit plus residual value already cover the price', { residualValueCents: residualCents }));
  }
  const fees = feesCents(product, financedCents);
  // The first, larger rent is the deposit (counted in depositCents); then n − 1 regular rents.
  const rentCount = regularRentCount(request.durationMonths);
  const totalRentsCents = rent * rentCount;
  const insurance: InsuranceQuote | null = product.insurance
    ? (() => {
        const monthly = insuranceMonthlyCents(product.insurance, financedCents);
        // Charged with each monthly payment, the first larger rent included.
        return { name: product.insurance.name, selected: request.withInsurance, monthlyCents: monthly, months: request.durationMonths, totalCents: monthly * request.durationMonths, taeaPct: null };
      })()
    : null;
  const totalCostCents = depositCents + totalRentsCents + fees + (insurance?.selected ? insurance.totalCents : 0);
  const taegPct = product.kind === 'loa' ? leaseTaegPct(financedCents, fees, rent, rentCount, residualCents) : null;
  const common = {
    productId: product.id,
    productName: product.name,
    lender: product.lender,
    modelCode: request.modelCode,
    priceCents: request.priceCents,
    vehiclePriceCents,
    cashDepositCents: request.cashDepositCents,
    tradeInCents: request.tradeInCents,
    depositCents,
    durationMonths: request.durationMonths,
    regularRentCount: rentCount,
    annualMileageKm: request.annualMileageKm,
    contractMileageKm: Math.round((request.annualMileageKm * request.durationMonths) / 12),
    leaseRatePct: annualRatePct,
    taegPct,
    residualValuePct: pct,
    residualValueCents: residualCents,
    monthlyRentCents: rent,
    totalRentsCents,
    feesCents: fees,
    excessKmCents: product.excessKmCents,
    insurance,
    totalCostCents,
    ownsCarAtEnd: false,
  };
  if (product.kind === 'loa') {
    return ok({ ...common, kind: 'loa', purchaseOptionCents: residualCents, totalCostWithOptionCents: totalCostCents + residualCents });
  }
  return ok({ ...common, kind: 'lld' });
}

/**
 * TAEG of an LOA as a credit (Code de la consommation art. L312-6, which since 20 November 2026 no
 * longer exempts LOA): the consumer receives the car's value net of the first larger rent at t = 0
 * and repays the fees at t = 0, the n − 1 rents (months 1..n−1) and the purchase option (month n),
 * the option being assumed exercised as the directive's Annex I does for credits with a final
 * payment.
 */
function leaseTaegPct(financedCents: number, feesAtSignatureCents: number, rentCents: number, rentCount: number, optionCents: number): number | null {
  const repayments: CashFlow[] = [
    ...(feesAtSignatureCents > 0 ? [{ amountCents: feesAtSignatureCents, years: 0 }] : []),
    ...monthlyRepayments(Array.from({ length: rentCount }, () => rentCents)),
    { amountCents: optionCents, years: (rentCount + 1) / 12 },
  ];
  const rate = solveAnnualRate({ drawdowns: [{ amountCents: financedCents, years: 0 }], repayments });
  return rate === null ? null : roundPercent(rate * 100, 2);
}

/**
 * Validates raw input (e.g. form data already parsed to numbers) and quotes it against the
 * catalogue. Structural problems come back as INVALID_INPUT, business rules as their own codes.
 */
export function quote(input: unknown, catalogue: readonly TFinanceProduct[] = FINANCE_PRODUCTS): FinanceResult<FinanceOffer> {
  const parsed = ZQuoteRequest.safeParse(input);
  if (!parsed.success) return fail(...fromZodError(parsed.error));
  const request = parsed.data;
  switch (request.kind) {
    case 'cash':
      return quoteCash(request);
    case 'credit': {
      const product = findProduct(request.productId, 'credit', catalogue);
      return product.ok ? quoteCredit(request, product.value) : product;
    }
    case 'loa':
    case 'lld': {
      const product = findProduct(request.productId, request.kind, catalogue);
      return product.ok ? quoteLease(request, product.value) : product;
    }
  }
}
