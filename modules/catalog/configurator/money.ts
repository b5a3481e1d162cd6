import { formatDecimal, formatEuroAmount } from '@/lib/i18n/decimal';

const lang = (locale: string) => (locale === 'en' ? 'en' : 'fr');

/** Euro amounts as the page shows them, from integer cents. */
export function formatEuros(cents: number, locale: string, options: { signed?: boolean } = {}): string {
  return formatEuroAmount(cents / 100, lang(locale), {
    minimumFractionDigits: cents % 100 === 0 ? 0 : 2,
    maximumFractionDigits: 2,
    signDisplay: options.signed ? 'always' : 'auto',
  });
}

export function formatPercent(pct: number, locale: string): string {
  return `${formatDecimal(pct, lang(locale), { maximumFractionDigits: 2 })}${locale === 'en' ? '%' : ' %'}`;
}
