import { z } from 'zod';
import type { Configuration, Household, Localized, PriceBreakdown } from '@/modules/catalog';
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
  /** The household category the buyer declared for the purchase aid (absent on orders placed before it was carried: standard). */
  household?: Household;
  financing: {
    choice: FinancingChoice;
    monthlyPaymentCents: number | null;
    durationMonths: number | null;
    taegPct: number | null;
    productName: Localized | null;
    /** The terms chosen on /financing, recomputed by the server (absent on orders placed before they were carried). */
    productId?: string | null;
    productKind?: 'credit' | 'loa' | 'lld' | null;
    /** the buyer's own down payment (apport) to the lender, trade-in excluded */
    cashDepositCents?: number | null;
    annualMileageKm?: number | null;
    /** everything paid over the contract (credit: price + interest + fees; lease: deposit + rents + fees) */
    totalCostCents?: number | null;
  };
  /** The buyer's car taken in part-exchange, as estimated (subject to inspection): deducted from the balance, not from the deposit paid online. */
  tradeIn: TradeInSnapshot | null;
  delivery: DeliverySnapshot;
  /** Home delivery fee, included in totalCents (0 for click & collect). */
  deliveryFeeCents?: number;
  /** What is left to pay at handover: total − deposit − trade-in. */
  balanceDueCents?: number;
  buyer: BuyerDetails & { email: string };
  acceptedAt: { cgv: string; withdrawalInformation: string };
};

export type DealershipSnapshot = { id: string; name: string; street: string; postalCode: string; city: string };

export type DeliverySnapshot =
  | { mode: 'click_collect'; dealership: DealershipSnapshot; /** as booked at order time; it may be moved later */ handover?: { start: string; end: string } | null }
  | {
      mode: 'home';
      dealership: DealershipSnapshot;
      address: { street: string; postalCode: string; city: string };
      roadKm: number;
      feeCents: number;
      feeSource: string;
    };

export type TradeInSnapshot = {
  make: string;
  model: string;
  year: number;
  mileageKm: number;
  estimateCents: number;
  lowCents: number;
  highCents: number;
  /** the part counted in the financing's down payment (0 when not used there) */
  usedInFinancingCents: number;
  disclaimer: Localized;
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
  household?: Household;
  financing: OrderSnapshot['financing'];
  tradeIn?: TradeInSnapshot | null;
  /** default: click & collect at `dealership`, no appointment yet */
  delivery?: DeliverySnapshot;
  dealership: DealershipSnapshot;
  buyer: BuyerDetails & { email: string };
  acceptedAt: Date;
};

export function buildSnapshot(input: SnapshotInput): OrderSnapshot {
  const { price } = input;
  const delivery: DeliverySnapshot = input.delivery ?? { mode: 'click_collect', dealership: input.dealership, handover: null };
  const deliveryFeeCents = delivery.mode === 'home' ? delivery.feeCents : 0;
  const totalCents = price.totalCents + deliveryFeeCents;
  const tradeIn = input.tradeIn ?? null;
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
    totalCents,
    depositCents: input.depositCents,
    household: input.household ?? 'standard',
    financing: input.financing,
    tradeIn,
    delivery,
    deliveryFeeCents,
    balanceDueCents: Math.max(0, totalCents - input.depositCents - (tradeIn?.estimateCents ?? 0)),
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

/** What is left to pay on the order: its snapshot's figure, or for orders placed before it carried one, the total less the deposit and the trade-in. */
export function balanceDueOf(s: Pick<OrderSnapshot, 'balanceDueCents' | 'totalCents' | 'depositCents' | 'tradeIn'>): number {
  return s.balanceDueCents ?? Math.max(0, s.totalCents - s.depositCents - (s.tradeIn?.estimateCents ?? 0));
}
