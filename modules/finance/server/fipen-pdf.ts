/**
 * The pre-contractual information sheet for one credit or LOA offer: "Fiche d'informations
 * précontractuelles européennes normalisées en matière de crédit aux consommateurs" (FIPEN; SECCI,
 * Standard European Consumer Credit Information). Distinct in title and wording from the advertising
 * summary.
 *
 * Layout (search tool, 2026-12-06): the SECCI of Directive (EU) 2023/2225 is its ANNEX I (CELEX
 * 32023L2225, annex_I, read at fantasticsearch.net/law/eu), in two parts: "Key information — Part I
 * [Always on the first page of the form]" — creditor (and credit intermediary), total amount of
 * credit, duration, borrowing rate, APR, total amount you will have to pay, where applicable the goods
 * and their cash price, costs in the case of late payments — then the detailed information in the
 * numbered sections of the former form (Directive 2008/48/EC annex II, judict.eu): 1. identity and
 * contact details of the creditor, 2. main features of the credit product, 3. costs of the credit,
 * 4. other important legal aspects, 5. additional information in the case of distance marketing.
 * French transposition: Code de la consommation art. L312-12 as amended by the ordonnance
 * n° 2025-880 du 3 septembre 2025 (in force 20 November 2026; corrected by the ordonnance n° 2025-1154
 * du 2 décembre 2025, tricoteuses.fr JORFTEXT000052982995).
 * NOT CONFIRMED BY SEARCH (search tool, 2026-12-06): what Part I holds after "costs in the case of late
 * payments" (we add the right of withdrawal there, as Part II's section 4 has it; the missed-payments
 * warning stays in section 3, where the 2008 form had it), and the French annex's own wording of the part
 * titles ("Partie I — Informations clés", "Partie II — Informations détaillées" are ours). The stored copy
 * of Annex I (fantasticsearch.net, CELEX 32023L2225 annex_I) is cut right after the late-payment row; the
 * EUR-Lex, eurlexa.com, lexaris.de and eumonitor.eu copies are stored from their beginning only (recitals,
 * table of contents); no stored page gives art. 10's list of Part I items, the French text of the annex,
 * the new L312-12 or its regulatory annex (Dalloz actualité's series on the ordonnance, ddg.fr and
 * defenseconso.fr only summarise it). Second pass, also without finding (search tool, 2026-12-06): the
 * French EUR-Lex pages of 32023L2225 and of its consolidation 02023L2225-20231030 (stored from their
 * beginning: articles 1-2), lexaris.de (recitals and table of contents), eumonitor.eu "Annexes to
 * COM(2021)347" (footnotes only), rosato-avocats.com and philippe-gonet-avocat-mti.fr (summaries of the
 * ordonnance), avocat24.fr and french-business-law.com (the current FIPEN model, annex to R312-5, built on
 * the 2008 form), git.tricoteuses.fr's Code de la consommation history (a 2014 commit only); no stored page
 * of a décret transposing the directive's annex. GitHub files: exact strings "Always on the first page of
 * the form", "Toujours sur la première page", "EUROPÉENNES NORMALISÉES EN MATIÈRE DE CRÉDIT",
 * "DIRECTIVE (UE) 2023/2225 DU PARLEMENT EUROPÉEN" find no copy of the annex; Freetime35/EUR-LEX_Banking_
 * Knowledge_DB and ThomasMoreAI/legal-skills-open hold no text of it. Check against the Journal officiel
 * before relying on the layout.
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
    part1: 'Partie I — Informations clés',
    part2: 'Partie II — Informations détaillées',
    missed: 'Conséquences d’un défaut de paiement',
    missedText: 'Les défauts de paiement peuvent avoir de graves conséquences (reprise du véhicule, inscription au FICP) et rendre plus difficile l’obtention d’un crédit.',
    withdrawalShort: 'Oui, 14 jours calendaires',
    s5: '5. Informations complémentaires en cas de vente à distance de services financiers',
    register: 'Enregistrement et autorité de contrôle',
    registerText: 'Établissement de crédit agréé, contrôlé par l’Autorité de contrôle prudentiel et de résolution (ACPR), 4 place de Budapest, 75009 Paris',
    law: 'Loi applicable et langue',
    lawText: 'Droit français ; informations et contrat en français',
    redress: 'Réclamation et médiation',
    redressText: 'Service réclamations de Virage Finance, puis le médiateur de la consommation désigné au contrat, sans frais',
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
    part1: 'Part I — Key information',
    part2: 'Part II — Detailed information',
    missed: 'Consequences of missing payments',
    missedText: 'Missing payments could have severe consequences for you (repossession of the car, listing in the FICP register) and make obtaining credit more difficult.',
    withdrawalShort: 'Yes, 14 calendar days',
    s5: '5. Additional information in the case of distance marketing of financial services',
    register: 'Registration and supervisory authority',
    registerText: 'Authorised credit institution supervised by the Autorité de contrôle prudentiel et de résolution (ACPR), 4 place de Budapest, 75009 Paris',
    law: 'Applicable law and language',
    lawText: 'French law; information and contract in French',
    redress: 'Complaints and out-of-court redress',
    redressText: 'Virage Finance complaints service, then the consumer mediator named in the contract, free of charge',
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
  const features = featureRows(offer, result, locale);
  const costs = costRows(offer, locale);
  const blocks: Block[] = [
    { kind: 'heading', text: t.title },
    { kind: 'paragraph', text: t.intro, bold: true },
    { kind: 'paragraph', text: `${t.issued} ${issuedOn}` },
    // Part I stays on the first page: it comes right after the title, in one short table.
    { kind: 'heading', level: 2, text: t.part1 },
    { kind: 'table', rows: keyRows(offer, locale, features, costs) },
    { kind: 'heading', level: 2, text: t.part2 },
    { kind: 'heading', level: 3, text: t.s1 },
    { kind: 'table', rows: [[t.lender, `${offer.lender} — ${LENDER_ADDRESS}`]] },
    { kind: 'heading', level: 3, text: t.s2 },
    { kind: 'table', rows: features },
    ...priceBlocks(result.price, locale),
    { kind: 'heading', level: 3, text: t.s3 },
    { kind: 'table', rows: [...costs, [t.missed, t.missedText]] },
    prominentWarning(locale),
    { kind: 'heading', level: 3, text: t.s4 },
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
    { kind: 'heading', level: 3, text: t.s5 },
    { kind: 'table', rows: [[t.register, t.registerText], [t.law, t.lawText], [t.redress, t.redressText]] },
  ];
  return renderDocument({ title: t.title, lang: locale, header: `Virage Finance — ${t.title}`, footer: t.footer, blocks });
}

/** Part I: the key figures, picked from the detailed rows so both parts always agree. */
function keyRows(offer: CreditOffer | LoaOffer, l: FinanceLocale, features: [string, string][], costs: [string, string][]): [string, string][] {
  const t = T[l];
  const pick = (rows: [string, string][], label: string): [string, string][] => rows.filter(([k]) => k === label);
  return [
    [t.lender, offer.lender],
    ...pick(features, t.amount),
    ...pick(features, t.duration),
    ...pick(costs, t.rate),
    ...pick(costs, t.taeg),
    ...pick(features, t.total),
    ...pick(features, t.goods),
    ...pick(costs, t.late),
    [t.withdrawal, t.withdrawalShort],
  ];
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
