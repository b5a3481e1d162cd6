/**
 * The pre-contractual information sheet for one credit or LOA offer: "Fiche d'informations
 * précontractuelles européennes normalisées en matière de crédit aux consommateurs" (FIPEN; SECCI,
 * Standard European Consumer Credit Information, Directive (EU) 2023/2225 art. 10 and Annex I;
 * Code de la consommation art. L312-12 as amended by the ordonnance n° 2025-880). Its sections follow
 * the standard form: 1. lender, 2. main features of the credit, 3. cost of the credit, 4. other
 * important legal aspects. Distinct in title and wording from the advertising summary.
 *
 * NOT CONFIRMED BY SEARCH (2026-12-06): the exact layout of the French annex as amended for
 * 20 November 2026 (e.g. any one-page overview placed before the sheet); the headings and items
 * below are those of the standard form's four sections.
 */
import { type FinanceLocale, formatEuros as eur, formatKm, formatPercent as pct } from '@/modules/finance';
import { type Block, renderDocument } from '@/modules/documents/server';
import { AppError } from '@/lib/errors';
import type { CreditOffer, LoaOffer } from '../types';
import type { FinancingResult } from './financing';
import { priceBlocks, prominentWarning } from './pdf-parts';

const LENDER_ADDRESS = 'Virage Finance, 12 rue de l’Innovation, 69007 Lyon — virage-finance@virage.example';

const T = {
  fr: {
    title: 'Fiche d’informations précontractuelles européennes normalisées en matière de crédit aux consommateurs (FIPEN)',
    intro: 'Informations précontractuelles, remises avant la conclusion du contrat, pour l’offre ci-dessous. Ce document n’est pas l’offre de contrat.',
    s1: '1. Identité et coordonnées du prêteur',
    lender: 'Prêteur',
    s2: '2. Description des principales caractéristiques du crédit',
    type: 'Type de crédit',
    credit: 'Crédit affecté à l’achat du véhicule',
    loa: 'Location avec option d’achat (LOA)',
    amount: 'Montant total du crédit',
    release: 'Conditions de mise à disposition des fonds',
    releaseText: 'Versement direct au vendeur à la livraison du véhicule',
    duration: 'Durée du contrat de crédit',
    instalments: 'Échéances et ordre de paiement',
    total: 'Montant total que vous devrez payer',
    goods: 'Bien financé et prix au comptant',
    s3: '3. Coûts du crédit',
    rate: 'Taux débiteur',
    fixed: 'fixe',
    taeg: 'Taux annuel effectif global (TAEG)',
    fees: 'Frais de dossier',
    costTotal: 'Coût total du crédit',
    insurance: 'Assurance facultative',
    notRequired: 'Non obligatoire pour obtenir le crédit',
    late: 'Frais en cas de retard de paiement',
    lateText: 'Intérêts de retard au taux débiteur et, le cas échéant, indemnité prévue par le Code de la consommation',
    s4: '4. Autres aspects juridiques importants',
    withdrawal: 'Droit de rétractation',
    withdrawalText: 'Oui : 14 jours calendaires à compter de l’acceptation de l’offre de contrat (Code de la consommation, art. L312-19).',
    early: 'Remboursement anticipé',
    earlyText: 'Possible à tout moment, en tout ou partie ; une indemnité peut être demandée dans les limites légales.',
    database: 'Consultation d’une base de données',
    databaseText: 'Le prêteur consulte le fichier national des incidents de remboursement des crédits aux particuliers (FICP) pour évaluer votre solvabilité.',
    draft: 'Droit à un projet de contrat',
    draftText: 'Vous pouvez obtenir gratuitement, sur demande, un exemplaire du projet de contrat de crédit.',
    validity: 'Durée de validité des informations',
    validityText: 'Informations valables 15 jours à compter de leur remise, sous réserve d’acceptation du dossier.',
    optionLabel: 'Option d’achat finale',
    firstRent: 'premier loyer majoré de',
    thenRents: 'puis',
    rents: 'loyers mensuels de',
    monthly: 'mensualités de',
    last: 'et une dernière de',
    withOption: 'option d’achat comprise',
    issued: 'Fiche établie le',
    footer: 'Virage Finance — informations précontractuelles (FIPEN), ne vaut pas offre de contrat',
  },
  en: {
    title: 'Standard European Consumer Credit Information (SECCI — French FIPEN)',
    intro: 'Pre-contractual information, given before the contract is concluded, for the offer below. This document is not the contract offer.',
    s1: '1. Identity and contact details of the creditor',
    lender: 'Creditor',
    s2: '2. Description of the main features of the credit product',
    type: 'Type of credit',
    credit: 'Credit linked to the purchase of the car',
    loa: 'Lease with purchase option (LOA)',
    amount: 'Total amount of credit',
    release: 'Conditions governing the drawdown',
    releaseText: 'Paid directly to the seller when the car is delivered',
    duration: 'Duration of the credit agreement',
    instalments: 'Instalments and order of payment',
    total: 'Total amount you will have to pay',
    goods: 'Goods financed and cash price',
    s3: '3. Costs of the credit',
    rate: 'Borrowing rate',
    fixed: 'fixed',
    taeg: 'Annual percentage rate of charge (APR)',
    fees: 'Arrangement fee',
    costTotal: 'Total cost of credit',
    insurance: 'Optional insurance',
    notRequired: 'Not required to obtain the credit',
    late: 'Costs in the event of late payment',
    lateText: 'Late interest at the borrowing rate and, where applicable, the compensation set by the French Consumer Code',
    s4: '4. Other important legal aspects',
    withdrawal: 'Right of withdrawal',
    withdrawalText: 'Yes: 14 calendar days from accepting the contract offer (French Consumer Code, art. L312-19).',
    early: 'Early repayment',
    earlyText: 'Possible at any time, in full or in part; compensation may be charged within legal limits.',
    database: 'Consultation of a database',
    databaseText: 'The creditor consults the French national register of credit repayment incidents (FICP) to assess your creditworthiness.',
    draft: 'Right to a draft credit agreement',
    draftText: 'You may obtain a copy of the draft credit agreement free of charge on request.',
    validity: 'Period during which the information is valid',
    validityText: 'Valid for 15 days from when it is given, subject to approval of your application.',
    optionLabel: 'Final purchase option',
    firstRent: 'first larger rent of',
    thenRents: 'then',
    rents: 'monthly rents of',
    monthly: 'monthly payments of',
    last: 'and a final one of',
    withOption: 'purchase option included',
    issued: 'Sheet issued on',
    footer: 'Virage Finance — pre-contractual information (SECCI), not a contract offer',
  },
} as const;

/** The FIPEN of the offer `productId` of a financing result; 404 when that offer is not in it, 400 for cash or LLD. */
export function fipenPdf(result: FinancingResult, productId: string, locale: FinanceLocale, issuedOn: string): Promise<Uint8Array> {
  const column = result.columns.find((c) => c.productId === productId);
  if (!column || !column.ok) throw new AppError('NOT_FOUND', `No offer "${productId}" with these terms.`, { reason: 'OFFER_NOT_FOUND' });
  const offer = column.offer;
  if (offer.kind !== 'credit' && offer.kind !== 'loa') {
    throw new AppError('BAD_REQUEST', 'Pre-contractual credit information exists for credit and LOA offers only.', { reason: 'NOT_A_CREDIT' });
  }
  const t = T[locale];
  const blocks: Block[] = [
    { kind: 'heading', text: t.title },
    { kind: 'paragraph', text: t.intro, bold: true },
    { kind: 'paragraph', text: `${t.issued} ${issuedOn}` },
    { kind: 'heading', level: 2, text: t.s1 },
    { kind: 'table', rows: [[t.lender, `${offer.lender} — ${LENDER_ADDRESS}`]] },
    { kind: 'heading', level: 2, text: t.s2 },
    { kind: 'table', rows: featureRows(offer, result, locale) },
    ...priceBlocks(result.price, locale),
    { kind: 'heading', level: 2, text: t.s3 },
    { kind: 'table', rows: costRows(offer, locale) },
    prominentWarning(locale),
    { kind: 'heading', level: 2, text: t.s4 },
    {
      kind: 'table',
      rows: [
        [t.withdrawal, t.withdrawalText],
        [t.early, t.earlyText],
        [t.database, t.databaseText],
        [t.draft, t.draftText],
        [t.validity, t.validityText],
      ],
    },
  ];
  return renderDocument({ title: t.title, lang: locale, header: `Virage Finance — ${t.title}`, footer: t.footer, blocks });
}

function featureRows(offer: CreditOffer | LoaOffer, result: FinancingResult, l: FinanceLocale): [string, string][] {
  const t = T[l];
  const car = `${result.modelName[l]} ${result.trimName[l]} — ${eur(offer.priceCents, l)}`;
  if (offer.kind === 'credit') {
    const regular = offer.lastPaymentCents === offer.monthlyPaymentCents ? offer.durationMonths : offer.durationMonths - 1;
    const last = offer.lastPaymentCents === offer.monthlyPaymentCents ? '' : ` ${t.last} ${eur(offer.lastPaymentCents, l)}`;
    return [
      [t.type, t.credit],
      [t.amount, eur(offer.principalCents, l)],
      [t.release, t.releaseText],
      [t.duration, `${offer.durationMonths} ${l === 'fr' ? 'mois' : 'months'}`],
      [t.instalments, `${regular} ${t.monthly} ${eur(offer.monthlyPaymentCents, l)}${last}`],
      [t.total, eur(offer.totalDueCents, l)],
      [t.goods, car],
    ];
  }
  const financed = offer.priceCents - offer.depositCents;
  return [
    [t.type, t.loa],
    [t.amount, eur(financed, l)],
    [t.duration, `${offer.durationMonths} ${l === 'fr' ? 'mois' : 'months'} — ${formatKm(offer.contractMileageKm, l)}`],
    [t.instalments, `${t.firstRent} ${eur(offer.depositCents, l)} ${t.thenRents} ${offer.regularRentCount} ${t.rents} ${eur(offer.monthlyRentCents, l)}`],
    [t.optionLabel, eur(offer.purchaseOptionCents, l)],
    [t.total, `${eur(offer.totalCostWithOptionCents - (offer.insurance?.selected ? offer.insurance.totalCents : 0), l)} (${t.withOption})`],
    [t.goods, car],
  ];
}

function costRows(offer: CreditOffer | LoaOffer, l: FinanceLocale): [string, string][] {
  const t = T[l];
  const rate = offer.kind === 'credit' ? offer.nominalRatePct : offer.leaseRatePct;
  const rows: [string, string][] = [[t.rate, `${pct(rate, l)} (${t.fixed})`]];
  if (offer.taegPct !== null) rows.push([t.taeg, `${pct(offer.taegPct, l)} (${t.fixed})`]);
  rows.push([t.fees, eur(offer.feesCents, l)]);
  if (offer.kind === 'credit') rows.push([t.costTotal, eur(offer.totalCreditCostCents, l)]);
  if (offer.insurance) {
    const perMonth = l === 'fr' ? `${eur(offer.insurance.monthlyCents, l)} par mois, ${eur(offer.insurance.totalCents, l)} au total` : `${eur(offer.insurance.monthlyCents, l)} a month, ${eur(offer.insurance.totalCents, l)} in total`;
    rows.push([t.insurance, `${offer.insurance.name[l]} — ${perMonth}. ${t.notRequired}.`]);
  }
  rows.push([t.late, t.lateText]);
  return rows;
}
