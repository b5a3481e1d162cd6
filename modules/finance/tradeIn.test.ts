import { describe, expect, it } from 'vitest';
import { normaliseVehicleName, estimateTradeIn } from './tradeIn';

const at2026 = { referenceYear: 2026 };

describe('estimateTradeIn', () => {
  it('is labelled as an estimate, with a range around the central value', () => {
    const result = estimateTradeIn({ make: 'Renault', model: 'Clio', year: 2022, mileageKm: 52_000 }, at2026);
    if (!result.ok) throw new Error('estimate expected');
    // 20 000 € × 0.80 × 0.87^4 = 9 166.36 €, shown as 9 150 € (nearest 50 €); 52 000 km is exactly the expected 4 × 13 000 → no adjustment.
    expect(result.value).toMatchObject({ isEstimate: true, basis: 'model', ageYears: 4, expectedMileageKm: 52_000, estimateCents: 915_000, lowCents: 825_000, highCents: 1_010_000 });
    expect(result.value.label).toEqual({ fr: 'Estimation de reprise', en: 'Trade-in estimate' });
    expect(result.value.disclaimer.id).toBe('trade-in-estimate');
  });

  it('high mileage lowers the value, low mileage raises it, within caps', () => {
    const value = (mileageKm: number) => {
      const r = estimateTradeIn({ make: 'Peugeot', model: '208', year: 2021, mileageKm }, at2026);
      return r.ok ? r.value.estimateCents : Number.NaN;
    };
    expect(value(120_000)).toBeLessThan(value(65_000));
    expect(value(30_000)).toBeGreaterThan(value(65_000));
    // Caps: −30 % at most, +10 % at most.
    expect(value(1_000_000)).toBe(value(500_000));
    expect(value(0)).toBe(value(10_000));
  });

  it('older is worth less, down to a floor', () => {
    const value = (year: number) => {
      const r = estimateTradeIn({ make: 'Dacia', model: 'Sandero', year, mileageKm: 13_000 * Math.max(2026 - year, 1) }, at2026);
      return r.ok ? r.value.estimateCents : Number.NaN;
    };
    expect(value(2025)).toBeGreaterThan(value(2020));
    expect(value(1960)).toBe(70_000); // 5 % of 14 000 €
  });

  it('matches names loosely; falls back to the make average with a wider range', () => {
    expect(normaliseVehicleName('  Citroën  C4-Picasso ')).toBe('citroen c4 picasso');
    const exact = estimateTradeIn({ make: 'VOLKSWAGEN', model: 'golf', year: 2020, mileageKm: 80_000 }, at2026);
    expect(exact.ok && exact.value.basis).toBe('model');
    const makeOnly = estimateTradeIn({ make: 'Renault', model: 'Twingo', year: 2020, mileageKm: 80_000 }, at2026);
    if (!makeOnly.ok) throw new Error('estimate expected');
    expect(makeOnly.value.basis).toBe('make');
    expect(makeOnly.value.highCents - makeOnly.value.lowCents).toBeGreaterThan(0.35 * makeOnly.value.estimateCents);
  });

  it('coded errors: unknown make, future year, bad input', () => {
    expect(estimateTradeIn({ make: 'Lada', model: 'Niva', year: 2015, mileageKm: 1 }, at2026)).toMatchObject({ ok: false, errors: [{ code: 'VEHICLE_NOT_IN_REFERENCE' }] });
    expect(estimateTradeIn({ make: 'Renault', model: 'Clio', year: 2027, mileageKm: 1 }, at2026)).toMatchObject({ ok: false, errors: [{ code: 'YEAR_IN_FUTURE', params: { maxYear: 2026 } }] });
    expect(estimateTradeIn({ make: '', model: 'Clio', year: 2020.5, mileageKm: -3 }, at2026)).toMatchObject({ ok: false });
  });
});
