/** Blocks shared by the financing PDFs: the price with its registration taxes and aid, and the credit warning. */
import { displayDate, type PriceBreakdown } from '@/modules/catalog';
import type { Block } from '@/modules/documents/server';
import { type FinanceLocale, formatEuros as eur } from '../format';
import { CREDIT_WARNING } from '../legal';

const LABELS = {
  fr: { vehicle: 'Prix du véhicule TTC', total: 'Prix TTC, malus et aide compris', grids: 'Barèmes appliqués : immatriculation', stock: 'véhicule en stock', factory: 'commande usine, date estimée en fin de délai de livraison', aidNote: 'Aide à l’achat' },
  en: { vehicle: 'Vehicle price incl. VAT', total: 'Price incl. VAT, taxes and aid', grids: 'Grids applied: registration on', stock: 'car in stock', factory: 'factory order, date estimated at the end of the delivery window', aidNote: 'Purchase aid' },
} as const;

export function priceBlocks(price: PriceBreakdown, locale: FinanceLocale): Block[] {
  const l = LABELS[locale];
  const rows: [string, string][] = [[l.vehicle, eur(price.subtotalTTCCents, locale)]];
  for (const line of price.lines) if (line.kind === 'malus' || line.kind === 'malus-mass' || line.kind === 'bonus') rows.push([line.label[locale], eur(line.amountCents, locale)]);
  rows.push([l.total, eur(price.totalCents, locale)]);
  const basis = price.registration.basis === 'stock' ? l.stock : l.factory;
  return [
    { kind: 'table', rows },
    { kind: 'paragraph', size: 8.5, text: `${l.grids} ${displayDate(price.registration.date, locale)} (${basis}). ${price.malus.source}. ${price.massMalus.source}.` },
    { kind: 'paragraph', size: 8.5, text: `${l.aidNote} : ${price.bonus.note[locale]}.` },
  ];
}

/** The L312-5 warning, framed and bold; in English the prescribed French text comes first. */
export function prominentWarning(locale: FinanceLocale): Block {
  return locale === 'fr'
    ? { kind: 'notice', text: CREDIT_WARNING.text.fr }
    : { kind: 'notice', text: CREDIT_WARNING.text.fr, note: CREDIT_WARNING.text.en };
}
