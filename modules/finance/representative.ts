/**
 * The representative example ("exemple représentatif", Code de la consommation, art. L312-6)
 * of each finance product, computed from the product's own figures and worded in French and
 * English. Since 20 November 2026 (ordonnance n° 2025-880) art. L312-6 no longer exempts LOA from
 * the borrowing rate and the TAEG (new text: tricoteuses.fr/legifrance/articles/LEGIARTI000052190112,
 * consulted 2026-12-06): the LOA example gives both. Figures are quoted without the optional
 * insurance, and say so when one is offered (art. L312-7).
 */
import { FINANCE_PRODUCTS } from './data/products';
import { type FinanceResult, ok } from './errors';
import { type FinanceLocale, formatEuros as eur, formatKm, formatPercent as pct } from './format';
import { quoteCredit, quoteLease } from './offers';
import type { TFinanceProduct, TLocalized } from './schemas';
import type { CreditOffer, InsuranceQuote, LeaseOffer } from './types';

export type RepresentativeExample = {
  readonly offer: CreditOffer | LeaseOffer;
  readonly text: TLocalized;
};

export function representativeExample(product: TFinanceProduct): FinanceResult<RepresentativeExample> {
  const example = product.representativeExample;
  const base = { ...example, tradeInCents: 0, productId: product.id };
  if (product.kind === 'credit') {
    const quoted = quoteCredit({ ...base, kind: 'credit' }, product);
    if (!quoted.ok) return quoted;
    return ok({ offer: quoted.value, text: { fr: creditText(quoted.value, 'fr'), en: creditText(quoted.value, 'en') } });
  }
  const quoted = quoteLease({ ...base, kind: product.kind, annualMileageKm: example.annualMileageKm ?? 0 }, product);
  if (!quoted.ok) return quoted;
  return ok({ offer: quoted.value, text: { fr: leaseText(quoted.value, 'fr'), en: leaseText(quoted.value, 'en') } });
}

/** Representative examples of every product in the catalogue, keyed by product id. */
export function representativeExamples(catalogue: readonly TFinanceProduct[] = FINANCE_PRODUCTS): Record<string, FinanceResult<RepresentativeExample>> {
  return Object.fromEntries(catalogue.map((product) => [product.id, representativeExample(product)]));
}

function instalmentsText(o: CreditOffer, l: FinanceLocale): string {
  if (o.lastPaymentCents === o.monthlyPaymentCents) {
    return l === 'fr' ? `${o.durationMonths} mensualités de ${eur(o.monthlyPaymentCents, l)}` : `${o.durationMonths} monthly payments of ${eur(o.monthlyPaymentCents, l)}`;
  }
  const regular = o.durationMonths - 1;
  return l === 'fr'
    ? `${regular} mensualités de ${eur(o.monthlyPaymentCents, l)} et une dernière de ${eur(o.lastPaymentCents, l)}`
    : `${regular} monthly payments of ${eur(o.monthlyPaymentCents, l)} and a final one of ${eur(o.lastPaymentCents, l)}`;
}

function feesText(feesCents: number, l: FinanceLocale): string {
  if (feesCents === 0) return l === 'fr' ? 'Sans frais de dossier.' : 'No arrangement fee.';
  return l === 'fr' ? `Frais de dossier : ${eur(feesCents, l)}.` : `Arrangement fee: ${eur(feesCents, l)}.`;
}

function insuranceText(insurance: InsuranceQuote | null, l: FinanceLocale, kind: 'credit' | 'lease'): string {
  if (!insurance) return '';
  const taea = insurance.taeaPct === null ? '' : l === 'fr' ? ` (TAEA : ${pct(insurance.taeaPct, l)})` : ` (annual effective insurance rate: ${pct(insurance.taeaPct, l)})`;
  const added = kind === 'credit' ? (l === 'fr' ? 'à la mensualité' : 'to the monthly payment') : l === 'fr' ? 'au loyer' : 'to the rent';
  return l === 'fr'
    ? ` ${insurance.name.fr} : ${eur(insurance.monthlyCents, l)} par mois, soit ${eur(insurance.totalCents, l)} sur la durée du contrat${taea}, à ajouter ${added}.`
    : ` ${insurance.name.en}: ${eur(insurance.monthlyCents, l)} a month, ${eur(insurance.totalCents, l)} over the contract${taea}, added ${added}.`;
}

/** " hors assurance facultative" after the figures, when the product offers one. */
function withoutInsurance(insurance: InsuranceQuote | null, l: FinanceLocale): string {
  if (!insurance) return '';
  return l === 'fr' ? ' hors assurance facultative' : ' excluding the optional insurance';
}

function creditText(o: CreditOffer, l: FinanceLocale): string {
  const excl = withoutInsurance(o.insurance, l);
  if (l === 'fr') {
    return (
      `Exemple représentatif : pour l'achat d'un véhicule de ${eur(o.priceCents, l)} avec un apport de ${eur(o.depositCents, l)}, ` +
      `crédit affecté de ${eur(o.principalCents, l)} sur ${o.durationMonths} mois au taux débiteur fixe de ${pct(o.nominalRatePct, l)}. ` +
      `TAEG fixe : ${pct(o.taegPct, l)}. Vous remboursez ${instalmentsText(o, l)}${excl}. ${feesText(o.feesCents, l)} ` +
      `Coût total du crédit : ${eur(o.totalCreditCostCents, l)}. Montant total dû : ${eur(o.totalDueCents, l)}${excl}.` +
      insuranceText(o.insurance, l, 'credit')
    );
  }
  return (
    `Representative example: for a car costing ${eur(o.priceCents, l)} with a ${eur(o.depositCents, l)} deposit, ` +
    `a linked loan of ${eur(o.principalCents, l)} over ${o.durationMonths} months at a fixed borrowing rate of ${pct(o.nominalRatePct, l)}. ` +
    `Fixed APR: ${pct(o.taegPct, l)}. You repay ${instalmentsText(o, l)}${excl}. ${feesText(o.feesCents, l)} ` +
    `Total cost of credit: ${eur(o.totalCreditCostCents, l)}. Total amount payable: ${eur(o.totalDueCents, l)}${excl}.` +
    insuranceText(o.insurance, l, 'credit')
  );
}

function leaseText(o: LeaseOffer, l: FinanceLocale): string {
  const fr = l === 'fr';
  // Totals here leave the optional insurance out; it is quoted on its own below.
  const total = o.depositCents + o.totalRentsCents + o.feesCents;
  const excl = withoutInsurance(o.insurance, l);
  // LOA is consumer credit: borrowing rate and TAEG are part of its example since 20 Nov. 2026.
  const rates =
    o.kind === 'loa' && o.taegPct !== null
      ? fr
        ? `Taux débiteur fixe : ${pct(o.leaseRatePct, l)}. TAEG fixe : ${pct(o.taegPct, l)}. `
        : `Fixed borrowing rate: ${pct(o.leaseRatePct, l)}. Fixed APR: ${pct(o.taegPct, l)}. `
      : '';
  const head = fr
    ? `${o.kind === 'loa' ? 'Exemple représentatif' : 'Exemple'} pour une ${o.kind === 'loa' ? "location avec option d'achat" : 'location longue durée'} de ${o.durationMonths} mois et ${formatKm(o.contractMileageKm, l)} (${formatKm(o.annualMileageKm, l)} par an), véhicule d'une valeur de ${eur(o.priceCents, l)} : ` +
      `premier loyer majoré de ${eur(o.depositCents, l)} puis ${o.regularRentCount} loyers de ${eur(o.monthlyRentCents, l)}${excl}. ${feesText(o.feesCents, l)} ${rates}`
    : `${o.kind === 'loa' ? 'Representative example' : 'Example'} of a ${o.durationMonths}-month ${o.kind === 'loa' ? 'lease with purchase option' : 'long-term lease'} for ${formatKm(o.contractMileageKm, l)} (${formatKm(o.annualMileageKm, l)} a year) on a car worth ${eur(o.priceCents, l)}: ` +
      `first, larger rent of ${eur(o.depositCents, l)} then ${o.regularRentCount} monthly rents of ${eur(o.monthlyRentCents, l)}${excl}. ${feesText(o.feesCents, l)} ${rates}`;
  const excess = fr ? ` Kilomètre supplémentaire : ${eur(o.excessKmCents, l)}.` : ` Extra mileage: ${eur(o.excessKmCents, l)} per km.`;
  const body =
    o.kind === 'loa'
      ? fr
        ? `Montant total dû hors option d'achat : ${eur(total, l)}. Option d'achat finale : ${eur(o.purchaseOptionCents, l)}. Montant total dû en cas d'acquisition : ${eur(total + o.purchaseOptionCents, l)}.`
        : `Total payable without the purchase option: ${eur(total, l)}. Final purchase option: ${eur(o.purchaseOptionCents, l)}. Total payable if you buy the car: ${eur(total + o.purchaseOptionCents, l)}.`
      : fr
        ? `Montant total dû : ${eur(total, l)}. Sans option d'achat.`
        : `Total payable: ${eur(total, l)}. No purchase option.`;
  return head + body + excess + insuranceText(o.insurance, l, 'lease');
}
