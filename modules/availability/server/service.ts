import 'server-only';
import { db, pool } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { HOLD_DURATION_MINUTES } from '../holds';
import { catalogue, configurationFromParams, type Adjustment, type Configuration, type Localized, type ParamsSource } from '@/modules/catalog';
import { lookupPlace, type Place } from '@/modules/geo';
import { trackJourney } from '@/modules/journey/server';
import type { Showroom } from '../types';
import { activeHoldsOf, assertHoldable, extendHold, releaseHold, reserveVehicle, type PlacedHold } from './holds';
import { scheduleHoldExpiry } from './hold-jobs';
import { stockCarForFinancing, type StockCarForFinancing } from './stock-for-financing';
import { searchAvailability, type AvailabilityResult } from './search';
import { findShowrooms } from './showrooms';

export const SHOWROOM_LIMIT = 8;

export type ConfigurationRequest = { configuration: Configuration; adjustments: readonly Adjustment[] };

/** The configuration a page was linked with (same parameters as the configurator's URL). */
export function configurationRequest(params: ParamsSource): ConfigurationRequest {
  const parsed = configurationFromParams(catalogue, params);
  if (!parsed.ok) throw new AppError('BAD_REQUEST', parsed.message.en, { reason: 'CONFIGURATION_LINK_TOO_LONG' });
  return { configuration: parsed.configuration, adjustments: parsed.adjustments };
}

export type PlaceOutcome = { ok: true; place: Place } | { ok: false; code: string; suggestions: Place[] };

export type AvailabilityPage = {
  place: Place;
  result: AvailabilityResult;
  showrooms: Showroom[];
};

export async function resolvePlace(query: string): Promise<PlaceOutcome> {
  const found = await lookupPlace(query);
  return found.ok ? { ok: true, place: found.place } : { ok: false, code: found.code, suggestions: found.suggestions };
}

export async function availabilityNear(configuration: Configuration, place: Place, viewerId: string | null, now = new Date()): Promise<AvailabilityPage> {
  const [result, showrooms] = await Promise.all([
    searchAvailability(pool(), catalogue, configuration, { lat: place.lat, lon: place.lon, departement: place.departement }, now, viewerId),
    findShowrooms(pool(), configuration.model, place, SHOWROOM_LIMIT),
  ]);
  return { place, result, showrooms };
}

/**
 * Who had a hold placed for the buyer, when it was not the buyer alone on the web: an advisor's offer
 * the buyer accepted in the chat, or a salesperson on the showroom tablet. Recorded on the journey.
 */
export type HoldOrigin = { channel: 'chat' | 'showroom'; staffUserId: string };

/**
 * Holds a vehicle for the visitor. `holder` is their id, or a function giving an anonymous
 * visitor a guest identity, called only once the vehicle is known to be holdable. With `origin`,
 * the hold is the same (same rules, same expiry) and its journey event names the staff member.
 */
export async function placeHold(vehicleId: string, holder: string | (() => Promise<string>), origin?: HoldOrigin): Promise<PlacedHold> {
  let holderId: string;
  if (typeof holder === 'string') holderId = holder;
  else {
    await assertHoldable(db, vehicleId, null, new Date());
    holderId = await holder();
  }
  const hold = await reserveVehicle(db, vehicleId, holderId, new Date());
  await scheduleHoldExpiry(hold);
  const vehicle = await db.stockVehicle.findUnique({ where: { id: vehicleId }, select: { dealershipId: true, modelCode: true } });
  trackJourney({ channel: origin?.channel ?? 'web', step: 'hold', userId: holderId, staffUserId: origin?.staffUserId ?? null, dealershipId: vehicle?.dealershipId, modelCode: vehicle?.modelCode, subjectRef: hold.id });
  return hold;
}

export async function cancelHold(holdId: string, holderId: string): Promise<void> {
  await releaseHold(db, holdId, holderId, new Date());
}

/** A buyer's live hold, with what the held car looks like (for its picture). */
export type HoldSummary = { id: string; vehicleId: string; expiresAt: Date; vin: string; dealershipName: string; car: Configuration };

export async function holdsOf(holderId: string): Promise<HoldSummary[]> {
  const holds = await activeHoldsOf(db, holderId, new Date());
  const vehicles = await db.stockVehicle.findMany({ where: { id: { in: holds.map((h) => h.vehicleId) } }, select: { id: true, vin: true, modelCode: true, trimCode: true, paintCode: true, wheelsCode: true, interiorCode: true, options: true, packs: true, dealership: { select: { name: true } } } });
  return holds.flatMap((h) => {
    const vehicle = vehicles.find((v) => v.id === h.vehicleId);
    return vehicle
      ? [{ id: h.id, vehicleId: vehicle.id, expiresAt: h.expiresAt, vin: vehicle.vin, dealershipName: vehicle.dealership.name, car: { model: vehicle.modelCode, trim: vehicle.trimCode, paint: vehicle.paintCode, wheels: vehicle.wheelsCode, interior: vehicle.interiorCode, options: vehicle.options, packs: vehicle.packs } }]
      : [];
  });
}

/** While checkout is open on a held car, its hold is extended (HOLD_DURATION_MINUTES at a time, up to maxMinutes after it was taken). */
export async function extendHoldForCheckout(vehicleId: string, holderId: string, maxMinutes: number): Promise<Date | null> {
  const hold = await extendHold(db, vehicleId, holderId, new Date(), HOLD_DURATION_MINUTES, maxMinutes);
  return hold?.expiresAt ?? null;
}

export type HoldableVehicle = { id: string; vin: string; modelCode: string; trimCode: string; paintCode: string; dealershipName: string; priceCents: number; status: string; label: Localized };

/** « Hybride 160 Évolution · Blanc Glacier »: the car as staff name it, not its catalogue codes. */
function carLabel(v: { modelCode: string; trimCode: string; paintCode: string }): Localized {
  const trim = catalogue.models.find((m) => m.code === v.modelCode)?.trims.find((t) => t.code === v.trimCode)?.name ?? { fr: v.trimCode, en: v.trimCode };
  const paint = catalogue.paints.find((p) => p.code === v.paintCode)?.name ?? { fr: v.paintCode, en: v.paintCode };
  return { fr: `${trim.fr} · ${paint.fr}`, en: `${trim.en} · ${paint.en}` };
}

const holdableSelect = { id: true, vin: true, modelCode: true, trimCode: true, paintCode: true, priceCents: true, status: true, dealership: { select: { name: true } } } as const;

/** Stock cars of a model that can be held now (in stock or in transit, no active hold), for an advisor to propose. */
export async function holdableStock(modelCode: string, now: Date = new Date(), take = 12): Promise<HoldableVehicle[]> {
  const rows = await db.stockVehicle.findMany({
    where: { modelCode, status: { in: ['in_stock', 'in_transit'] }, holds: { none: { status: 'active', expiresAt: { gt: now } } } },
    orderBy: [{ status: 'asc' }, { priceCents: 'asc' }],
    take,
    select: holdableSelect,
  });
  return rows.map(({ dealership, ...v }) => ({ ...v, dealershipName: dealership.name, label: carLabel(v) }));
}

/** One vehicle an advisor proposes: the same check as a reservation's (unknown, sold or held by someone else → refused). */
export async function holdableVehicle(vehicleId: string, now: Date = new Date()): Promise<HoldableVehicle> {
  await assertHoldable(db, vehicleId, null, now);
  const row = await db.stockVehicle.findUniqueOrThrow({ where: { id: vehicleId }, select: holdableSelect });
  const { dealership, ...v } = row;
  return { ...v, dealershipName: dealership.name, label: carLabel(v) };
}

/** The stock car /financing offers to order with the chosen financing (see stock-for-financing.ts). */
export function stockCarToFinance(configuration: Configuration, who: { vehicleId: string | null; holderId: string | null }): Promise<StockCarForFinancing | null> {
  return stockCarForFinancing(db, configuration, who, new Date());
}
export type { StockCarForFinancing };
