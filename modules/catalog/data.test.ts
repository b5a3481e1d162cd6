import { describe, expect, it } from 'vitest';
import { catalogue } from './data';
import { malus2025 } from './data/malus-2025';
import { validateCatalogue } from './integrity';
import { checkConfiguration } from './check';
import { normalizeConfiguration } from './normalize';
import { priceConfiguration } from './pricing';
import { createSyntheticCatalogue } from './synthetic';

describe('catalogue data', () => {
  it('is internally consistent', () => {
    expect(validateCatalogue(catalogue)).toEqual([]);
  });

  it('uses exactly the codes shared with the 3D generator and the seed', () => {
    expect(catalogue.models.map((m) => m.code)).toEqual(['etincelle', 'horizon', 'magistrale']);
    expect(catalogue.models.map((m) => m.name.fr)).toEqual(['Virage Étincelle', 'Virage Horizon', 'Virage Magistrale']);
    expect(catalogue.paints.map((p) => [p.code, p.finish])).toEqual([
      ['blanc-glacier', 'solid'],
      ['rouge-vif', 'solid'],
      ['gris-titane', 'metallic'],
      ['bleu-abysse', 'metallic'],
      ['noir-onyx', 'metallic'],
      ['vert-foret', 'metallic'],
      ['argent-lune', 'metallic'],
      ['gris-mat', 'matte'],
      ['sable-mat', 'matte'],
    ]);
    expect(catalogue.wheels.map((w) => w.code)).toEqual(['aero', 'sport', 'turbine']);
    expect(catalogue.interiors.map((i) => [i.code, i.material])).toEqual([
      ['tissu-gris', 'fabric'],
      ['cuir-noir', 'leather'],
      ['cuir-cognac', 'leather'],
    ]);
    for (const x of [...catalogue.paints, ...catalogue.interiors]) expect(x.hex).toMatch(/^#[0-9A-F]{6}$/);
  });

  it('has 2-4 trims per model, with the Horizon in hybrid and electric', () => {
    for (const m of catalogue.models) expect(m.trims.length).toBeGreaterThanOrEqual(2);
    for (const m of catalogue.models) expect(m.trims.length).toBeLessThanOrEqual(4);
    expect(new Set(catalogue.models[1]?.trims.map((t) => t.energy))).toEqual(new Set(['hybrid', 'ev']));
    for (const t of catalogue.models.flatMap((m) => m.trims)) {
      expect(t.specs.powerHp).toBe(Math.round(t.specs.powerKw * 1.35962));
      if (t.energy === 'ev') expect(t.specs).toMatchObject({ co2GKm: 0, rangeKm: expect.any(Number), batteryKwh: expect.any(Number) });
      else expect(t.specs.consumptionL100km).toBeGreaterThan(0);
    }
  });

  it('keeps the Turbine wheel for the big cars: 20" on the Horizon, 21" on the Magistrale, never on the Étincelle', () => {
    const turbine = catalogue.wheels.find((w) => w.code === 'turbine');
    expect(turbine?.fitments.etincelle).toBeUndefined();
    expect(turbine?.fitments.horizon?.inches).toBe(20);
    expect(turbine?.fitments.magistrale?.inches).toBe(21);
  });

  it('has enough rules to be interesting', () => {
    expect(catalogue.options.length).toBeGreaterThanOrEqual(12);
    expect(catalogue.packs.length).toBeGreaterThanOrEqual(3);
    expect(catalogue.options.filter((o) => o.requires?.length).length).toBeGreaterThanOrEqual(4);
    expect(catalogue.options.filter((o) => o.excludes?.length).length).toBeGreaterThanOrEqual(3);
    expect(catalogue.packs.find((p) => p.code === 'hiver')?.includes).toEqual(expect.arrayContaining(['sieges-chauffants', 'volant-chauffant']));
    expect(catalogue.options.find((o) => o.code === 'affichage-tete-haute')?.requires).toEqual(['pack:tech']);
  });

  it('gives every trim a valid default configuration that costs the base price', () => {
    for (const trim of catalogue.models.flatMap((m) => m.trims)) {
      const { configuration, adjustments } = normalizeConfiguration(catalogue, { model: trim.model, trim: trim.code });
      expect(adjustments).toEqual([]);
      expect(checkConfiguration(catalogue, configuration)).toEqual([]);
      expect(priceConfiguration(catalogue, configuration).subtotalTTCCents).toBe(trim.basePriceCents);
    }
  });

  it('stores the 2025 malus grid with its year, source and bounds', () => {
    expect(malus2025.year).toBe(2025);
    expect(malus2025.source).toMatch(/L421-62/);
    expect(malus2025.thresholdGKm).toBe(113);
    expect(malus2025.amountsEuros[0]).toBe(50);
    expect(malus2025.amountsEuros).toHaveLength(malus2025.capFromGKm - malus2025.thresholdGKm);
    expect(malus2025.capEuros).toBe(70_000);
    const increasing = malus2025.amountsEuros.every((v, i, xs) => i === 0 || v > (xs[i - 1] ?? Infinity));
    expect(increasing).toBe(true);
  });
});

describe('synthetic catalogue', () => {
  it('is deterministic and never makes an option need two things that exclude each other', () => {
    const a = createSyntheticCatalogue({ seed: 7 });
    expect(createSyntheticCatalogue({ seed: 7 })).toEqual(a);
    expect(a.options).toHaveLength(300);
    expect(validateCatalogue(a).filter((i) => i.includes('exclude each other') || i.includes('saves nothing'))).toEqual([]);
  });
});
