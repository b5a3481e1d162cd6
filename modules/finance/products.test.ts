import { describe, expect, it } from 'vitest';
import { FINANCE_PRODUCTS } from './data/products';
import { residualValuePct } from './lease';
import { ZFinanceProduct } from './schemas';
import { rateBandFor } from './validate';

describe('finance product catalogue', () => {
  it.each(FINANCE_PRODUCTS.map((p) => [p.id, p] as const))('%s matches the product schema', (_id, product) => {
    expect(() => ZFinanceProduct.parse(product)).not.toThrow();
  });

  it('ids are unique', () => {
    expect(new Set(FINANCE_PRODUCTS.map((p) => p.id)).size).toBe(FINANCE_PRODUCTS.length);
  });

  it('every offered duration has a rate band', () => {
    for (const product of FINANCE_PRODUCTS) {
      for (const months of product.durationsMonths) expect(rateBandFor(product.rateBands, months), `${product.id} ${months}`).toBeDefined();
    }
  });

  it('every lease cell (model × duration × mileage) has a residual value, decreasing with mileage and duration', () => {
    for (const product of FINANCE_PRODUCTS) {
      if (product.kind === 'credit') continue;
      for (const model of product.eligibleModels) {
        for (const months of product.durationsMonths) {
          const byMileage = product.mileageBandsKm.map((km) => residualValuePct(model, months, km));
          byMileage.forEach((pct) => expect(pct).toBeGreaterThan(0));
          byMileage.slice(1).forEach((pct, i) => expect(pct).toBeLessThan(byMileage[i] ?? 0));
          if (months > 24) expect(residualValuePct(model, months, 15_000)).toBeLessThan(residualValuePct(model, months - 12, 15_000) ?? 0);
        }
      }
    }
  });
});
