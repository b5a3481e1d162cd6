import { describe, expect, it } from 'vitest';
import { amortise, annuityPaymentCents } from './amortization';

describe('annuityPaymentCents', () => {
  it('10 000 € at 0 % over 12 months: 833.33 €', () => {
    expect(annuityPaymentCents(1_000_000, 0, 12)).toBe(83_333);
  });

  it('10 000 € at 6 % over 12 months: 860.66 € (10 000 × 0.005 / (1 − 1.005^−12) = 860.664)', () => {
    expect(annuityPaymentCents(1_000_000, 6, 12)).toBe(86_066);
  });

  it('200 000 at 4 % over 30 years: 954.83 (the textbook mortgage figure)', () => {
    expect(annuityPaymentCents(20_000_000, 4, 360)).toBe(95_483);
  });

  it('30 000 € at 5.5 % over 48 months: 697.69 €', () => {
    // 30 000 × 0.0045833 / (1 − 1.0045833^−48) = 697.6921…
    expect(annuityPaymentCents(3_000_000, 5.5, 48)).toBe(69_769);
  });

  it('rejects bad inputs', () => {
    expect(() => annuityPaymentCents(100.5, 5, 12)).toThrow(RangeError);
    expect(() => annuityPaymentCents(100_000, 5, 0)).toThrow(RangeError);
    expect(() => annuityPaymentCents(100_000, -1, 12)).toThrow(RangeError);
  });
});

describe('amortise', () => {
  it('10 000 € over 12 months at 0 %: 11 × 833.33 € then 833.37 €', () => {
    const loan = amortise(1_000_000, 0, 12);
    expect(loan.schedule.slice(0, 11).every((row) => row.paymentCents === 83_333)).toBe(true);
    expect(loan.lastPaymentCents).toBe(83_337);
    expect(loan.totalRepaidCents).toBe(1_000_000);
    expect(loan.totalInterestCents).toBe(0);
  });

  it('10 000 € at 6 % over 12 months: interest on the remaining capital, rounded each month', () => {
    const loan = amortise(1_000_000, 6, 12);
    expect(loan.schedule[0]).toEqual({ month: 1, paymentCents: 86_066, interestCents: 5_000, principalCents: 81_066, remainingCents: 918_934 });
    // Month 2: 50 + 9 189.34 × 0.5 % = 95.9467 accrued → 95.95 charged in total, 45.95 this month.
    expect(loan.schedule[1]?.interestCents).toBe(4_595);
    expect(loan.lastPaymentCents).toBe(86_071);
    const last = loan.schedule[11];
    expect(last?.remainingCents).toBe(0);
    expect(loan.schedule.reduce((sum, row) => sum + row.principalCents, 0)).toBe(1_000_000);
    expect(loan.totalRepaidCents).toBe(loan.schedule.reduce((sum, row) => sum + row.paymentCents, 0));
    expect(Math.abs(loan.lastPaymentCents - loan.paymentCents)).toBeLessThanOrEqual(12);
  });

  it('remaining capital falls every month to exactly zero', () => {
    const loan = amortise(3_000_000, 5.5, 48);
    let previous = 3_000_000;
    for (const row of loan.schedule) {
      expect(row.remainingCents).toBeLessThan(previous);
      expect(row.paymentCents).toBe(row.principalCents + row.interestCents);
      previous = row.remainingCents;
    }
    expect(previous).toBe(0);
    expect(loan.lastPaymentCents).toBe(69_792);
    expect(loan.totalInterestCents).toBe(348_935);
  });
});
