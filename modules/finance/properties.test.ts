import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amortise } from './amortization';
import { FINANCE_PRODUCTS } from './data/products';
import { quote } from './offers';
import type { TCreditProduct } from './schemas';
import { paidOverTime } from './series';
import { monthlyRepayments, netPresentValue, solveAnnualRate, taegPercent } from './taeg';

const principal = fc.integer({ min: 20_000, max: 7_500_000 }); // 200 € to 75 000 €
const months = fc.integer({ min: 1, max: 120 });
const ratePct = fc.integer({ min: 0, max: 2_000 }).map((bp) => bp / 100); // 0.00 % to 20.00 %

describe('loan properties', () => {
  it('total repaid ≥ principal; capital repaid is exactly the principal and ends at zero', () => {
    fc.assert(
      fc.property(principal, ratePct, months, (p, rate, n) => {
        const loan = amortise(p, rate, n);
        expect(loan.totalRepaidCents).toBeGreaterThanOrEqual(p);
        expect(loan.schedule.reduce((sum, row) => sum + row.principalCents, 0)).toBe(p);
        expect(loan.schedule.at(-1)?.remainingCents).toBe(0);
        for (const row of loan.schedule) expect(row.principalCents).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('zero rate → payment = principal / months (to the cent), the last one absorbing the remainder', () => {
    fc.assert(
      fc.property(principal, months, (p, n) => {
        const loan = amortise(p, 0, n);
        expect(Math.abs(loan.paymentCents - p / n)).toBeLessThanOrEqual(0.5);
        expect(loan.schedule.slice(0, -1).every((row) => row.paymentCents === loan.paymentCents)).toBe(true);
        expect(loan.lastPaymentCents).toBe(p - (n - 1) * loan.paymentCents);
        expect(loan.totalInterestCents).toBe(0);
      }),
    );
  });

  it('TAEG ≥ nominal rate when fees > 0', () => {
    const fees = fc.integer({ min: 1, max: 100_000 });
    fc.assert(
      fc.property(principal, ratePct, months, fees, (p, rate, n, rawFee) => {
        const fee = Math.min(rawFee, Math.floor(p / 2));
        const loan = amortise(p, rate, n);
        const equation = {
          drawdowns: [{ amountCents: p, years: 0 }],
          repayments: [{ amountCents: fee, years: 0 }, ...monthlyRepayments(loan.schedule.map((row) => row.paymentCents))],
        };
        const taeg = taegPercent(equation);
        expect(taeg).not.toBeNull();
        expect(taeg ?? -1).toBeGreaterThanOrEqual(rate);
      }),
    );
  });

  it('the solved rate balances the equation', () => {
    const flows = fc.array(fc.record({ amountCents: fc.integer({ min: 1, max: 1_000_000 }), month: fc.integer({ min: 1, max: 120 }) }), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5_000_000 }), flows, (lent, repayments) => {
        const equation = { drawdowns: [{ amountCents: lent, years: 0 }], repayments: repayments.map((f) => ({ amountCents: f.amountCents, years: f.month / 12 })) };
        const rate = solveAnnualRate(equation);
        if (rate === null) return; // beyond the solver's range (e.g. repaying 10^6 × the loan next month)
        expect(Math.abs(netPresentValue(equation, rate))).toBeLessThan(1e-6 * lent);
      }),
    );
  });
});

describe('quote properties', () => {
  const base = FINANCE_PRODUCTS.find((p) => p.id === 'credit-classique');
  if (!base || base.kind !== 'credit') throw new Error('credit-classique missing');

  it('credit quotes: TAEG ≥ nominal, totals add up, paid-over-time ends at the total cost', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000_000, max: 8_000_000 }),
        fc.integer({ min: 0, max: 80 }),
        fc.constantFrom(12, 24, 36, 48, 60, 72, 84),
        fc.integer({ min: 0, max: 1_500 }).map((bp) => bp / 100),
        fc.integer({ min: 0, max: 50_000 }),
        fc.boolean(),
        (price, depositPct, durationMonths, rate, fee, withInsurance) => {
          const product: TCreditProduct = { ...base, rateBands: [{ minMonths: 1, maxMonths: 120, annualRatePct: rate }], fees: { fixedCents: fee, pctOfFinanced: 0 } };
          const result = quote({ kind: 'credit', modelCode: 'magistrale', priceCents: price, cashDepositCents: Math.round((price * depositPct) / 100), productId: base.id, durationMonths, withInsurance }, [product]);
          if (!result.ok) {
            expect(result.errors.map((e) => e.code)).toEqual([expect.stringMatching(/^FINANCED_AMOUNT_TOO_(LOW|HIGH)$/)]);
            return;
          }
          const offer = result.value;
          if (offer.kind !== 'credit') throw new Error('credit expected');
          expect(offer.taegPct).toBeGreaterThanOrEqual(offer.nominalRatePct);
          expect(offer.totalDueCents).toBe(offer.principalCents + offer.totalInterestCents + offer.feesCents);
          expect(offer.depositCents + offer.principalCents).toBe(price);
          expect(paidOverTime(offer).at(-1)?.cumulativeCents).toBe(offer.totalCostCents);
        },
      ),
    );
  });
});
