import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { formatDecimal, formatEuroAmount, type DecimalLocale, type DecimalOptions } from './decimal';

// The reference: the functions under test must write exactly what Intl writes, character for
// character (narrow no-break spaces, minus signs and all).
const INTL = { fr: 'fr-FR', en: 'en-GB' } as const;
const reference = (locale: DecimalLocale, options: Intl.NumberFormatOptions, value: number) =>
  new Intl.NumberFormat(INTL[locale], options).format(value);

const locales = fc.constantFrom<DecimalLocale>('fr', 'en');
const options = fc
  .record({
    maximumFractionDigits: fc.integer({ min: 0, max: 3 }),
    minimumFractionDigits: fc.integer({ min: 0, max: 3 }),
    signDisplay: fc.constantFrom<NonNullable<DecimalOptions['signDisplay']>>('auto', 'always', 'exceptZero'),
  })
  .map((o) => ({ ...o, minimumFractionDigits: Math.min(o.minimumFractionDigits, o.maximumFractionDigits) }));
// Cents as the app stores them, amounts with awkward binary fractions, and halves that test rounding.
const values = fc.oneof(
  fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }).map((cents) => cents / 100),
  fc.double({ min: -1e9, max: 1e9, noNaN: true }),
  fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 1000 + 0.0005),
  fc.constantFrom(0, -0, 0.5, -0.5, 1.005, 2.675, 999.995, 999_999.5, -0.004),
);

describe('formatDecimal and formatEuroAmount write what Intl.NumberFormat writes', () => {
  it('plain numbers', () => {
    fc.assert(
      fc.property(values, locales, options, (value, locale, o) => {
        expect(formatDecimal(value, locale, o)).toBe(reference(locale, o, value));
      }),
      { numRuns: 3000 },
    );
  });

  it('euros', () => {
    fc.assert(
      fc.property(values, locales, options, (value, locale, o) => {
        expect(formatEuroAmount(value, locale, o)).toBe(reference(locale, { ...o, style: 'currency', currency: 'EUR' }, value));
      }),
      { numRuns: 3000 },
    );
  });

  it('on the figures a buyer reads', () => {
    expect(formatEuroAmount(47_000, 'fr', { maximumFractionDigits: 0 })).toBe('47\u202f000\u00a0€');
    expect(formatEuroAmount(1234.5, 'en', { minimumFractionDigits: 2, maximumFractionDigits: 2 })).toBe('€1,234.50');
    expect(formatDecimal(4.95, 'fr', { minimumFractionDigits: 2, maximumFractionDigits: 2 })).toBe('4,95');
    expect(formatDecimal(1.005, 'fr', { maximumFractionDigits: 2 })).toBe('1,01');
  });

  it('leaves what it does not cover to Intl (infinities, exponent forms)', () => {
    expect(formatDecimal(Number.POSITIVE_INFINITY, 'fr', { maximumFractionDigits: 0 })).toBe(reference('fr', { maximumFractionDigits: 0 }, Number.POSITIVE_INFINITY));
    expect(formatEuroAmount(1e-7, 'en', { maximumFractionDigits: 2 })).toBe(reference('en', { maximumFractionDigits: 2, style: 'currency', currency: 'EUR' }, 1e-7));
    expect(formatDecimal(1e22, 'en', { maximumFractionDigits: 0 })).toBe(reference('en', { maximumFractionDigits: 0 }, 1e22));
  });
});

describe('why it exists', () => {
  it('formats finite values without making an Intl.NumberFormat (no ICU number data loaded)', () => {
    const made = vi.spyOn(Intl, 'NumberFormat');
    try {
      formatEuroAmount(-1234.56, 'fr', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      formatDecimal(0.1 + 0.2, 'en', { maximumFractionDigits: 3, signDisplay: 'exceptZero' });
      expect(made).not.toHaveBeenCalled();
    } finally {
      made.mockRestore();
    }
  });
});
