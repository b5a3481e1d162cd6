import { describe, expect, it } from 'vitest';
import { catalogue } from './data';
import { priceForHousehold } from './household-price';
import { defaultConfiguration } from './normalize';
import { priceConfiguration } from './pricing';

// The Étincelle is the electric car with an aid that depends on the household (financing.test.ts: 3,500 € standard, 5,700 € precarious).
const price = priceConfiguration(catalogue, defaultConfiguration(catalogue, 'etincelle'), { today: '2026-12-06', registrationDate: '2026-12-06', basis: 'stock' });

describe('priceForHousehold', () => {
  it('moves the aid line and the total together, so every block of a page shows one figure', () => {
    expect(price.bonus.eligible).toBe(true);
    const modest = priceForHousehold(price, 'modest');
    const aid = price.bonus.byHousehold.modest;
    expect(aid).toBeGreaterThan(price.bonusCents);
    expect(modest.bonusCents).toBe(aid);
    expect(modest.lines.find((l) => l.kind === 'bonus')?.amountCents).toBe(-aid);
    expect(modest.totalCents).toBe(price.totalCents - (aid - price.bonusCents));
    // The lines still add up to the total.
    expect(modest.lines.reduce((sum, l) => sum + l.amountCents, 0)).toBe(price.lines.reduce((sum, l) => sum + l.amountCents, 0) - (aid - price.bonusCents));
    expect(priceForHousehold(price, 'standard')).toBe(price);
  });
});
