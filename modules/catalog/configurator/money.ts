/** Euro amounts as the page shows them, from integer cents. */
export function formatEuros(cents: number, locale: string, options: { signed?: boolean } = {}): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'fr-FR', {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: cents % 100 === 0 ? 0 : 2,
    maximumFractionDigits: 2,
    ...(options.signed ? { signDisplay: 'always' as const } : {}),
  }).format(cents / 100);
}

export function formatPercent(pct: number, locale: string): string {
  return `${new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { maximumFractionDigits: 2 }).format(pct)}${locale === 'en' ? '%' : ' %'}`;
}
