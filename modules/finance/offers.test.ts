import { describe, expect, it } from 'vitest';
import { FINANCE_PRODUCTS } from './data/products';
import type { FinanceResult } from './errors';
import { quote } from './offers';
import type { TFinanceProduct, TQuoteRequestInput } from './schemas';
import type { FinanceOffer } from './types';

function quoted(input: TQuoteRequestInput, catalogue?: readonly TFinanceProduct[]): FinanceOffer {
  const result = quote(input, catalogue);
  if (!result.ok) throw new Error(`expected an offer, got ${JSON.stringify(result.errors)}`);
  return result.value;
}

function codes(result: FinanceResult<unknown>): string[] {
  return result.ok ? [] : result.errors.map((e) => e.code);
}

const credit = { kind: 'credit', modelCode: 'horizon', priceCents: 3_699_000, cashDepositCents: 699_000, productId: 'credit-classique', durationMonths: 48 } as const;
const loa = { kind: 'loa', modelCode: 'horizon', priceCents: 3_699_000, cashDepositCents: 399_000, productId: 'loa-liberte', durationMonths: 36, annualMileageKm: 15_000 } as const;

describe('cash', () => {
  it('the balance due is the price less the trade-in; the total cost is the price', () => {
    const offer = quoted({ kind: 'cash', modelCode: 'etincelle', priceCents: 2_499_000, tradeInCents: 600_000 });
    expect(offer).toMatchObject({ kind: 'cash', balanceDueCents: 1_899_000, totalCostCents: 2_499_000, ownsCarAtEnd: true });
  });

  it('a trade-in worth more than the car is refused', () => {
    expect(codes(quote({ kind: 'cash', modelCode: 'etincelle', priceCents: 100_000, tradeInCents: 200_000 }))).toEqual(['DEPOSIT_EXCEEDS_PRICE']);
  });
});

describe('credit', () => {
  // Figures cross-checked with a separate script implementing the same rounding rule and a bisection solver.
  it('30 000 € at 5.50 % over 48 months with 150 € of fees', () => {
    const offer = quoted(credit);
    if (offer.kind !== 'credit') throw new Error('credit expected');
    expect(offer).toMatchObject({
      principalCents: 3_000_000,
      nominalRatePct: 5.5,
      monthlyPaymentCents: 69_769,
      lastPaymentCents: 69_792,
      totalInterestCents: 348_935,
      feesCents: 15_000,
      totalCreditCostCents: 363_935,
      totalDueCents: 3_363_935,
      taegPct: 5.91,
      totalCostCents: 699_000 + 3_363_935,
    });
    // Optional insurance: 0.05 % of 30 000 € a month; TAEA = 7.0672 % − 5.9104 % = 1.16 %.
    expect(offer.insurance).toMatchObject({ selected: false, monthlyCents: 1_500, totalCents: 72_000, taeaPct: 1.16 });
    expect(offer.schedule).toHaveLength(48);
  });

  it('chosen insurance is added to the total cost, never to the TAEG', () => {
    const without = quoted(credit);
    const withIt = quoted({ ...credit, withInsurance: true });
    if (without.kind !== 'credit' || withIt.kind !== 'credit') throw new Error('credit expected');
    expect(withIt.taegPct).toBe(without.taegPct);
    expect(withIt.totalCostCents - without.totalCostCents).toBe(72_000);
  });

  it('a trade-in counts towards the deposit', () => {
    const cashOnly = quoted(credit);
    const withTradeIn = quoted({ ...credit, cashDepositCents: 199_000, tradeInCents: 500_000 });
    if (cashOnly.kind !== 'credit' || withTradeIn.kind !== 'credit') throw new Error('credit expected');
    expect(withTradeIn.principalCents).toBe(cashOnly.principalCents);
    expect(withTradeIn.monthlyPaymentCents).toBe(cashOnly.monthlyPaymentCents);
    expect(withTradeIn.depositCents).toBe(699_000);
  });

  it('the rate comes from the duration band', () => {
    const rateFor = (durationMonths: number) => {
      const offer = quoted({ ...credit, durationMonths });
      return offer.kind === 'credit' ? offer.nominalRatePct : Number.NaN;
    };
    expect([rateFor(24), rateFor(36), rateFor(48), rateFor(72)]).toEqual([4.9, 4.9, 5.5, 5.9]);
  });

  it('0 % promotional loan: TAEG 0, no cost', () => {
    const offer = quoted({ kind: 'credit', modelCode: 'etincelle', priceCents: 2_499_000, cashDepositCents: 799_000, productId: 'credit-zero-etincelle', durationMonths: 24 });
    expect(offer).toMatchObject({ taegPct: 0, totalCreditCostCents: 0, totalDueCents: 1_700_000, monthlyPaymentCents: 70_833, lastPaymentCents: 70_841 });
  });
});

describe('credit validation', () => {
  it('duration outside the product → DURATION_NOT_OFFERED with the allowed list', () => {
    const result = quote({ ...credit, durationMonths: 30 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([expect.objectContaining({ code: 'DURATION_NOT_OFFERED', path: 'durationMonths', params: { allowed: [12, 24, 36, 48, 60, 72, 84] } })]);
  });

  it('deposit bounds are percentages of the price', () => {
    const zero = { kind: 'credit', modelCode: 'etincelle', priceCents: 2_000_000, productId: 'credit-zero-etincelle', durationMonths: 12 } as const;
    const low = quote({ ...zero, cashDepositCents: 599_999 });
    expect(low.ok ? null : low.errors[0]).toMatchObject({ code: 'DEPOSIT_BELOW_MIN', params: { minCents: 600_000, minPct: 30 } });
    expect(quote({ ...zero, cashDepositCents: 600_000 }).ok).toBe(true);
    const high = quote({ ...zero, cashDepositCents: 1_600_001 });
    expect(high.ok ? null : high.errors[0]).toMatchObject({ code: 'DEPOSIT_ABOVE_MAX', params: { maxCents: 1_600_000, maxPct: 80 } });
  });

  it('financed amount outside the product limits', () => {
    expect(codes(quote({ ...credit, priceCents: 200_000, cashDepositCents: 100_000 }))).toEqual(['FINANCED_AMOUNT_TOO_LOW']);
    expect(codes(quote({ ...credit, priceCents: 10_000_000, cashDepositCents: 0 }))).toEqual(['FINANCED_AMOUNT_TOO_HIGH']);
  });

  it('deposit plus trade-in above the price', () => {
    expect(codes(quote({ ...credit, cashDepositCents: 3_000_000, tradeInCents: 1_000_000 }))).toEqual(['DEPOSIT_EXCEEDS_PRICE']);
  });

  it('model not financed by the product', () => {
    expect(codes(quote({ ...credit, productId: 'credit-zero-etincelle', durationMonths: 24, cashDepositCents: 1_800_000 }))).toEqual(['MODEL_NOT_ELIGIBLE']);
  });

  it('unknown product, product of another kind', () => {
    expect(codes(quote({ ...credit, productId: 'nope' }))).toEqual(['UNKNOWN_PRODUCT']);
    expect(codes(quote({ ...credit, productId: 'loa-liberte' }))).toEqual(['PRODUCT_KIND_MISMATCH']);
  });

  it('several broken rules are reported together', () => {
    expect(codes(quote({ ...credit, durationMonths: 30, cashDepositCents: 3_600_000 }))).toEqual(['DURATION_NOT_OFFERED', 'DEPOSIT_ABOVE_MAX']);
  });

  it('malformed input → INVALID_INPUT with the field path', () => {
    const result = quote({ ...credit, priceCents: 12.5, cashDepositCents: -1 });
    expect(result.ok ? [] : result.errors.map((e) => [e.code, e.path])).toEqual([
      ['INVALID_INPUT', 'priceCents'],
      ['INVALID_INPUT', 'cashDepositCents'],
    ]);
    expect(codes(quote({ kind: 'leasing' }))).toEqual(['INVALID_INPUT']);
    expect(codes(quote({ ...credit, modelCode: 'roadster' }))).toEqual(['INVALID_INPUT']);
  });
});

describe('LOA and LLD', () => {
  it('LOA: rent, option price from the residual table, totals', () => {
    const offer = quoted(loa);
    if (offer.kind !== 'loa') throw new Error('loa expected');
    // Horizon, 36 months, 15 000 km/year → 53 % of 36 990 € = 19 604.70 €.
    expect(offer).toMatchObject({ residualValuePct: 53, purchaseOptionCents: 1_960_470, leaseRatePct: 5.9, contractMileageKm: 45_000, ownsCarAtEnd: false });
    // First larger rent 3 990 € then 35 rents in advance (months 1..35), option at month 36:
    // (33 000 − 19 604.70 × v^36) × r / (1 − v^35), r = 5.9 % / 12 → 516.4427… €.
    expect(offer.monthlyRentCents).toBe(51_644);
    expect(offer.regularRentCount).toBe(35);
    expect(offer.totalRentsCents).toBe(35 * 51_644);
    expect(offer.totalCostCents).toBe(399_000 + 35 * 51_644);
    expect(offer.totalCostWithOptionCents).toBe(offer.totalCostCents + 1_960_470);
  });

  it('rents repay the financed amount down to the residual value at the lessor rate', () => {
    const offer = quoted(loa);
    if (offer.kind !== 'loa') throw new Error('loa expected');
    const r = 0.059 / 12;
    const presentValue = Array.from({ length: 35 }, (_, k) => offer.monthlyRentCents * (1 + r) ** -(k + 1)).reduce((a, b) => a + b, 0) + offer.residualValueCents * (1 + r) ** -36;
    expect(Math.abs(presentValue - (3_699_000 - 399_000))).toBeLessThan(35 * 0.5);
  });

  it('LOA has a TAEG (art. L312-6 since 20 Nov. 2026) that balances its cash flows', () => {
    const offer = quoted(loa);
    if (offer.kind !== 'loa' || offer.taegPct === null) throw new Error('loa TAEG expected');
    // No fees: the TAEG is the lessor rate compounded, (1 + 5.9 %/12)^12 − 1 = 6.06 %.
    expect(offer.taegPct).toBe(6.06);
  });

  it('the residual value is a share of the vehicle price before malus and aid when given', () => {
    const offer = quoted({ ...loa, priceCents: 4_200_000, vehiclePriceCents: 3_699_000 });
    if (offer.kind !== 'loa') throw new Error('loa expected');
    // 53 % of 36 990 €, not of the 42 000 € taxed price.
    expect(offer).toMatchObject({ residualValueCents: 1_960_470, vehiclePriceCents: 3_699_000, priceCents: 4_200_000 });
  });

  it('LLD: same structure, no purchase option', () => {
    const offer = quoted({ ...loa, kind: 'lld', productId: 'lld-serenite' });
    expect(offer.kind).toBe('lld');
    expect(offer).not.toHaveProperty('purchaseOptionCents');
    expect(offer).toMatchObject({ leaseRatePct: 6.2, monthlyRentCents: 52_328, excessKmCents: 10, taegPct: null });
  });

  it('more mileage lowers the residual value and raises the rent; more deposit lowers it', () => {
    const rent = (annualMileageKm: number, cashDepositCents = 399_000) => {
      const offer = quoted({ ...loa, annualMileageKm, cashDepositCents });
      return offer.kind === 'loa' ? offer.monthlyRentCents : Number.NaN;
    };
    expect(rent(10_000)).toBeLessThan(rent(15_000));
    expect(rent(15_000)).toBeLessThan(rent(20_000));
    expect(rent(20_000)).toBeLessThan(rent(25_000));
    expect(rent(15_000, 999_000)).toBeLessThan(rent(15_000, 399_000));
  });

  it('mileage outside the bands, duration outside the table', () => {
    expect(codes(quote({ ...loa, annualMileageKm: 12_000 }))).toEqual(['MILEAGE_NOT_OFFERED']);
    expect(codes(quote({ ...loa, durationMonths: 30 }))).toEqual(['DURATION_NOT_OFFERED']);
    expect(codes(quote({ ...loa, productId: 'lld-serenite' }))).toEqual(['PRODUCT_KIND_MISMATCH']);
  });

  it('a configured product whose deposit can cover price minus residual → RENT_NOT_POSITIVE', () => {
    const base = FINANCE_PRODUCTS.find((p) => p.id === 'loa-liberte');
    if (!base || base.kind !== 'loa') throw new Error('loa-liberte missing');
    const generous: TFinanceProduct = { ...base, id: 'loa-test', deposit: { minPct: 0, maxPct: 60 } };
    // Horizon 24 months / 10 000 km keeps 64 %, worth 64 % × 1.0049^−24 ≈ 56.9 % today: a 50 % deposit leaves nothing to rent.
    expect(codes(quote({ ...loa, productId: 'loa-test', durationMonths: 24, annualMileageKm: 10_000, cashDepositCents: 1_849_500 }, [generous]))).toEqual(['RENT_NOT_POSITIVE']);
  });
});
