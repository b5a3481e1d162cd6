/** Locale formatting for the texts this module produces (representative examples). */
import { formatDecimal, formatEuroAmount } from '@/lib/i18n/decimal';
import type { TLocalized } from './schemas';

export type FinanceLocale = keyof TLocalized;

const TWO_DECIMALS = { minimumFractionDigits: 2, maximumFractionDigits: 2 } as const;

/** 123456 → "1 234,56 €" (fr) / "€1,234.56" (en). */
export function formatEuros(cents: number, locale: FinanceLocale): string {
  return formatEuroAmount(cents / 100, locale, TWO_DECIMALS);
}

export { formatPercent } from '@/lib/i18n/format';

export function formatKm(km: number, locale: FinanceLocale): string {
  return `${formatDecimal(km, locale, { maximumFractionDigits: 3 })} km`;
}
