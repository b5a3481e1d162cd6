/** The financing terms as URL parameters (see server/request.ts), for links such as the PDF. */
export type TermsParams = {
  cashDepositCents: number;
  durationMonths: number;
  annualMileageKm: number;
  productIds: readonly string[];
  tradeIn?: { make: string; model: string; year: number; mileageKm: number } | undefined;
  useTradeIn?: boolean;
  household?: 'standard' | 'modest' | 'precarious';
  basis?: 'stock' | 'factory-order';
};

export function termsToParams(terms: TermsParams): string {
  const params = new URLSearchParams({ d: String(terms.cashDepositCents), n: String(terms.durationMonths), km: String(terms.annualMileageKm), f: terms.productIds.join(',') });
  if (terms.household && terms.household !== 'standard') params.set('hh', terms.household);
  if (terms.basis === 'stock') params.set('b', 'stock');
  if (terms.tradeIn) {
    params.set('tm', terms.tradeIn.make);
    params.set('tmo', terms.tradeIn.model);
    params.set('ty', String(terms.tradeIn.year));
    params.set('tk', String(terms.tradeIn.mileageKm));
    if (terms.useTradeIn) params.set('tu', '1');
  }
  return params.toString();
}
