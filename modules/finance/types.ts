/** Quotes returned to the page. All amounts are integer cents; rates are percentages. */
import type { ScheduleRow } from './amortization';
import type { TCarModelCode, TLocalized } from './schemas';

export type InsuranceQuote = {
  readonly name: TLocalized;
  /** Whether the customer chose it; unchosen insurance is still quoted so the page can offer it. */
  readonly selected: boolean;
  readonly monthlyCents: number;
  readonly months: number;
  readonly totalCents: number;
  /**
   * Taux annuel effectif de l'assurance (Code de la consommation, art. L312-7): TAEG with the
   * insurance minus TAEG without, in percent to 2 decimals. Credit only; null for leases.
   */
  readonly taeaPct: number | null;
};

type OfferBase = {
  readonly modelCode: TCarModelCode;
  readonly priceCents: number;
  readonly cashDepositCents: number;
  readonly tradeInCents: number;
  /** Cash deposit plus trade-in. */
  readonly depositCents: number;
  /**
   * Everything the customer gives over the contract, trade-in and deposit included: for cash the
   * price; for credit price + interest + fees (+ chosen insurance); for LOA/LLD deposit + rents +
   * fees (+ chosen insurance), without the purchase option.
   */
  readonly totalCostCents: number;
  /** Whether the customer owns the car at the end without paying anything more. */
  readonly ownsCarAtEnd: boolean;
};

type ProductRef = {
  readonly productId: string;
  readonly productName: TLocalized;
  readonly lender: string;
  readonly durationMonths: number;
  /** Fees paid at signature ("frais de dossier"). */
  readonly feesCents: number;
  readonly insurance: InsuranceQuote | null;
};

export type CashOffer = OfferBase & {
  readonly kind: 'cash';
  /** Price minus trade-in: what is paid at delivery. */
  readonly balanceDueCents: number;
};

export type CreditOffer = OfferBase &
  ProductRef & {
    readonly kind: 'credit';
    /** Montant total du crédit. */
    readonly principalCents: number;
    /** Taux débiteur fixe (annual, proportional). */
    readonly nominalRatePct: number;
    readonly monthlyPaymentCents: number;
    readonly lastPaymentCents: number;
    readonly schedule: readonly ScheduleRow[];
    readonly totalInterestCents: number;
    /** Coût total du crédit: interest + fees (optional insurance excluded). */
    readonly totalCreditCostCents: number;
    /** Montant total dû: principal + interest + fees (optional insurance excluded). */
    readonly totalDueCents: number;
    readonly taegPct: number;
  };

type LeaseCommon = OfferBase &
  ProductRef & {
    /** The vehicle's price before malus and aid: the base of the residual value. */
    readonly vehiclePriceCents: number;
    /** Regular rents after the first larger one (the deposit): durationMonths − 1. */
    readonly regularRentCount: number;
    readonly annualMileageKm: number;
    readonly contractMileageKm: number;
    /** Lessor's annual rate used for the rent (the LOA's borrowing rate in its advertising). */
    readonly leaseRatePct: number;
    /** LOA: TAEG of the lease seen as a credit (Code de la consommation art. L312-6 since 20 Nov. 2026); null for LLD. */
    readonly taegPct: number | null;
    readonly residualValuePct: number;
    readonly residualValueCents: number;
    readonly monthlyRentCents: number;
    readonly totalRentsCents: number;
    readonly excessKmCents: number;
  };

export type LoaOffer = LeaseCommon & {
  readonly kind: 'loa';
  /** Price to buy the car at the end (= residual value). */
  readonly purchaseOptionCents: number;
  /** totalCostCents plus the purchase option: the cost of ending up owning the car. */
  readonly totalCostWithOptionCents: number;
};

export type LldOffer = LeaseCommon & { readonly kind: 'lld' };

export type FinanceOffer = CashOffer | CreditOffer | LoaOffer | LldOffer;
export type LeaseOffer = LoaOffer | LldOffer;
