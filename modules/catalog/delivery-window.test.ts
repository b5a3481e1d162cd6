import { describe, expect, it } from 'vitest';
import { factoryDeliveryWindow, regionFor } from './delivery-window';
import { PRODUCTION_QUEUES } from './data/production';

const ORDERED = new Date('2026-11-20T10:00:00Z');
const horizon = { modelCode: 'horizon', modelName: { fr: 'Horizon', en: 'Horizon' }, orderedAt: ORDERED };

describe('factoryDeliveryWindow', () => {
  it('gives a P50-P90 window in weeks from the production queue and the region, with dates and an explanation', () => {
    const window = factoryDeliveryWindow({ ...horizon, departement: '69' })!;
    expect(window.fromWeeks).toBe(9);
    expect(window.toWeeks).toBe(12);
    expect(window.fromDate).toBe('2027-01-22');
    expect(window.regionName).toBe('Auvergne-Rhône-Alpes');
    expect(window.explanation.fr).toContain('file de production');
    expect(window.explanation.fr).toContain('Auvergne-Rhône-Alpes');
  });

  it('is later for a longer queue, for matte paint and for overseas departments', () => {
    const base = factoryDeliveryWindow({ ...horizon, departement: '69' })!;
    const longer = factoryDeliveryWindow({ ...horizon, departement: '69' }, PRODUCTION_QUEUES.map((q) => (q.modelCode === 'horizon' ? { ...q, ordersInQueue: q.ordersInQueue * 2 } : q)))!;
    const matte = factoryDeliveryWindow({ ...horizon, departement: '69', mattePaint: true })!;
    const reunion = factoryDeliveryWindow({ ...horizon, departement: '974' })!;
    expect(longer.fromWeeks).toBeGreaterThan(base.fromWeeks);
    expect(matte.toWeeks).toBeGreaterThanOrEqual(base.toWeeks);
    expect(matte.explanation.fr).toContain('mate');
    expect(reunion.fromWeeks).toBeGreaterThan(base.fromWeeks + 3);
  });

  it('knows the region of every metropolitan department and has no window for an unknown model', () => {
    expect(regionFor('2A')?.name).toBe('Corse');
    expect(regionFor('75')?.name).toBe('Île-de-France');
    expect(factoryDeliveryWindow({ ...horizon, modelCode: 'nope', departement: '75' })).toBeUndefined();
  });
});
