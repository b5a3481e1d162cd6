import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatEuros, formatKm, formatPercent } from './format';

// The offers' texts (representative examples, PDFs) write rates as Intl's percent style did.
const intlPercent = (percent: number, locale: 'fr' | 'en') =>
  new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(percent / 100);

describe('finance formats', () => {
  it('writes every rate of two decimals (what roundPercent gives) as Intl’s percent style', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2_000, max: 100_000 }), fc.constantFrom<'fr' | 'en'>('fr', 'en'), (hundredths, locale) => {
        const percent = hundredths / 100;
        expect(formatPercent(percent, locale)).toBe(intlPercent(percent, locale));
      }),
      { numRuns: 5000 },
    );
  });

  it('rounds a rate from its own digits: 1.835 % shows as 1,84 %, not 1,83 % (1.835 / 100 is 0.018349… in binary)', () => {
    expect(formatPercent(1.835, 'fr')).toBe('1,84\u00a0%');
    expect(formatPercent(5.5, 'en')).toBe('5.50%');
  });

  it('writes euros with cents and kilometres with grouping', () => {
    expect(formatEuros(123456, 'fr')).toBe('1\u202f234,56\u00a0€');
    expect(formatEuros(123456, 'en')).toBe('€1,234.56');
    expect(formatKm(15000, 'fr')).toBe('15\u202f000 km');
  });
});
