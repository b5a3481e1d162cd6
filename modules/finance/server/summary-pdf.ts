/**
 * The financing simulation summary as a PDF, in the visitor's language. It is advertising, not an
 * offer: its title says so, so it cannot be mistaken for the pre-contractual sheet (fipen-pdf.ts)
 * or a credit offer.
 */
import { type FinanceLocale, formatEuros as eur, formatKm, formatPercent } from '@/modules/finance';
import { stillPicture } from '@/modules/catalog/server';
import { type Block, renderDocument } from '@/modules/documents/server';
import type { FinancingResult } from './financing';
import { priceBlocks, prominentWarning } from './pdf-parts';

const TEXT = {
  fr: {
    title: 'Simulation de financement — document publicitaire',
    notOffer: 'Ce document résume une simulation à titre indicatif. Il ne constitue ni une offre de crédit ni une offre de location : la fiche d’informations précontractuelles (FIPEN) et l’offre de contrat vous sont remises avant tout engagement.',
    issued: 'Simulation du',
    vehicle: 'Véhicule',
    tradeIn: 'Estimation de reprise (indicative) utilisée comme apport',
    offers: 'Offres simulées',
    duration: 'Durée',
    months: 'mois',
    monthly: 'Mensualité / loyer',
    upfront: 'À la signature (apport et frais)',
    total: 'Coût total',
    toOwn: 'Coût pour devenir propriétaire',
    toUse: 'Coût d’usage (véhicule rendu)',
    taeg: 'TAEG fixe',
    rate: 'Taux débiteur fixe',
    option: 'Option d’achat finale',
    mileage: 'Kilométrage annuel',
    example: 'Exemple représentatif',
    legal: 'Mentions légales',
    unavailable: 'Offre indisponible avec ces paramètres',
    cheapestToOwn: 'la moins chère pour devenir propriétaire',
    cheapestToUse: 'la moins chère à l’usage',
    footer: 'Virage — simulation non contractuelle, ne vaut pas offre de crédit',
  },
  en: {
    title: 'Financing simulation — advertising document',
    notOffer: 'This document sums up an indicative simulation. It is neither a credit offer nor a lease offer: the pre-contractual information sheet (SECCI) and the contract offer are given to you before you commit.',
    issued: 'Simulated on',
    vehicle: 'Vehicle',
    tradeIn: 'Trade-in estimate (indicative) used as deposit',
    offers: 'Simulated offers',
    duration: 'Duration',
    months: 'months',
    monthly: 'Monthly payment / rent',
    upfront: 'At signature (deposit and fees)',
    total: 'Total cost',
    toOwn: 'Cost to own the car',
    toUse: 'Cost of use (car handed back)',
    taeg: 'Fixed APR (TAEG)',
    rate: 'Fixed borrowing rate',
    option: 'Final purchase option',
    mileage: 'Annual mileage',
    example: 'Representative example',
    legal: 'Legal notices',
    unavailable: 'Offer unavailable with these settings',
    cheapestToOwn: 'cheapest way to own the car',
    cheapestToUse: 'cheapest to use',
    footer: 'Virage — indicative simulation, not a credit offer',
  },
} as const;

export async function financingSummaryPdf(result: FinancingResult, locale: FinanceLocale, issuedOn: string): Promise<Uint8Array> {
  const t = TEXT[locale];
  const picture = await stillPicture(result.configuration, locale);
  const blocks: Block[] = [
    { kind: 'heading', text: t.title },
    { kind: 'paragraph', text: t.notOffer, bold: true },
    { kind: 'paragraph', text: `${t.issued} ${issuedOn}` },
    { kind: 'heading', level: 2, text: `${t.vehicle} : ${result.modelName[locale]} ${result.trimName[locale]}` },
    ...(picture ? [{ kind: 'image', jpeg: picture.jpeg, aspect: picture.width / picture.height, caption: picture.alt, width: 300 } satisfies Block] : []),
    ...priceBlocks(result.price, locale),
  ];
  if (result.tradeInUsedCents > 0) blocks.push({ kind: 'paragraph', text: `${t.tradeIn} : ${eur(result.tradeInUsedCents, locale)}` });
  if (result.legal.some((m) => m.id === 'credit-warning')) blocks.push(prominentWarning(locale));
  blocks.push({ kind: 'heading', level: 2, text: t.offers });
  let okIndex = 0;
  for (const column of result.columns) {
    if (!column.ok) {
      blocks.push({ kind: 'heading', level: 3, text: column.name[locale] }, { kind: 'paragraph', text: t.unavailable });
      continue;
    }
    const row = result.comparison?.rows[okIndex++];
    const offer = column.offer;
    const flags = [row?.isCheapestToOwn ? t.cheapestToOwn : null, row?.isCheapestToUse ? t.cheapestToUse : null].filter((f) => f !== null);
    blocks.push({ kind: 'heading', level: 3, text: `${column.name[locale]}${flags.length > 0 ? ` (${flags.join(', ')})` : ''}` });
    const rows: [string, string][] = [];
    if (offer.kind !== 'cash') rows.push([t.duration, `${offer.durationMonths} ${t.months}`]);
    if (offer.kind === 'loa' || offer.kind === 'lld') rows.push([t.mileage, formatKm(offer.annualMileageKm, locale)]);
    if (row) rows.push([t.upfront, eur(row.upfrontCents, locale)], [t.monthly, eur(row.monthlyCents, locale)]);
    if (offer.kind === 'credit') rows.push([t.rate, formatPercent(offer.nominalRatePct, locale)], [t.taeg, formatPercent(offer.taegPct, locale)]);
    if (offer.kind === 'loa') {
      rows.push([t.rate, formatPercent(offer.leaseRatePct, locale)]);
      if (offer.taegPct !== null) rows.push([t.taeg, formatPercent(offer.taegPct, locale)]);
      rows.push([t.option, eur(offer.purchaseOptionCents, locale)]);
    }
    rows.push([t.total, eur(offer.totalCostCents, locale)]);
    if (row?.totalToOwnCents != null) rows.push([t.toOwn, eur(row.totalToOwnCents, locale)]);
    if (row?.costOfUseCents != null) rows.push([t.toUse, eur(row.costOfUseCents, locale)]);
    blocks.push({ kind: 'table', rows });
    // The example's text opens with its own heading ("Exemple représentatif : …"): not repeated.
    if (column.representativeExample) blocks.push({ kind: 'paragraph', text: column.representativeExample[locale], size: 8.5 });
  }
  blocks.push({ kind: 'heading', level: 2, text: t.legal });
  for (const mention of result.legal) {
    if (mention.display === 'prominent') continue; // printed above, framed
    blocks.push({ kind: 'paragraph', text: mention.text[locale], size: 9 });
  }
  return renderDocument({ title: t.title, lang: locale, header: `Virage — ${t.title}`, footer: t.footer, blocks });
}
