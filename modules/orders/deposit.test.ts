import { describe, expect, it } from 'vitest';
import { depositCents } from './deposit';

describe('deposit', () => {
  it('is 500 € on a factory order and 1,000 € on a stock car by default', () => {
    expect(depositCents('factory', 30_000_00)).toBe(500_00);
    expect(depositCents('stock', 30_000_00)).toBe(1_000_00);
  });
  it('follows the configured amounts and never exceeds the price', () => {
    expect(depositCents('factory', 30_000_00, { factoryEuros: 750 })).toBe(750_00);
    expect(depositCents('stock', 800_00, {})).toBe(800_00);
  });
});
