import { describe, expect, it } from 'vitest';
import { catalogue, defaultConfiguration, priceConfiguration } from '@/modules/catalog';
import type { Block } from '@/modules/documents/server';
import { orderFormSpec } from './order-form';
import { buildSnapshot } from './snapshot';

const configuration = defaultConfiguration(catalogue, 'horizon');
const price = priceConfiguration(catalogue, configuration, { today: '2026-12-06', registrationDate: '2026-12-06', basis: 'stock' });
const dealership = { id: 'd1', name: 'Virage Lyon Gerland', street: '1 rue du Test', postalCode: '69007', city: 'Lyon' };
const base = {
  kind: 'stock' as const,
  modelName: { fr: 'Horizon', en: 'Horizon' },
  configuration,
  price,
  savedCode: null,
  vehicle: { id: 'v1', vin: 'VF1TEST0000000001' },
  depositCents: 100_000,
  financing: { choice: 'credit' as const, productId: 'credit-classique', productKind: 'credit' as const, productName: { fr: 'Crédit auto classique', en: 'Classic car loan' }, monthlyPaymentCents: 45_000, durationMonths: 36, taegPct: 5.9, cashDepositCents: 500_000, annualMileageKm: null, totalCostCents: 2_100_000 },
  dealership,
  buyer: { firstName: 'Léa', lastName: 'Martin', phone: '0612345678', street: '5 place Victor Hugo', postalCode: '38000', city: 'Grenoble', email: 'lea@example.org' },
  acceptedAt: new Date('2026-12-06T10:00:00Z'),
};
const rows = (blocks: readonly Block[]) => blocks.flatMap((b) => (b.kind === 'table' ? b.rows : []));

describe('the order form prints delivery, trade-in and the chosen financing from the snapshot', () => {
  it('home delivery: the fee is a price line and part of the total; the trade-in comes off the balance', () => {
    const snapshot = buildSnapshot({
      ...base,
      delivery: { mode: 'home', dealership, address: { street: '5 place Victor Hugo', postalCode: '38000', city: 'Grenoble' }, roadKm: 124, feeCents: 49_000, feeSource: 'x' },
      tradeIn: { make: 'Renault', model: 'Clio', year: 2019, mileageKm: 80_000, estimateCents: 800_000, lowCents: 700_000, highCents: 900_000, usedInFinancingCents: 0, disclaimer: { fr: 'Estimation', en: 'Estimate' } },
    });
    expect(snapshot.totalCents).toBe(price.totalCents + 49_000);
    expect(snapshot.balanceDueCents).toBe(price.totalCents + 49_000 - 100_000 - 800_000);
    const table = rows(orderFormSpec({ reference: 'ABCD1234', placedAt: new Date(), snapshot, dealershipEmail: 'lyon@virage.example', cgvUrl: 'http://x/cgv' }).blocks);
    const text = JSON.stringify(table).replace(/\u202f|\u00a0/g, ' ');
    expect(text).toContain('Frais de livraison à domicile');
    expect(text).toContain('490,00 €');
    expect(text).toContain('Livraison à domicile');
    expect(text).toContain('Reprise Renault Clio (2019');
    expect(text).toContain('Apport');
    expect(text).toContain('Coût total sur la durée');
  });

  it('click & collect: the handover appointment is printed', () => {
    const snapshot = buildSnapshot({ ...base, delivery: { mode: 'click_collect', dealership, handover: { start: '2026-12-10T09:00:00.000Z', end: '2026-12-10T09:45:00.000Z' } } });
    expect(snapshot.totalCents).toBe(price.totalCents);
    const text = JSON.stringify(rows(orderFormSpec({ reference: 'ABCD1234', placedAt: new Date(), snapshot, dealershipEmail: 'x', cgvUrl: 'x' }).blocks));
    expect(text).toContain('Rendez-vous de remise des clés');
    expect(text).toContain('10 décembre 2026');
  });
});

describe('the order form is a contract: it cites the law, not the project’s notes', () => {
  it('the 2027 malus grid is cited by article and law only; no aid reads « Aucune »', () => {
    const price2027 = priceConfiguration(catalogue, configuration, { today: '2026-12-06', registrationDate: '2027-03-01', basis: 'factory-order' });
    const snapshot = buildSnapshot({ ...base, kind: 'factory', vehicle: null, price: price2027, delivery: { mode: 'click_collect', dealership, handover: null } });
    const table = rows(orderFormSpec({ reference: 'ABCD1234', placedAt: new Date(), snapshot, dealershipEmail: 'x', cgvUrl: 'x' }).blocks);
    const cell = (label: string) => table.find(([key]) => key === label)?.[1];
    expect(cell('Source du barème de malus')).toBe('CIBS art. L421-62, barème WLTP à compter de 2027 (loi n° 2025-127 du 14 février 2025, art. 27)');
    expect(JSON.stringify(table)).not.toMatch(/vérifier|amendement|déduits/);
    // The default Horizon is a hybrid: no purchase aid.
    expect(snapshot.bonus.cents).toBe(0);
    expect(cell('Aide à l’achat')).toBe('Aucune');
  });
});
