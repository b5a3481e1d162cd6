/** Zod schemas for finance products (configuration) and quote requests (user input). */
import { z } from 'zod';

export const CAR_MODEL_CODES = ['etincelle', 'horizon', 'magistrale'] as const;
export const ZCarModelCode = z.enum(CAR_MODEL_CODES);
export type TCarModelCode = z.infer<typeof ZCarModelCode>;

/** Durations and yearly mileages that residual-value tables are published for. */
export const LEASE_DURATIONS_MONTHS = [24, 36, 48, 60] as const;
export const MILEAGE_BANDS_KM = [10_000, 15_000, 20_000, 25_000] as const;
export type TLeaseDuration = (typeof LEASE_DURATIONS_MONTHS)[number];
export type TMileageBand = (typeof MILEAGE_BANDS_KM)[number];

export const FINANCE_KINDS = ['cash', 'credit', 'loa', 'lld'] as const;
export const ZFinanceKind = z.enum(FINANCE_KINDS);
export type TFinanceKind = z.infer<typeof ZFinanceKind>;

/** Whole cents, up to 10 M€: far above any car, well inside safe integers. */
export const ZCents = z.int().min(0).max(1_000_000_000);
export const ZLocalized = z.object({ fr: z.string().min(1), en: z.string().min(1) });
export type TLocalized = z.infer<typeof ZLocalized>;

export const ZRateBand = z
  .object({
    minMonths: z.int().min(1),
    maxMonths: z.int().min(1),
    /** Annual nominal rate in percent (taux débiteur for credit, lessor's rate for LOA/LLD). */
    annualRatePct: z.number().min(0).max(30),
  })
  .refine((band) => band.minMonths <= band.maxMonths, { message: 'minMonths must not exceed maxMonths' });
export type TRateBand = z.infer<typeof ZRateBand>;

export const ZDepositBounds = z
  .object({ minPct: z.number().min(0).max(100), maxPct: z.number().min(0).max(100) })
  .refine((d) => d.minPct <= d.maxPct, { message: 'minPct must not exceed maxPct' });

/** Charges paid at signature ("frais de dossier"): fixed part plus a share of the financed amount. */
export const ZFees = z.object({ fixedCents: ZCents, pctOfFinanced: z.number().min(0).max(10) });
export type TFees = z.infer<typeof ZFees>;

/** Optional insurance; being optional it is excluded from the TAEG and shown separately. */
export const ZInsurance = z.discriminatedUnion('basis', [
  z.object({ basis: z.literal('fixed'), name: ZLocalized, monthlyCents: ZCents }),
  z.object({ basis: z.literal('pctOfFinanced'), name: ZLocalized, monthlyPct: z.number().min(0).max(1) }),
]);
export type TInsurance = z.infer<typeof ZInsurance>;

export const ZRepresentativeExample = z.object({
  modelCode: ZCarModelCode,
  priceCents: ZCents.min(1),
  cashDepositCents: ZCents,
  durationMonths: z.int().min(1),
  annualMileageKm: z.int().min(1).optional(),
  withInsurance: z.boolean(),
});
export type TRepresentativeExample = z.infer<typeof ZRepresentativeExample>;

const productBase = {
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: ZLocalized,
  lender: z.string().min(1),
  eligibleModels: z.array(ZCarModelCode).min(1),
  durationsMonths: z.array(z.int().min(1).max(120)).min(1),
  rateBands: z.array(ZRateBand).min(1),
  deposit: ZDepositBounds,
  minFinancedCents: ZCents,
  maxFinancedCents: ZCents,
  fees: ZFees,
  insurance: ZInsurance.optional(),
  representativeExample: ZRepresentativeExample,
};
const leaseExtras = {
  durationsMonths: z.array(z.literal(LEASE_DURATIONS_MONTHS)).min(1),
  mileageBandsKm: z.array(z.literal(MILEAGE_BANDS_KM)).min(1),
  /** Charged per km above the contracted mileage when the car is returned. */
  excessKmCents: ZCents,
};

export const ZCreditProduct = z.object({ kind: z.literal('credit'), ...productBase });
export const ZLoaProduct = z.object({ kind: z.literal('loa'), ...productBase, ...leaseExtras });
export const ZLldProduct = z.object({ kind: z.literal('lld'), ...productBase, ...leaseExtras });
export const ZFinanceProduct = z.discriminatedUnion('kind', [ZCreditProduct, ZLoaProduct, ZLldProduct]);
export type TCreditProduct = z.infer<typeof ZCreditProduct>;
export type TLoaProduct = z.infer<typeof ZLoaProduct>;
export type TLldProduct = z.infer<typeof ZLldProduct>;
export type TLeaseProduct = TLoaProduct | TLldProduct;
export type TFinanceProduct = z.infer<typeof ZFinanceProduct>;

const requestBase = {
  modelCode: ZCarModelCode,
  /** What the buyer pays for the car, in cents: options, registration taxes (malus) and purchase aid included. */
  priceCents: ZCents.min(1),
  /** Cash paid up front ("apport"; for LOA/LLD the "premier loyer majoré"). */
  cashDepositCents: ZCents.default(0),
  /** Agreed trade-in value, used as part of the deposit. */
  tradeInCents: ZCents.default(0),
};
const financedBase = { ...requestBase, productId: z.string().min(1), durationMonths: z.int().min(1).max(120), withInsurance: z.boolean().default(false) };

export const ZCashRequest = z.object({ kind: z.literal('cash'), ...requestBase });
export const ZCreditRequest = z.object({ kind: z.literal('credit'), ...financedBase });
const leaseRequestExtras = {
  annualMileageKm: z.int().min(1).max(200_000),
  /**
   * Price of the vehicle itself (options included) before the registration taxes and the purchase
   * aid: the base of the residual value (see lease.ts). Defaults to priceCents.
   */
  vehiclePriceCents: ZCents.min(1).optional(),
};
export const ZLoaRequest = z.object({ kind: z.literal('loa'), ...financedBase, ...leaseRequestExtras });
export const ZLldRequest = z.object({ kind: z.literal('lld'), ...financedBase, ...leaseRequestExtras });
export const ZQuoteRequest = z.discriminatedUnion('kind', [ZCashRequest, ZCreditRequest, ZLoaRequest, ZLldRequest]);
export type TCashRequest = z.infer<typeof ZCashRequest>;
export type TCreditRequest = z.infer<typeof ZCreditRequest>;
export type TLoaRequest = z.infer<typeof ZLoaRequest>;
export type TLldRequest = z.infer<typeof ZLldRequest>;
export type TLeaseRequest = TLoaRequest | TLldRequest;
export type TQuoteRequest = z.infer<typeof ZQuoteRequest>;
/** What callers may send (defaults not yet applied). */
export type TQuoteRequestInput = z.input<typeof ZQuoteRequest>;

export const ZTradeInRequest = z.object({
  make: z.string().trim().min(1).max(40),
  model: z.string().trim().min(1).max(60),
  year: z.int().min(1950).max(2100),
  mileageKm: z.int().min(0).max(1_500_000),
});
export type TTradeInRequest = z.infer<typeof ZTradeInRequest>;
