// Numbers and euros exactly as fr-FR and en-GB Intl.NumberFormat write them, without
// Intl. Why: the first Intl.NumberFormat of a page makes V8 load ICU's number data, about 25 ms of
// main thread here and 100 ms on a phone four times slower. The configurator formats prices while
// it hydrates, so that load sat inside the page's longest task (measured with a CPU profile of
// /configure/horizon at 4x CPU throttling). decimal.test.ts holds every function here to Intl's
// output for random values; anything outside what it covers goes to Intl itself.

export type DecimalLocale = 'fr' | 'en';

/** Intl's signDisplay values this module writes. */
export type SignDisplay = 'auto' | 'always' | 'exceptZero';

export type DecimalOptions = {
  minimumFractionDigits?: number;
  maximumFractionDigits: number;
  signDisplay?: SignDisplay;
};

const SYMBOLS: Record<DecimalLocale, { group: string; decimal: string; intl: string }> = {
  // French groups with a narrow no-break space (CLDR), English with a comma.
  fr: { group: '\u202f', decimal: ',', intl: 'fr-FR' },
  en: { group: ',', decimal: '.', intl: 'en-GB' },
};

type Formatted = { sign: '' | '-' | '+'; digits: string };

/** 1234.5 → "1 234,5" (fr) / "1,234.5" (en); the sign apart, so each pattern can place it. */
function formatParts(value: number, locale: DecimalLocale, options: DecimalOptions): Formatted | null {
  const { minimumFractionDigits = 0, maximumFractionDigits, signDisplay = 'auto' } = options;
  // String() gives the shortest decimal that reads back as the same double, which is what ICU
  // rounds (1.005 → "1.01"); exponent forms (tiny or huge values) are left to Intl.
  const plain = String(Math.abs(value));
  if (!Number.isFinite(value) || plain.includes('e')) return null;
  const [whole = '0', fraction = ''] = plain.split('.');
  let kept = whole + fraction.slice(0, maximumFractionDigits).padEnd(maximumFractionDigits, '0');
  // Half away from zero (Intl's default "halfExpand"): the first dropped digit decides.
  if ((fraction[maximumFractionDigits] ?? '0') >= '5') kept = incrementDigits(kept);
  const intLength = kept.length - maximumFractionDigits;
  const intDigits = kept.slice(0, intLength).replace(/^0+(?=\d)/, '');
  let fracDigits = kept.slice(intLength);
  while (fracDigits.length > minimumFractionDigits && fracDigits.endsWith('0')) fracDigits = fracDigits.slice(0, -1);
  fracDigits = fracDigits.padEnd(minimumFractionDigits, '0');
  const { group, decimal } = SYMBOLS[locale];
  const grouped = intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const digits = fracDigits ? `${grouped}${decimal}${fracDigits}` : grouped;
  const negative = value < 0 || Object.is(value, -0);
  const roundsToZero = /^[0]*$/.test(kept);
  let sign: Formatted['sign'] = negative ? '-' : '';
  if (signDisplay === 'always' && !negative) sign = '+';
  if (signDisplay === 'exceptZero') sign = roundsToZero ? '' : negative ? '-' : '+';
  return { sign, digits };
}

function incrementDigits(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return `1${out.join('')}`;
}

function intl(locale: DecimalLocale, options: Intl.NumberFormatOptions, value: number): string {
  return new Intl.NumberFormat(SYMBOLS[locale].intl, options).format(value);
}

/** A plain number: 1234.5 → "1 234,5" / "1,234.5". */
export function formatDecimal(value: number, locale: DecimalLocale, options: DecimalOptions): string {
  const parts = formatParts(value, locale, options);
  return parts ? parts.sign + parts.digits : intl(locale, options, value);
}

/** Euros: 1234.5 → "1 234,50 €" / "€1,234.50" with two fraction digits. */
export function formatEuroAmount(euros: number, locale: DecimalLocale, options: DecimalOptions): string {
  const parts = formatParts(euros, locale, options);
  if (!parts) return intl(locale, { ...options, style: 'currency', currency: 'EUR' }, euros);
  return locale === 'fr' ? `${parts.sign}${parts.digits}\u00a0€` : `${parts.sign}€${parts.digits}`;
}
