import { describe, expect, it } from 'vitest';
import { amortise, annuityPaymentCents } from './amortization';
import { type RateEquation, monthlyRepayments, netPresentValue, solveAnnualRate, taegPercent } from './taeg';

const lent = (cents: number) => [{ amountCents: cents, years: 0 }];

/*
 * Directive 98/7/EC (amending 87/102/EEC), Annex III "Examples of calculation", part A
 * (calendar basis). OJ L 101, 1.4.1998. Text reproduced at
 * https://service.betterregulation.com/document/260747
 */
describe('TAEG: directive 98/7/EC Annex III worked examples', () => {
  it('example 1: 1 000 lent, 1 200 repaid once 546 days later → 12.96 %', () => {
    expect(taegPercent({ drawdowns: lent(100_000), repayments: [{ amountCents: 120_000, years: 546 / 365 }] })).toBe(12.96);
  });

  it('example 2: 50 of charges retained, so 950 lent against the same 1 200 → 16.9 % (16.90)', () => {
    expect(taegPercent({ drawdowns: lent(95_000), repayments: [{ amountCents: 120_000, years: 546 / 365 }] })).toBe(16.9);
  });

  it('example 3: 1 000 repaid by 600 after one year and 600 after two → i = 0.1306623, 13.07 %', () => {
    const equation: RateEquation = { drawdowns: lent(100_000), repayments: [{ amountCents: 60_000, years: 1 }, { amountCents: 60_000, years: 2 }] };
    // The Annex prints 0.1306623 (truncated); the quadratic's root is (600 + √2 760 000) / 2000 − 1 = 0.13066239.
    expect(solveAnnualRate(equation)).toBeCloseTo(0.1306623, 6);
    expect(solveAnnualRate(equation)).toBeCloseTo((600 + Math.sqrt(2_760_000)) / 2000 - 1, 12);
    expect(taegPercent(equation)).toBe(13.07);
  });

  it('example 1 on the "12 equal months" basis: 18 months → 1.2^(2/3) − 1 = 12.92 %', () => {
    const equation: RateEquation = { drawdowns: lent(100_000), repayments: [{ amountCents: 120_000, years: 18 / 12 }] };
    expect(solveAnnualRate(equation)).toBeCloseTo(1.2 ** (2 / 3) - 1, 12);
    expect(taegPercent(equation)).toBe(12.92);
  });
});

/*
 * Nordea Bank (Latvia), "Consumer Loan with Payment Schedule", example calculated on 26.10.2015:
 * EUR 1 500 at 16 % a year over 3 years, monthly repayments, EUR 45 of document costs →
 * APR 19.78 %, total EUR 1 943.64.
 * http://www.nordea.lv/Private+customers/Price+List/Consumer+Loan+with+Payment+Schedule/55697.html
 * (The same page also prints "monthly payment EUR 53.91", which matches neither its own total
 * nor the annuity formula: 36 × 52.74 + 45 = 1 943.64, the published total.)
 */
describe('TAEG: Nordea consumer-loan example', () => {
  const instalment = annuityPaymentCents(150_000, 16, 36);

  it('instalment 52.74 € (annuity formula, rounded to the cent)', () => {
    expect(instalment).toBe(5_274);
  });

  it('published flows (36 × 52.74 + 45 of costs) → total 1 943.64 €, APR 19.78 %', () => {
    expect(36 * instalment + 4_500).toBe(194_364);
    const published = { drawdowns: lent(150_000), repayments: [{ amountCents: 4_500, years: 0 }, ...monthlyRepayments(Array(36).fill(instalment))] };
    expect(taegPercent(published)).toBe(19.78);
  });

  it('our schedule (last instalment absorbs rounding: 52.54 €) gives the same 19.78 %, total 1 943.44 €', () => {
    const loan = amortise(150_000, 16, 36);
    expect(loan.lastPaymentCents).toBe(5_254);
    expect(loan.totalRepaidCents + 4_500).toBe(194_344);
    const ours = { drawdowns: lent(150_000), repayments: [{ amountCents: 4_500, years: 0 }, ...monthlyRepayments(loan.schedule.map((r) => r.paymentCents))] };
    expect(taegPercent(ours)).toBe(19.78);
  });
});

/*
 * French example, Raymond Penich, "Du taux nominal au T.E.G." (http://rpenich.chez.com/infotaux.htm),
 * applying décret n° 2002-928 (actuarial method): 40 000 F over 4 years at 6.50 %, 48 monthly
 * payments of 962.60 F insurance included, credit cost 6 604.80 F of which 400 F of fees →
 * actuarial rate 8.06 %.
 */
describe('TAEG: French 40 000 F example (décret 2002-928)', () => {
  it('instalment 948.60 F before insurance (962.60 − 14.00 of insurance)', () => {
    expect(annuityPaymentCents(4_000_000, 6.5, 48)).toBe(94_860);
    expect(94_860 + 1_400).toBe(96_260);
  });

  it('credit cost 6 604.80 F and actuarial rate 8.06 %', () => {
    expect(48 * 96_260 + 40_000 - 4_000_000).toBe(660_480);
    const published = { drawdowns: lent(4_000_000), repayments: [{ amountCents: 40_000, years: 0 }, ...monthlyRepayments(Array(48).fill(96_260))] };
    expect(taegPercent(published)).toBe(8.06);
  });
});

describe('solveAnnualRate', () => {
  it('is 0 when exactly the amount lent is repaid', () => {
    expect(solveAnnualRate({ drawdowns: lent(1_000_000), repayments: monthlyRepayments(Array(10).fill(100_000)) })).toBeCloseTo(0, 12);
  });

  it('solves very high rates (bracket widening)', () => {
    // 100 lent, 200 repaid after one month: (1 + X)^(1/12) = 2 → X = 2^12 − 1 = 4095.
    const rate = solveAnnualRate({ drawdowns: lent(10_000), repayments: [{ amountCents: 20_000, years: 1 / 12 }] });
    expect(rate).toBeCloseTo(4095, 6);
  });

  it('solves negative rates when less is repaid than lent', () => {
    const rate = solveAnnualRate({ drawdowns: lent(100_000), repayments: [{ amountCents: 90_000, years: 1 }] });
    expect(rate).toBeCloseTo(-0.1, 12);
  });

  it('handles several drawdowns at different times', () => {
    const equation: RateEquation = {
      drawdowns: [{ amountCents: 50_000, years: 0 }, { amountCents: 50_000, years: 0.5 }],
      repayments: [{ amountCents: 110_000, years: 1 }],
    };
    const rate = solveAnnualRate(equation);
    expect(rate).not.toBeNull();
    expect(Math.abs(netPresentValue(equation, rate ?? 0))).toBeLessThan(1e-6);
  });

  it('returns null when nothing is repaid', () => {
    expect(solveAnnualRate({ drawdowns: lent(100_000), repayments: [] })).toBeNull();
  });
});
