import { describe, expect, it } from 'vitest';
import { catalogue, defaultConfiguration, priceConfiguration } from '@/modules/catalog';
import { CREDIT_WARNING } from '@/modules/finance';
import { computeFinancing } from './financing';
import { financingSummaryPdf } from './summary-pdf';

const NOW = new Date('2026-11-20T10:00:00Z');
const configuration = defaultConfiguration(catalogue, 'horizon');
const base = { configuration, cashDepositCents: 500_000, durationMonths: 48, annualMileageKm: 15_000, productIds: ['credit-classique', 'loa-liberte', 'lld-serenite'] };

describe('computeFinancing', () => {
  it('quotes every chosen product from the server price of the configuration', () => {
    const result = computeFinancing(base, NOW);
    expect(result.priceCents).toBe(priceConfiguration(catalogue, configuration).totalCents);
    expect(result.columns.map((c) => c.ok)).toEqual([true, true, true]);
    expect(result.comparison?.rows).toHaveLength(3);
    expect(result.chart[0]?.cumulativeCents).toHaveLength(3);
    expect(result.legal.map((m) => m.id)).toContain(CREDIT_WARNING.id);
  });

  it('rejects extra fields such as a price sent by the client', () => {
    expect(() => computeFinancing({ ...base, priceCents: 100 }, NOW)).toThrow();
  });

  it('moves duration and mileage to what each product offers and says so', () => {
    const result = computeFinancing({ ...base, configuration: defaultConfiguration(catalogue, 'etincelle'), productIds: ['credit-zero-etincelle'], cashDepositCents: 900_000, durationMonths: 48 }, NOW);
    const column = result.columns[0];
    expect(column?.ok && column.offer.kind === 'credit' ? column.offer.durationMonths : null).toBe(24);
    expect(column?.ok && column.adjusted.durationMonths).toBe(true);
  });

  it('uses the trade-in estimate as deposit only when asked, and labels it', () => {
    const tradeIn = { make: 'Renault', model: 'Clio', year: 2019, mileageKm: 80_000 };
    const unused = computeFinancing({ ...base, tradeIn }, NOW);
    expect(unused.tradeIn?.isEstimate).toBe(true);
    expect(unused.tradeInUsedCents).toBe(0);
    const used = computeFinancing({ ...base, tradeIn, useTradeIn: true }, NOW);
    expect(used.tradeInUsedCents).toBe(used.tradeIn?.estimateCents);
    const credit = used.columns[0];
    expect(credit?.ok ? credit.offer.tradeInCents : 0).toBe(used.tradeInUsedCents);
    expect(used.legal.map((m) => m.id)).toContain('trade-in-estimate');
  });

  it('renders a PDF summary', () => {
    const bytes = financingSummaryPdf(computeFinancing(base, NOW), 'fr', '20/11/2026');
    const text = Array.from(bytes, (b) => String.fromCharCode(b)).join('');
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
  });
});
