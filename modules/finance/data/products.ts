/**
 * The finance products Virage offers. Configuration, not code: every quote is computed from
 * these figures. Rates are annual nominal percentages by duration band; deposits are bounds as a
 * percentage of the cash price; amounts are in cents. The lender and figures are illustrative.
 */
import type { TFinanceProduct } from '../schemas';

const LENDER = 'Virage Finance';
const ALL_MODELS = ['etincelle', 'horizon', 'magistrale'] as const;

export const FINANCE_PRODUCTS: readonly TFinanceProduct[] = [
  {
    kind: 'credit',
    id: 'credit-classique',
    name: { fr: 'Crédit auto classique', en: 'Classic car loan' },
    lender: LENDER,
    eligibleModels: [...ALL_MODELS],
    durationsMonths: [12, 24, 36, 48, 60, 72, 84],
    rateBands: [
      { minMonths: 12, maxMonths: 36, annualRatePct: 4.9 },
      { minMonths: 37, maxMonths: 60, annualRatePct: 5.5 },
      { minMonths: 61, maxMonths: 84, annualRatePct: 5.9 },
    ],
    deposit: { minPct: 0, maxPct: 80 },
    // The French consumer-credit regime covers 200 € to 75 000 € (Code de la consommation, art. L312-4).
    minFinancedCents: 150_000,
    maxFinancedCents: 7_500_000,
    fees: { fixedCents: 15_000, pctOfFinanced: 0 },
    insurance: {
      basis: 'pctOfFinanced',
      name: { fr: 'Assurance décès-invalidité (facultative)', en: 'Death and disability insurance (optional)' },
      monthlyPct: 0.05,
    },
    representativeExample: { modelCode: 'horizon', priceCents: 3_699_000, cashDepositCents: 699_000, durationMonths: 48, withInsurance: false },
  },
  {
    kind: 'credit',
    id: 'credit-zero-etincelle',
    name: { fr: 'Crédit 0 % Étincelle', en: '0% loan on Étincelle' },
    lender: LENDER,
    eligibleModels: ['etincelle'],
    durationsMonths: [12, 24],
    rateBands: [{ minMonths: 12, maxMonths: 24, annualRatePct: 0 }],
    deposit: { minPct: 30, maxPct: 80 },
    minFinancedCents: 150_000,
    maxFinancedCents: 2_000_000,
    fees: { fixedCents: 0, pctOfFinanced: 0 },
    representativeExample: { modelCode: 'etincelle', priceCents: 2_499_000, cashDepositCents: 799_000, durationMonths: 24, withInsurance: false },
  },
  {
    kind: 'loa',
    id: 'loa-liberte',
    name: { fr: 'LOA Liberté', en: 'Liberté lease with purchase option' },
    lender: LENDER,
    eligibleModels: [...ALL_MODELS],
    durationsMonths: [24, 36, 48, 60],
    mileageBandsKm: [10_000, 15_000, 20_000, 25_000],
    rateBands: [
      { minMonths: 24, maxMonths: 36, annualRatePct: 5.9 },
      { minMonths: 37, maxMonths: 60, annualRatePct: 6.4 },
    ],
    deposit: { minPct: 0, maxPct: 35 },
    minFinancedCents: 500_000,
    maxFinancedCents: 7_500_000,
    fees: { fixedCents: 0, pctOfFinanced: 0 },
    insurance: {
      basis: 'fixed',
      name: { fr: 'Garantie perte financière (facultative)', en: 'GAP insurance (optional)' },
      monthlyCents: 1_490,
    },
    excessKmCents: 9,
    representativeExample: { modelCode: 'horizon', priceCents: 3_699_000, cashDepositCents: 399_000, durationMonths: 36, annualMileageKm: 15_000, withInsurance: false },
  },
  {
    kind: 'lld',
    id: 'lld-serenite',
    name: { fr: 'LLD Sérénité', en: 'Sérénité long-term lease' },
    lender: LENDER,
    eligibleModels: [...ALL_MODELS],
    durationsMonths: [24, 36, 48, 60],
    mileageBandsKm: [10_000, 15_000, 20_000, 25_000],
    rateBands: [
      { minMonths: 24, maxMonths: 36, annualRatePct: 6.2 },
      { minMonths: 37, maxMonths: 60, annualRatePct: 6.7 },
    ],
    deposit: { minPct: 0, maxPct: 25 },
    minFinancedCents: 500_000,
    maxFinancedCents: 10_000_000,
    fees: { fixedCents: 0, pctOfFinanced: 0 },
    insurance: {
      basis: 'fixed',
      name: { fr: 'Garantie perte financière (facultative)', en: 'GAP insurance (optional)' },
      monthlyCents: 990,
    },
    excessKmCents: 10,
    representativeExample: { modelCode: 'etincelle', priceCents: 2_499_000, cashDepositCents: 250_000, durationMonths: 36, annualMileageKm: 10_000, withInsurance: false },
  },
];
