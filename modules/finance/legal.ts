/**
 * Legal and informative sentences shown with financing offers, with English translations.
 * `wording: 'prescribed'` means the French text is imposed word for word; the English text is
 * a translation for English-speaking visitors, the French one remains the legal reference.
 */
import type { TFinanceKind, TLocalized } from './schemas';

export type LegalMention = {
  readonly id: string;
  readonly text: TLocalized;
  readonly wording: 'prescribed' | 'informative';
  /** Legal basis, when there is one. */
  readonly source: string | null;
};

/**
 * Code de la consommation, art. L312-5: every consumer-credit advertisement (except on radio)
 * carries this sentence. LOA is treated as consumer credit (art. L312-2), so it applies to LOA too.
 */
export const CREDIT_WARNING: LegalMention = {
  id: 'credit-warning',
  text: {
    fr: 'Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager.',
    en: 'A loan is a commitment and must be repaid. Check that you can afford the repayments before you commit.',
  },
  wording: 'prescribed',
  source: 'Code de la consommation, art. L312-5',
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

export const OPTIONAL_INSURANCE: LegalMention = {
  id: 'optional-insurance',
  text: {
    fr: "L'assurance proposée est facultative. Son coût s'ajoute aux échéances et n'est pas inclus dans le TAEG.",
    en: 'The insurance offered is optional. Its cost is added to the payments and is not included in the APR.',
  },
  wording: 'informative',
  source: 'Code de la consommation, art. L312-7',
};

export const OPTIONAL_INSURANCE_LEASE: LegalMention = {
  id: 'optional-insurance-lease',
  text: {
    fr: "L'assurance proposée est facultative. Son coût s'ajoute aux loyers.",
    en: 'The insurance offered is optional. Its cost is added to the rents.',
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
