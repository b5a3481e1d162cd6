import { formatLocale, formatMoney } from '@/lib/i18n/format';

/** Euro amounts as the page shows them, from integer cents ("47 000 €", "1 234,50 €"). */
export function formatEuros(cents: number, locale: string): string {
  return formatMoney(cents, formatLocale(locale));
}
