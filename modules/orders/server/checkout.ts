import type { PrismaClient } from '@/generated/prisma/client';
import { AppError } from '@/lib/errors';
import {
  catalogue,
  InvalidConfigurationError,
  normalizeConfiguration,
  priceConfiguration,
  type Adjustment,
  type Configuration,
  type Household,
  type Localized,
  type PriceBreakdown,
} from '@/modules/catalog';
import { configurationInputFromJson, factoryOrderContext, stockContext } from '@/modules/catalog/server';
import { monthlyEstimate } from '@/modules/finance';
import { quoteChosenFinancing, type ChosenFinancingQuote } from '@/modules/finance/server';
import { depositCents, type DepositSettings } from '../deposit';
import type { TCarriedFinancing } from '../schemas';
import type { FinancingChoice, OrderSnapshot, TradeInSnapshot } from '../snapshot';
import type { OrderKind } from '../state-machine';

/** Where a checkout starts: a saved configuration (factory order) or a stock vehicle. */
export type CheckoutSource = { kind: 'factory'; savedCode: string } | { kind: 'stock'; vehicleId: string };

export type CheckoutReview = {
  kind: OrderKind;
  source: CheckoutSource;
  modelName: Localized;
  configuration: Configuration;
  adjustments: readonly Adjustment[];
  price: PriceBreakdown;
  depositCents: number;
  vehicle: { id: string; vin: string; dealershipId: string; arrivesOn: Date | null } | null;
  /** a stock car is collected where it is; a factory order at the dealership the buyer picks */
  fixedDealershipId: string | null;
  financingOffers: Record<FinancingChoice, OrderSnapshot['financing']>;
  /** The financing carried from /financing, as the server quoted it (values clamped to the product); null when none was carried. */
  carried: { productId: string; adjusted: boolean } | null;
  /** A financing was carried but cannot be offered for this car (unknown product, out of its bounds): the default credit is shown instead. */
  carriedRefused: boolean;
  tradeIn: TradeInSnapshot | null;
  /** The household category the aid was computed for: the one carried from /financing, else the lowest aid. */
  household: Household;
  /** The earliest day the car can be handed over: now (stock), its arrival (in transit), the end of the factory delivery window. */
  readyFrom: Date;
};

/**
 * Everything the checkout shows, recomputed on the server from codes: the client never sends a
 * price. Run again when the order is placed, so what is stored is what the server computed then.
 */
export async function reviewCheckout(
  db: PrismaClient,
  source: CheckoutSource,
  buyerId: string,
  now: Date,
  deposits: DepositSettings = {},
  carriedTerms: TCarriedFinancing | null = null,
): Promise<CheckoutReview> {
  let configuration: Configuration;
  let adjustments: readonly Adjustment[] = [];
  let vehicle: CheckoutReview['vehicle'] = null;
  if (source.kind === 'factory') {
    const saved = await db.savedConfiguration.findUnique({ where: { code: source.savedCode }, select: { configuration: true } });
    if (!saved) throw new AppError('NOT_FOUND', 'No saved configuration with this code.', { reason: 'CONFIGURATION_NOT_FOUND' });
    const normalized = normalizeConfiguration(catalogue, configurationInputFromJson(saved.configuration));
    configuration = normalized.configuration;
    adjustments = normalized.adjustments;
  } else {
    const car = await db.stockVehicle.findUnique({
      where: { id: source.vehicleId },
      select: {
        id: true,
        vin: true,
        dealershipId: true,
        status: true,
        arrivesOn: true,
        modelCode: true,
        trimCode: true,
        paintCode: true,
        wheelsCode: true,
        interiorCode: true,
        options: true,
        packs: true,
      },
    });
    if (!car) throw new AppError('NOT_FOUND', 'No such vehicle.', { reason: 'VEHICLE_NOT_FOUND' });
    if (car.status !== 'in_stock' && car.status !== 'in_transit')
      throw new AppError('CONFLICT', 'This car has just been ordered by someone else.', { reason: 'VEHICLE_NOT_AVAILABLE' });
    const heldByOther = await db.vehicleHold.findFirst({
      where: { vehicleId: car.id, status: 'active', expiresAt: { gt: now }, holderId: { not: buyerId } },
      select: { id: true },
    });
    if (heldByOther) throw new AppError('CONFLICT', 'Another buyer is holding this car.', { reason: 'VEHICLE_ALREADY_HELD' });
    configuration = {
      model: car.modelCode,
      trim: car.trimCode,
      paint: car.paintCode,
      wheels: car.wheelsCode,
      interior: car.interiorCode,
      options: car.options,
      packs: car.packs,
    };
    vehicle = { id: car.id, vin: car.vin, dealershipId: car.dealershipId, arrivesOn: car.arrivesOn };
  }
  const household: Household = carriedTerms?.household ?? 'standard';
  let price: PriceBreakdown;
  let readyFrom = vehicle?.arrivesOn && vehicle.arrivesOn > now ? vehicle.arrivesOn : now;
  try {
    // A car in stock is registered now; a factory order at the end of its delivery window (then handed over).
    // The aid's tier is the buyer's household as declared on /financing, so both pages price alike.
    const context = vehicle ? stockContext(now, household) : factoryOrderContext(configuration, now, { household }, catalogue);
    if (!vehicle) readyFrom = new Date(`${context.registrationDate}T00:00:00Z`);
    price = priceConfiguration(catalogue, configuration, context);
  } catch (error) {
    if (error instanceof InvalidConfigurationError)
      throw new AppError('CONFLICT', 'This car can no longer be ordered as configured.', { reason: 'CONFIGURATION_NOT_ORDERABLE', cause: error });
    throw error;
  }
  const model = catalogue.models.find((m) => m.code === configuration.model);
  if (!model) throw new AppError('CONFLICT', 'This model is no longer sold.', { reason: 'MODEL_NOT_SOLD' });
  const estimate = monthlyEstimate(configuration.model, price.totalCents);
  const chosen = carriedTerms ? quoteChosenFinancing(configuration.model, price, { ...carriedTerms, tradeIn: carriedTerms.tradeIn ?? undefined }, now) : null;
  const carriedOffer = chosen ? financingOfChosen(chosen) : null;
  return {
    carried: chosen && carriedOffer && chosen.column.ok ? { productId: chosen.column.productId, adjusted: Object.values(chosen.column.adjusted).some(Boolean) } : null,
    carriedRefused: carriedTerms !== null && carriedOffer === null,
    tradeIn: chosen && carriedTerms?.tradeIn ? tradeInOf(chosen, carriedTerms.tradeIn) : null,
    readyFrom,
    household,
    kind: source.kind,
    source,
    modelName: model.name,
    configuration,
    adjustments,
    price,
    depositCents: depositCents(source.kind, price.totalCents, deposits),
    vehicle,
    fixedDealershipId: vehicle?.dealershipId ?? null,
    financingOffers: {
      cash: { choice: 'cash', monthlyPaymentCents: null, durationMonths: null, taegPct: null, productName: null },
      credit: carriedOffer ?? (estimate
        ? {
            choice: 'credit',
            monthlyPaymentCents: estimate.monthlyPaymentCents,
            durationMonths: estimate.durationMonths,
            taegPct: estimate.taegPct,
            productName: estimate.productName,
          }
        : { choice: 'credit', monthlyPaymentCents: null, durationMonths: null, taegPct: null, productName: null }),
    },
  };
}

/** The carried offer as the order stores it; null when the product refused the terms or is a cash "offer". */
function financingOfChosen(chosen: ChosenFinancingQuote): OrderSnapshot['financing'] | null {
  if (!chosen.column.ok) return null;
  const offer = chosen.column.offer;
  if (offer.kind === 'cash') return null;
  const lease = offer.kind === 'credit' ? null : offer;
  return {
    choice: 'credit',
    productId: offer.productId,
    productKind: offer.kind,
    productName: offer.productName,
    monthlyPaymentCents: offer.kind === 'credit' ? offer.monthlyPaymentCents : offer.monthlyRentCents,
    durationMonths: offer.durationMonths,
    taegPct: offer.taegPct,
    cashDepositCents: offer.cashDepositCents,
    annualMileageKm: lease ? lease.annualMileageKm : null,
    totalCostCents: offer.totalCostCents,
  };
}

function tradeInOf(chosen: ChosenFinancingQuote, vehicle: NonNullable<TCarriedFinancing['tradeIn']>): TradeInSnapshot | null {
  const estimate = chosen.tradeIn;
  if (!estimate) return null;
  return {
    make: vehicle.make,
    model: vehicle.model,
    year: vehicle.year,
    mileageKm: vehicle.mileageKm,
    estimateCents: estimate.estimateCents,
    lowCents: estimate.lowCents,
    highCents: estimate.highCents,
    usedInFinancingCents: chosen.tradeInUsedCents,
    disclaimer: { fr: estimate.disclaimer.text.fr, en: estimate.disclaimer.text.en },
  };
}
