import { describe, expect, it } from 'vitest';
import { catalogue } from './data';
import { normalizeConfiguration } from './normalize';
import { htFromTtcCents, InvalidConfigurationError, priceConfiguration, type PricingContext } from './pricing';
import type { ConfigurationInput } from './types';
import { configurationInputSchema } from './url';

const valid = (input: ConfigurationInput) => {
  const { configuration, adjustments } = normalizeConfiguration(catalogue, input);
  expect(adjustments).toEqual([]);
  return configuration;
};

describe('htFromTtcCents', () => {
  it('rounds half up and keeps HT + VAT = TTC', () => {
    expect(htFromTtcCents(120, 20)).toBe(100);
    expect(htFromTtcCents(3, 20)).toBe(3); // 2.5 → 3
    expect(htFromTtcCents(9, 20)).toBe(8); // 7.5 → 8
    expect(htFromTtcCents(1, 20)).toBe(1); // 0.83 → 1
    expect(htFromTtcCents(4_449_000, 20)).toBe(3_707_500);
    expect(htFromTtcCents(6_200_000, 20)).toBe(5_166_667); // 5 166 666.67
  });
});

/** Stock car shown today (registered now), 2026 grids. Fiscal rules are tested in fiscal.test.ts. */
const STOCK: PricingContext = { today: '2026-12-06', registrationDate: '2026-12-06', basis: 'stock' };

describe('priceConfiguration', () => {
  it('shows pack savings and charges standard equipment nothing', () => {
    const p = priceConfiguration(catalogue, valid({ model: 'etincelle', trim: 'etincelle-iconic', packs: ['hiver'], wheels: 'sport', interior: 'cuir-noir' }), STOCK);
    expect(p.lines.find((l) => l.kind === 'pack')).toMatchObject({ code: 'hiver', amountCents: 65_000, savingsCents: 25_000, includes: ['sieges-chauffants', 'volant-chauffant', 'pare-brise-chauffant'] });
    expect(p.lines.find((l) => l.kind === 'wheels')?.amountCents).toBe(0); // Sport is standard on the Iconic
    expect(p.totalSavingsCents).toBe(25_000);
  });

  it('prices paint, wheels and interior per model', () => {
    const p = priceConfiguration(catalogue, valid({ model: 'magistrale', trim: 'magistrale-ev-executive', paint: 'gris-titane', wheels: 'turbine', interior: 'cuir-cognac' }), STOCK);
    expect(p.lines.filter((l) => l.kind !== 'base').map((l) => [l.kind, l.amountCents, l.label.fr])).toEqual([
      ['paint', 120_000, 'Peinture Gris Titane'],
      ['wheels', 220_000, 'Jantes Turbine 21 pouces'],
      ['interior', 90_000, 'Sellerie cuir cognac'],
    ]);
  });

  it('refuses an invalid configuration instead of pricing it', () => {
    const bad = { ...valid({ model: 'horizon', trim: 'horizon-hybrid-evolution' }), options: ['pneus-hiver'], wheels: 'turbine' };
    expect(() => priceConfiguration(catalogue, bad, STOCK)).toThrow(InvalidConfigurationError);
    try {
      priceConfiguration(catalogue, bad, STOCK);
    } catch (e) {
      expect(e instanceof InvalidConfigurationError && e.conflicts.map((c) => c.kind)).toEqual(['unavailable', 'excludes']);
    }
  });

  it('takes codes only: a client-sent price is not even accepted by the input schema', () => {
    const payload = { model: 'horizon', trim: 'horizon-ev-evolution', options: [], packs: [], priceCents: 1 };
    expect(configurationInputSchema.safeParse(payload).success).toBe(false);
  });
});
