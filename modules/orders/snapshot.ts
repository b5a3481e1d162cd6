import { z } from 'zod';
import type { Configuration, Localized, PriceBreakdown } from '@/modules/catalog';
import type { OrderKind } from './state-machine';

/**
 * What was agreed when the order was placed, stored as JSON on the order (with key columns next
 * to it). Names and amounts are copied, not referenced: a later catalogue change never alters an
 * order. Versioned so a future shape can still read old orders.
 */
export const SNAPSHOT_VERSION = 1;

export const ZBuyerDetails = z.strictObject({
  firstName: z.string().trim().min(1).max(80),
  lastName: z.string().trim().min(1).max(80),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 .-]{9,20}$/, 'phone'),
  street: z.string().trim().min(3).max(160),
  postalCode: z
    .string()
    .trim()
    .regex(/^(?:0[1-9]|[1-8]\d|9[0-8])\d{3}$/, 'postalCode'),
  city: z.string().trim().min(1).max(80),
});
export type BuyerDetails = z.infer<typeof ZBuyerDetails>;

export const FINANCING_CHOICES = ['cash', 'credit'] as const;
export type FinancingChoice = (typeof FINANCING_CHOICES)[number];

export type SnapshotLine = { kind: string; code: string; label: Localized; amountCents: number };

export type OrderSnapshot = {
  version: typeof SNAPSHOT_VERSION;
  kind: OrderKind;
  catalogueVersion: string;
  model: { code: string; name: Localized };
  configuration: Configuration;
  /** the saved configuration it came from (factory order) */
  savedCode: string | null;
  /** the stock car (stock order) */
  vehicle: { id: string; vin: string } | null;
  lines: SnapshotLine[];
  subtotalTTCCents: number;
  vatCents: number;
  vatRatePercent: number;
  co2: number;
  malus: { cents: number; year: number; source: string };
  bonus: { cents: number; note: Localized };
  totalCents: number;
  depositCents: number;
  financing: {
    choice: FinancingChoice;
    monthlyPaymentCents: number | null;
    durationMonths: number | null;
    taegPct: number | null;
    productName: Localized | null;
  };
  /** trade-in valuation is not part of checkout yet */
  tradeIn: null;
  delivery: { mode: 'click_collect'; dealership: { id: string; name: string; street: string; postalCode: string; city: string } };
  buyer: BuyerDetails & { email: string };
  acceptedAt: { cgv: string; withdrawalInformation: string };
};

export type SnapshotInput = {
  kind: OrderKind;
  modelName: Localized;
  configuration: Configuration;
  price: PriceBreakdown;
  /** a stock car's own price when it differs from the catalogue (e.g. a discounted car) */
  vehiclePriceCents?: number;
  savedCode: string | null;
  vehicle: { id: string; vin: string } | null;
  depositCents: number;
  financing: OrderSnapshot['financing'];
  dealership: OrderSnapshot['delivery']['dealership'];
  buyer: BuyerDetails & { email: string };
  acceptedAt: Date;
};

export function buildSnapshot(input: SnapshotInput): OrderSnapshot {
  const { price } = input;
  return {
    version: SNAPSHOT_VERSION,
    kind: input.kind,
    catalogueVersion: price.catalogueVersion,
    model: { code: input.configuration.model, name: input.modelName },
    configuration: { ...input.configuration, options: [...input.configuration.options], packs: [...input.configuration.packs] },
    savedCode: input.savedCode,
    vehicle: input.vehicle,
    lines: price.lines.map((l) => ({ kind: l.kind, code: l.code, label: { fr: l.label.fr, en: l.label.en }, amountCents: l.amountCents })),
    subtotalTTCCents: price.subtotalTTCCents,
    vatCents: price.vatCents,
    vatRatePercent: price.vatRatePercent,
    co2: price.co2,
    malus: { cents: price.malusCents, year: price.malus.year, source: price.malus.source },
    bonus: { cents: price.bonusCents, note: { fr: price.bonus.note.fr, en: price.bonus.note.en } },
    totalCents: price.totalCents,
    depositCents: input.depositCents,
    financing: input.financing,
    tradeIn: null,
    delivery: { mode: 'click_collect', dealership: input.dealership },
    buyer: input.buyer,
    acceptedAt: { cgv: input.acceptedAt.toISOString(), withdrawalInformation: input.acceptedAt.toISOString() },
  };
}

/** Reads a stored snapshot back (the JSON column is typed unknown by the client). */
export function readSnapshot(value: unknown): OrderSnapshot {
  if (typeof value !== 'object' || value === null || (value as { version?: unknown }).version !== SNAPSHOT_VERSION) {
    throw new Error('Unknown order snapshot version.');
  }
  return value as OrderSnapshot;
}
