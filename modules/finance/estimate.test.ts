import { describe, expect, it } from 'vitest';
import { catalogue, defaultConfiguration, priceConfiguration } from '@/modules/catalog';
import { CREDIT_WARNING } from './legal';
import { DEFAULT_CASH_DEPOSIT_CENTS, monthlyEstimate, withEstimate } from './estimate';

describe('monthlyEstimate', () => {
  it('quotes a 48-month loan with the site’s one default deposit (3 000 €)', () => {
    const e = monthlyEstimate('horizon', 4_000_000);
    expect(e).not.toBeNull();
    expect(e?.durationMonths).toBe(48);
    expect(e?.depositCents).toBe(DEFAULT_CASH_DEPOSIT_CENTS);
    expect(e?.monthlyPaymentCents).toBeGreaterThan(Math.floor(3_700_000 / 48));
    expect(e?.totalDueCents).toBeGreaterThan(3_700_000);
  });

  it('raises the deposit when the loan would pass the product ceiling', () => {
    const e = monthlyEstimate('magistrale', 12_000_000);
    expect(e).not.toBeNull();
    expect((e?.priceCents ?? 0) - (e?.depositCents ?? 0)).toBeLessThanOrEqual(7_500_000);
  });

  it('has no estimate for unknown models or empty prices', () => {
    expect(monthlyEstimate('delorean', 3_000_000)).toBeNull();
    expect(monthlyEstimate('horizon', 0)).toBeNull();
  });

  it('carries the credit warning that must stand beside any monthly figure (Code de la consommation, art. L312-5)', () => {
    expect(monthlyEstimate('horizon', 4_000_000)?.creditWarning).toEqual(CREDIT_WARNING.text);
  });
});

describe('withEstimate', () => {
  it("adds the estimate of the quote's own model and server price", () => {
    const configuration = defaultConfiguration(catalogue, 'horizon');
    const price = priceConfiguration(catalogue, configuration, { today: '2026-12-06', registrationDate: '2026-12-06', basis: 'stock' });
    const quoted = withEstimate({ configuration, price });
    expect(quoted.configuration).toBe(configuration);
    expect(quoted.estimate).toEqual(monthlyEstimate('horizon', price.totalCents));
    expect(quoted.estimate?.monthlyPaymentCents).toBeGreaterThan(0);
  });
});
