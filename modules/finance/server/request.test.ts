import { describe, expect, it } from 'vitest';
import { computeFinancing } from './financing';
import { readFinancingParams } from './request';

const CONFIG = 'm=horizon&t=horizon-hybrid-iconic&p=bleu-abysse&w=sport&i=cuir-noir';
const read = (terms: string) => readFinancingParams(`${CONFIG}&${terms}`);

describe('financing link terms', () => {
  it.each([
    ['n=999', { durationMonths: 60 }, ['durationMonths']],
    ['n=0', { durationMonths: 24 }, ['durationMonths']],
    ['km=0', { annualMileageKm: 10_000 }, ['annualMileageKm']],
    ['km=99999999', { annualMileageKm: 25_000 }, ['annualMileageKm']],
    ['d=999999999', { cashDepositCents: 100_000_000 }, ['cashDepositCents']],
    ['n=36&km=20000', { durationMonths: 36, annualMileageKm: 20_000 }, []],
  ])('%s becomes the nearest offered value, and the offers compute', (terms, expected, adjusted) => {
    const result = read(terms);
    expect(result?.request).toMatchObject(expected);
    expect(result?.adjusted).toEqual(adjusted);
    // The page renders from this: it must not throw (it did for each of these links).
    expect(() => computeFinancing({ ...result?.request, tradeIn: undefined, useTradeIn: false }, new Date('2026-12-06T00:00:00Z'))).not.toThrow();
  });

  it('is null only when the configuration cannot be read', () => {
    expect(readFinancingParams(`m=horizon&o=${'x'.repeat(5000)}`)).toBeNull();
  });
});
