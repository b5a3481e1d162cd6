/**
 * Legal and informative sentences shown with financing offers, with English translations.
 * `wording: 'prescribed'` means the French text is imposed word for word; the English text is
 * a translation for English-speaking visitors, the French one remains the legal reference.
 *
 * Law in force since 20 November 2026: ordonnance n° 2025-880 du 3 septembre 2025 relative au
 * crédit à la consommation (JORF 4 Sept. 2025), transposing Directive (EU) 2023/2225 (CCD2), which
 * Member States apply from 20 November 2026 (art. 48). Consulted with the search tool on 2026-12-06:
 * teamwillgroup.com and dalloz.businesscomm.fr (ordonnance n° 2025-880, entry into force 20 Nov.
 * 2026), ddg.fr and cibfinance.fr (new L312-5 mention), tricoteuses.fr/legifrance/articles/
 * LEGIARTI000052190112 (new L312-6), philippe-gonet-avocat-mti.fr (scope 0-100 000 €),
 * defenseconso.fr (LOA now in scope), exlege.bg (Directive art. 8(1), "clear and prominent").
 * Contracts signed before 20 November 2026 stay under the former texts (ordonnance, art. 99 II).
 */
import type { TFinanceKind, TLocalized } from './schemas';

export type LegalMention = {
  readonly id: string;
  readonly text: TLocalized;
  readonly wording: 'prescribed' | 'informative';
  /** Legal basis, when there is one. */
  readonly source: string | null;
  /** 'prominent': must stand out (Directive 2023/2225 art. 8(1)): shown bold, larger and boxed. */
  readonly display?: 'prominent';
};

/** Day the texts below took effect (ordonnance n° 2025-880, art. 99). */
export const CCD2_IN_FORCE_FROM = '2026-11-20';

/**
 * Consumer-credit rules now cover credits from the first euro up to 100 000 € (the 200 € floor is
 * gone and the 75 000 € ceiling rose to 100 000 €: Directive 2023/2225 art. 2(2)(c), Code de la
 * consommation art. L312-4 as amended by the ordonnance). Products above the ceiling would fall
 * outside these texts: the product catalogue is checked against it.
 */
export const CONSUMER_CREDIT_MAX_CENTS = 10_000_000;

/**
 * Code de la consommation, art. L312-5 as rewritten by the ordonnance n° 2025-880 (from 20 Nov.
 * 2026): every consumer-credit advertisement carries this sentence, word for word. Directive
 * 2023/2225 art. 8(1) requires it to be "clear and prominent" ("Attention! Borrowing money costs
 * money" or equivalent). NOT CONFIRMED BY SEARCH: a French typographic rule (minimum size) for the
 * new mention; we show it bold, larger than the surrounding notices and boxed, next to the figures.
 * LOA is consumer credit (art. L312-2), so it applies to LOA too; LLD is not.
 */
export const CREDIT_WARNING: LegalMention = {
  id: 'credit-warning',
  text: {
    fr: 'Attention ! Un crédit coûte de l’argent et doit être remboursé !',
    en: 'Warning! Borrowing money costs money and must be repaid!',
  },
  wording: 'prescribed',
  source: 'Code de la consommation, art. L312-5 (ordonnance n° 2025-880 du 3 septembre 2025, en vigueur le 20 novembre 2026) ; directive (UE) 2023/2225, art. 8, § 1',
  display: 'prominent',
};

export const WITHDRAWAL_RIGHT: LegalMention = {
  id: 'withdrawal-right',
  text: {
    fr: "Vous disposez d'un délai de rétractation de 14 jours calendaires à compter de l'acceptation de l'offre de contrat.",
    en: 'You have 14 calendar days from accepting the contract offer to withdraw from it.',
  },
  wording: 'informative',
  source: 'Code de la consommation, art. L312-19',
};

export const SUBJECT_TO_APPROVAL: LegalMention = {
  id: 'subject-to-approval',
  text: {
    fr: "Offre sous réserve d'acceptation définitive de votre dossier par le prêteur.",
    en: 'Offer subject to final approval of your application by the lender.',
  },
  wording: 'informative',
  source: null,
};

/**
 * Shown whenever the lender offers an optional insurance with the product (Code de la consommation,
 * art. L312-7: its cost in euros per month and whether it adds to the instalment, next to the
 * representative example, which is quoted "hors assurance facultative").
 */
export const OPTIONAL_INSURANCE: LegalMention = {
  id: 'optional-insurance',
  text: {
    fr: "L'assurance proposée est facultative. Son coût s'ajoute aux échéances et n'est pas inclus dans le TAEG : les montants de l'exemple représentatif s'entendent hors assurance facultative.",
    en: 'The insurance offered is optional. Its cost is added to the payments and is not included in the APR: the representative example is quoted without the optional insurance.',
  },
  wording: 'informative',
  source: 'Code de la consommation, art. L312-7',
};

export const OPTIONAL_INSURANCE_LEASE: LegalMention = {
  id: 'optional-insurance-lease',
  text: {
    fr: "L'assurance proposée est facultative. Son coût s'ajoute aux loyers : les montants de l'exemple s'entendent hors assurance facultative.",
    en: 'The insurance offered is optional. Its cost is added to the rents: the example is quoted without the optional insurance.',
  },
  wording: 'informative',
  source: 'Code de la consommation, art. L312-7',
};

export const LOA_OWNERSHIP: LegalMention = {
  id: 'loa-ownership',
  text: {
    fr: "Location avec option d'achat : vous ne devenez propriétaire du véhicule qu'en levant l'option d'achat en fin de contrat.",
    en: 'Lease with purchase option: you only own the car if you exercise the purchase option at the end of the contract.',
  },
  wording: 'informative',
  source: null,
};

/** LLD is a rental, not a credit: no statutory sentence applies; this one explains the deal. */
export const LLD_RETURN: LegalMention = {
  id: 'lld-return',
  text: {
    fr: "Location longue durée sans option d'achat : le véhicule est restitué en fin de contrat. Des frais s'appliquent en cas de kilométrage dépassé ou de remise en état.",
    en: 'Long-term lease with no purchase option: the car is returned at the end of the contract. Charges apply for extra mileage or reconditioning.',
  },
  wording: 'informative',
  source: null,
};

export const TRADE_IN_ESTIMATE: LegalMention = {
  id: 'trade-in-estimate',
  text: {
    fr: 'Estimation indicative de reprise, non contractuelle : la valeur définitive est fixée après inspection du véhicule.',
    en: 'Indicative trade-in estimate, not an offer: the final value is set after the car has been inspected.',
  },
  wording: 'informative',
  source: null,
};

/** The sentences to show next to an offer of this kind, prescribed ones first. */
export function legalMentionsFor(kind: TFinanceKind, options: { withInsurance?: boolean; withTradeIn?: boolean } = {}): LegalMention[] {
  const insurance = kind === 'credit' ? OPTIONAL_INSURANCE : OPTIONAL_INSURANCE_LEASE;
  const extras = [...(options.withInsurance && kind !== 'cash' ? [insurance] : []), ...(options.withTradeIn ? [TRADE_IN_ESTIMATE] : [])];
  switch (kind) {
    case 'cash':
      return extras;
    case 'credit':
      return [CREDIT_WARNING, WITHDRAWAL_RIGHT, SUBJECT_TO_APPROVAL, ...extras];
    case 'loa':
      return [CREDIT_WARNING, LOA_OWNERSHIP, WITHDRAWAL_RIGHT, SUBJECT_TO_APPROVAL, ...extras];
    case 'lld':
      return [LLD_RETURN, SUBJECT_TO_APPROVAL, ...extras];
  }
}
