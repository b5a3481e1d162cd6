/** The offer summary as a PDF document (see pdf.ts), in the visitor's language. */
import { type FinanceLocale, formatEuros as eur, formatKm, formatPercent } from '@/modules/finance';
import type { FinancingResult } from './financing';
import { renderPdf, type PdfLine } from './pdf';

const TEXT = {
  fr: {
    title: 'Récapitulatif de votre offre de financement',
    issued: 'Émis le',
    vehicle: 'Véhicule',
    price: 'Prix TTC',
    tradeIn: 'Estimation de reprise (indicative) utilisée comme apport',
    offers: 'Offres comparées',
    duration: 'Durée',
    months: 'mois',
    monthly: 'Mensualité / loyer',
    upfront: 'À la signature (apport et frais)',
    total: 'Coût total',
    taeg: 'TAEG fixe',
    option: "Option d'achat finale",
    mileage: 'Kilométrage annuel',
    example: 'Exemple représentatif',
    legal: 'Mentions légales',
    unavailable: 'Offre indisponible avec ces paramètres',
    cheapest: 'la moins chère au total',
  },
  en: {
    title: 'Your financing offer summary',
    issued: 'Issued on',
    vehicle: 'Vehicle',
    price: 'Price incl. VAT',
    tradeIn: 'Trade-in estimate (indicative) used as deposit',
    offers: 'Compared offers',
    duration: 'Duration',
    months: 'months',
    monthly: 'Monthly payment / rent',
    upfront: 'At signature (deposit and fees)',
    total: 'Total cost',
    taeg: 'Fixed APR (TAEG)',
    option: 'Final purchase option',
    mileage: 'Annual mileage',
    example: 'Representative example',
    legal: 'Legal notices',
    unavailable: 'Offer unavailable with these settings',
    cheapest: 'cheapest overall',
  },
} as const;

export function financingSummaryPdf(result: FinancingResult, locale: FinanceLocale, issuedOn: string): Uint8Array {
  const t = TEXT[locale];
  const lines: PdfLine[] = [
    { text: 'Virage', size: 12, bold: true },
    { text: t.title, size: 18, bold: true, spaceBefore: 6 },
    { text: `${t.issued} ${issuedOn}` },
    { text: `${t.vehicle} : ${result.modelName[locale]} ${result.trimName[locale]}`, spaceBefore: 10, bold: true },
    { text: `${t.price} : ${eur(result.priceCents, locale)}` },
  ];
  if (result.tradeInUsedCents > 0) lines.push({ text: `${t.tradeIn} : ${eur(result.tradeInUsedCents, locale)}` });
  lines.push({ text: t.offers, size: 13, bold: true, spaceBefore: 12 });
  result.columns.forEach((column, index) => {
    if (!column.ok) {
      lines.push({ text: column.name[locale], bold: true, spaceBefore: 8 }, { text: t.unavailable });
      return;
    }
    const row = result.comparison?.rows[result.columns.slice(0, index).filter((c) => c.ok).length];
    const offer = column.offer;
    lines.push({ text: `${column.name[locale]}${row?.isCheapest ? ` (${t.cheapest})` : ''}`, bold: true, spaceBefore: 8 });
    if (offer.kind !== 'cash') lines.push({ text: `${t.duration} : ${offer.durationMonths} ${t.months}` });
    if (offer.kind === 'loa' || offer.kind === 'lld') lines.push({ text: `${t.mileage} : ${formatKm(offer.annualMileageKm, locale)}` });
    if (row) {
      lines.push({ text: `${t.monthly} : ${eur(row.monthlyCents, locale)}` }, { text: `${t.upfront} : ${eur(row.upfrontCents, locale)}` });
    }
    if (offer.kind === 'credit') lines.push({ text: `${t.taeg} : ${formatPercent(offer.taegPct, locale)}` });
    if (offer.kind === 'loa') lines.push({ text: `${t.option} : ${eur(offer.purchaseOptionCents, locale)}` });
    lines.push({ text: `${t.total} : ${eur(offer.totalCostCents, locale)}`, bold: true });
    if (column.representativeExample) lines.push({ text: `${t.example} : ${column.representativeExample[locale]}`, size: 8.5 });
  });
  lines.push({ text: t.legal, size: 13, bold: true, spaceBefore: 12 });
  for (const mention of result.legal) lines.push({ text: mention.text[locale], size: 9 });
  // The prescribed French sentences stay in French whatever the language.
  if (locale !== 'fr') for (const mention of result.legal.filter((m) => m.wording === 'prescribed')) lines.push({ text: mention.text.fr, size: 9 });
  return renderPdf({ title: t.title, lines });
}
