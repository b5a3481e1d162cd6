/**
 * Availability of a configuration near a place: stock that matches exactly, close matches with
 * their differences and price difference, the factory delivery window, and — when nothing is in
 * stock — the nearest vehicles of the model as alternatives. No framework imports: the page's
 * server code and the benchmark both call it with a pg pool.
 */
import { type Catalogue, type Configuration, priceConfiguration } from '@/modules/catalog';
import { stockContext } from '@/modules/catalog/server';
import { factoryDeliveryWindow } from '@/modules/catalog';
import { describeDifferences, matchScore } from '../matching';
import type { DeliveryWindow } from '@/modules/catalog';
import type { StockMatch, VehicleSpec } from '../types';
import { nearestOfModelQuery, type Queryable, runStockQuery, stockSearchQuery, type StockRow } from './stock-query';

export const MATCH_LIMIT = 12;
export const ALTERNATIVES_LIMIT = 5;

export type SearchPlace = { readonly lat: number; readonly lon: number; readonly departement: string };

export type AvailabilityResult = {
  readonly configuredPriceCents: number;
  readonly exact: readonly StockMatch[];
  readonly close: readonly StockMatch[];
  /** Only when there is neither an exact nor a close match. */
  readonly alternatives: readonly StockMatch[];
  readonly factory: DeliveryWindow | undefined;
};

const isoDate = (value: Date | string | null): string | null =>
  value === null ? null : typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

function toMatch(catalogue: Catalogue, wanted: Configuration, configuredPriceCents: number, row: StockRow): StockMatch {
  const spec: VehicleSpec = {
    model: wanted.model,
    trim: row.trimCode,
    paint: row.paintCode,
    wheels: row.wheelsCode,
    interior: row.interiorCode,
    options: row.options,
    packs: row.packs,
  };
  return {
    vehicleId: row.id,
    vin: row.vin,
    spec,
    priceCents: row.priceCents,
    priceDifferenceCents: row.priceCents - configuredPriceCents,
    status: row.status,
    arrivesOn: row.status === 'in_transit' ? isoDate(row.arrivesOn) : null,
    dealership: { id: row.dealershipId, name: row.dealershipName, city: row.city, postalCode: row.postalCode, lat: row.lat, lon: row.lon },
    distanceKm: Math.round(row.distanceKm * 10) / 10,
    differences: describeDifferences(catalogue, wanted, spec),
    // Alternatives come unscored from SQL.
    score: row.score >= 0 ? row.score : matchScore(wanted, spec),
  };
}

export async function searchAvailability(
  client: Queryable,
  catalogue: Catalogue,
  configuration: Configuration,
  place: SearchPlace,
  now: Date,
  viewerId: string | null = null,
): Promise<AvailabilityResult> {
  const configuredPriceCents = priceConfiguration(catalogue, configuration, stockContext(now)).totalCents;
  const model = catalogue.models.find((m) => m.code === configuration.model);
  const paint = catalogue.paints.find((p) => p.code === configuration.paint);
  const factory = model
    ? factoryDeliveryWindow({ modelCode: model.code, modelName: model.name, departement: place.departement, mattePaint: paint?.finish === 'matte', orderedAt: now })
    : undefined;
  const rows = await runStockQuery(client, stockSearchQuery({ wanted: configuration, lat: place.lat, lon: place.lon, limit: MATCH_LIMIT, now, viewerId }));
  const matches = rows.map((row) => toMatch(catalogue, configuration, configuredPriceCents, row));
  const exact = matches.filter((m) => m.score === 0);
  const close = matches.filter((m) => m.score > 0);
  let alternatives: StockMatch[] = [];
  if (matches.length === 0) {
    const nearest = await runStockQuery(client, nearestOfModelQuery({ wanted: configuration, lat: place.lat, lon: place.lon, limit: ALTERNATIVES_LIMIT, now, viewerId }));
    alternatives = nearest.map((row) => toMatch(catalogue, configuration, configuredPriceCents, row));
  }
  return { configuredPriceCents, exact, close, alternatives, factory };
}
