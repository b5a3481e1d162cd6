/** Locale formatting for the texts this module produces (representative examples). */
import type { TLocalized } from './schemas';

export type FinanceLocale = keyof TLocalized;

const INTL_LOCALE: Record<FinanceLocale, string> = { fr: 'fr-FR', en: 'en-GB' };

/** 123456 → "1 234,56 €" (fr) / "€1,234.56" (en). */
export function formatEuros(cents: number, locale: FinanceLocale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cents / 100);
}

/** 5.5 → "5,50 %" (fr) / "5.50%" (en). */
export function formatPercent(percent: number, locale: FinanceLocale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(percent / 100);
}

export function formatKm(km: number, locale: FinanceLocale): string {
  return `${new Intl.NumberFormat(INTL_LOCALE[locale]).format(km)} km`;
}
