/** Locale formatting for the texts this module produces (representative examples). */
import { formatDecimal, formatEuroAmount } from '@/lib/i18n/decimal';
import type { TLocalized } from './schemas';

export type FinanceLocale = keyof TLocalized;

const TWO_DECIMALS = { minimumFractionDigits: 2, maximumFractionDigits: 2 } as const;

/** 123456 → "1 234,56 €" (fr) / "€1,234.56" (en). */
export function formatEuros(cents: number, locale: FinanceLocale): string {
  return formatEuroAmount(cents / 100, locale, TWO_DECIMALS);
}

/** 5.5 → "5,50 %" (fr) / "5.50%" (en): the percentage's own digits (no division by 100 in binary first). */
export function formatPercent(percent: number, locale: FinanceLocale): string {
  const digits = formatDecimal(percent, locale, TWO_DECIMALS);
  return locale === 'fr' ? `${digits}\u00a0%` : `${digits}%`;
}

export function formatKm(km: number, locale: FinanceLocale): string {
  return `${formatDecimal(km, locale, { maximumFractionDigits: 3 })} km`;
}
