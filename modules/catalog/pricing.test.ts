import { describe, expect, it } from 'vitest';
import { catalogue } from './data';
import { malus2025 } from './data/malus-2025';
import { normalizeConfiguration } from './normalize';
import { configuredCo2, htFromTtcCents, InvalidConfigurationError, malusCents, priceConfiguration } from './pricing';
import type { ConfigurationInput } from './types';
import { configurationInputSchema } from './url';

const valid = (input: ConfigurationInput) => {
  const { configuration, adjustments } = normalizeConfiguration(catalogue, input);
  expect(adjustments).toEqual([]);
  return configuration;
};

describe('malusCents (2025 grid)', () => {
  it.each([
    [0, 0],
    [112, 0],
    [113, 5_000],
    [118, 17_000],
    [130, 54_000],
    [180, 3_293_500],
    [192, 6_746_700],
    [193, 7_000_000],
    [260, 7_000_000],
  ])('%i g/km → %i cents', (co2, cents) => {
    expect(malusCents(malus2025, co2)).toBe(cents);
  });
});

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

describe('priceConfiguration', () => {
  it('prices an electric Horizon with the EV aid deducted', () => {
    const p = priceConfiguration(catalogue, valid({ model: 'horizon', trim: 'horizon-ev-evolution' }));
    expect(p.lines.map((l) => [l.kind, l.amountCents])).toEqual([
      ['base', 4_449_000],
      ['paint', 0],
      ['wheels', 0],
      ['interior', 0],
      ['bonus', -310_000],
    ]);
    expect(p).toMatchObject({ subtotalTTCCents: 4_449_000, subtotalHTCents: 3_707_500, vatCents: 741_500, co2: 0, malusCents: 0, bonusCents: 310_000, totalCents: 4_139_000 });
    expect(p.bonus.eligible).toBe(true);
    expect(priceConfiguration(catalogue, valid({ model: 'horizon', trim: 'horizon-ev-evolution' }), { household: 'modest' }).bonusCents).toBe(420_000);
  });

  it('loses the EV aid once options take the price above 47 000 € TTC', () => {
    const p = priceConfiguration(
      catalogue,
      valid({ model: 'horizon', trim: 'horizon-ev-evolution', paint: 'bleu-abysse', packs: ['hiver', 'tech'], options: ['attelage'] }),
    );
    expect(p.subtotalTTCCents).toBe(4_449_000 + 90_000 + 65_000 + 129_000 + 90_000);
    expect(p.bonusCents).toBe(0);
    // Intl puts narrow no-break spaces in French amounts.
    expect(p.bonus.note.fr.replace(/\s/g, ' ')).toBe('Prix supérieur à 47 000 € TTC : pas d’aide à l’achat');
    expect(p.lines.some((l) => l.kind === 'bonus')).toBe(false);
  });

  it('adds the malus for the configured CO2, wheels and options included', () => {
    const gt = valid({ model: 'magistrale', trim: 'magistrale-petrol-gt' });
    // 177 g/km + 3 g for the standard 20" Sport wheels.
    expect(configuredCo2(catalogue, gt)).toBe(180);
    const p = priceConfiguration(catalogue, gt);
    expect(p.malusCents).toBe(3_293_500);
    expect(p.lines.at(-1)).toMatchObject({ kind: 'malus', amountCents: 3_293_500, label: { fr: 'Malus écologique 2025 (180 g/km)' } });
    expect(p.totalCents).toBe(6_250_000 + 3_293_500);

    const hybrid = valid({ model: 'horizon', trim: 'horizon-hybrid-iconic', wheels: 'turbine', options: ['toit-panoramique'] });
    expect(configuredCo2(catalogue, hybrid)).toBe(126 + 4 + 1);
    expect(priceConfiguration(catalogue, hybrid).malusCents).toBe(65_000);
  });

  it('never charges a malus or CO2 on an EV, whatever its options', () => {
    const ev = valid({ model: 'magistrale', trim: 'magistrale-ev-gt', options: ['attelage', 'toit-panoramique'] });
    expect(configuredCo2(catalogue, ev)).toBe(0);
    expect(priceConfiguration(catalogue, ev).malusCents).toBe(0);
  });

  it('shows pack savings and charges standard equipment nothing', () => {
    const p = priceConfiguration(catalogue, valid({ model: 'etincelle', trim: 'etincelle-iconic', packs: ['hiver'], wheels: 'sport', interior: 'cuir-noir' }));
    expect(p.lines.find((l) => l.kind === 'pack')).toMatchObject({ code: 'hiver', amountCents: 65_000, savingsCents: 25_000, includes: ['sieges-chauffants', 'volant-chauffant', 'pare-brise-chauffant'] });
    expect(p.lines.find((l) => l.kind === 'wheels')?.amountCents).toBe(0); // Sport is standard on the Iconic
    expect(p.totalSavingsCents).toBe(25_000);
  });

  it('prices paint, wheels and interior per model', () => {
    const p = priceConfiguration(catalogue, valid({ model: 'magistrale', trim: 'magistrale-ev-executive', paint: 'gris-titane', wheels: 'turbine', interior: 'cuir-cognac' }));
    expect(p.lines.filter((l) => l.kind !== 'base').map((l) => [l.kind, l.amountCents, l.label.fr])).toEqual([
      ['paint', 120_000, 'Peinture Gris Titane'],
      ['wheels', 220_000, 'Jantes Turbine 21 pouces'],
      ['interior', 90_000, 'Sellerie cuir cognac'],
    ]);
  });

  it('refuses an invalid configuration instead of pricing it', () => {
    const bad = { ...valid({ model: 'horizon', trim: 'horizon-hybrid-evolution' }), options: ['pneus-hiver'], wheels: 'turbine' };
    expect(() => priceConfiguration(catalogue, bad)).toThrow(InvalidConfigurationError);
    try {
      priceConfiguration(catalogue, bad);
    } catch (e) {
      expect(e instanceof InvalidConfigurationError && e.conflicts.map((c) => c.kind)).toEqual(['unavailable', 'excludes']);
    }
  });

  it('takes codes only: a client-sent price is not even accepted by the input schema', () => {
    const payload = { model: 'horizon', trim: 'horizon-ev-evolution', options: [], packs: [], priceCents: 1 };
    expect(configurationInputSchema.safeParse(payload).success).toBe(false);
  });
});
