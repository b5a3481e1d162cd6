import { describe, expect, it } from 'vitest';
import { catalogue } from './data';
import { co2Grids } from './data/fiscal/co2-grids';
import { massGrids } from './data/fiscal/mass-grids';
import { purchaseAids } from './data/fiscal/purchase-aid';
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
      expect(priceConfiguration(catalogue, configuration, { today: '2026-12-06', registrationDate: '2026-12-06', basis: 'stock' }).subtotalTTCCents).toBe(trim.basePriceCents);
    }
  });

  it('stores every CO2 grid with its source, one amount per gram, rising to the cap', () => {
    for (const grid of co2Grids) {
      expect(grid.source).toMatch(/L421-62/);
      expect(grid.amountsEuros[0]).toBe(50);
      expect(grid.amountsEuros).toHaveLength(grid.capFromGKm - grid.thresholdGKm);
      const increasing = grid.amountsEuros.every((v, i, xs) => i === 0 || v > (xs[i - 1] ?? Infinity));
      expect(increasing).toBe(true);
      expect(grid.amountsEuros.at(-1) ?? Infinity).toBeLessThan(grid.capEuros * 1);
    }
  });

  it('grids and aids follow each other without gaps or overlaps', () => {
    for (const list of [co2Grids, massGrids, purchaseAids]) {
      list.slice(1).forEach((entry, i) => {
        const previous = list[i];
        const dayAfter = previous?.effectiveTo ? new Date(Date.parse(previous.effectiveTo) + 86_400_000).toISOString().slice(0, 10) : null;
        expect(entry.effectiveFrom).toBe(dayAfter);
      });
      expect(list.at(-1)?.effectiveTo).toBeNull();
    }
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
