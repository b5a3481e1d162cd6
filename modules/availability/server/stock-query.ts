/**
 * The stock search in SQL, without framework imports so that the benchmark and DB tests call it
 * with their own pool. Candidates: vehicles of the model that can be sold and are not held, scored
 * with the weights of ../matching.ts; exact matches and close matches each come nearest first.
 */
import { MATCH_WEIGHTS, MAX_CLOSE_SCORE } from '../matching';
import type { VehicleSpec } from '../types';

export type Queryable = { query<R extends object>(text: string, values?: unknown[]): Promise<{ rows: R[] }> };

export type StockRow = {
  id: string;
  vin: string;
  trimCode: string;
  paintCode: string;
  wheelsCode: string;
  interiorCode: string;
  options: string[];
  packs: string[];
  priceCents: number;
  status: 'in_stock' | 'in_transit';
  arrivesOn: Date | string | null;
  dealershipId: string;
  dealershipName: string;
  city: string;
  postalCode: string;
  lat: number;
  lon: number;
  distanceKm: number;
  score: number;
};

export type StockQuery = {
  readonly wanted: VehicleSpec;
  readonly lat: number;
  readonly lon: number;
  /** At most this many exact and this many close matches. */
  readonly limit: number;
  /** Close matches up to this score; Infinity-like values give the nearest vehicles of the model. */
  readonly maxScore?: number;
  readonly now: Date;
};

// The lower bound (base score + difference in list lengths) skips the per-row array work for
// most candidates; the exact score is only computed for the rest.
export const STOCK_SEARCH_SQL = `
WITH d AS (
  SELECT id, name, city, "postalCode", lat, lon,
    2 * 6371.0088 * asin(least(1, sqrt(
      power(sin(radians(lat - $1) / 2), 2) + cos(radians($1)) * cos(radians(lat)) * power(sin(radians(lon - $2) / 2), 2)
    ))) AS km
  FROM dealership
), c AS (
  SELECT v.id, v.vin, v."trimCode", v."paintCode", v."wheelsCode", v."interiorCode", v.options, v.packs,
    v."priceCents", v.status::text AS status, v."arrivesOn", v."dealershipId",
    (CASE WHEN v."trimCode" <> $4 THEN ${MATCH_WEIGHTS.trim} ELSE 0 END)
      + (CASE WHEN v."paintCode" <> $5 THEN ${MATCH_WEIGHTS.paint} ELSE 0 END)
      + (CASE WHEN v."wheelsCode" <> $6 THEN ${MATCH_WEIGHTS.wheels} ELSE 0 END)
      + (CASE WHEN v."interiorCode" <> $7 THEN ${MATCH_WEIGHTS.interior} ELSE 0 END) AS base
  FROM stock_vehicle v
  WHERE v."modelCode" = $3 AND v.status IN ('in_stock', 'in_transit')
), s AS (
  SELECT c.*, c.base + ${MATCH_WEIGHTS.optionOrPack} * (
      (SELECT count(*) FROM unnest(c.options) o WHERE o <> ALL($8::text[]))
      + (SELECT count(*) FROM unnest($8::text[]) o WHERE o <> ALL(c.options))
      + (SELECT count(*) FROM unnest(c.packs) p WHERE p <> ALL($9::text[]))
      + (SELECT count(*) FROM unnest($9::text[]) p WHERE p <> ALL(c.packs))
    )::int AS score
  FROM c
  WHERE c.base + abs(cardinality(c.options) - cardinality($8::text[])) + abs(cardinality(c.packs) - cardinality($9::text[])) <= $10
), ranked AS (
  SELECT s.*, d.name AS "dealershipName", d.city, d."postalCode", d.lat, d.lon, d.km AS "distanceKm",
    row_number() OVER (PARTITION BY s.score = 0 ORDER BY d.km, s.score, s.id) AS rank
  FROM s JOIN d ON d.id = s."dealershipId"
  WHERE s.score <= $10
    AND NOT EXISTS (SELECT 1 FROM vehicle_hold h WHERE h."vehicleId" = s.id AND h.status = 'active' AND h."expiresAt" > $12)
)
SELECT id, vin, "trimCode", "paintCode", "wheelsCode", "interiorCode", options, packs, "priceCents", status, "arrivesOn",
  "dealershipId", "dealershipName", city, "postalCode", lat, lon, "distanceKm", score
FROM ranked WHERE rank <= $11
ORDER BY score > 0, "distanceKm", score, id`;

export function stockQueryParams(q: StockQuery): unknown[] {
  const w = q.wanted;
  return [q.lat, q.lon, w.model, w.trim, w.paint, w.wheels, w.interior, [...w.options], [...w.packs], q.maxScore ?? MAX_CLOSE_SCORE, q.limit, q.now];
}

export async function queryStock(client: Queryable, q: StockQuery): Promise<StockRow[]> {
  const { rows } = await client.query<StockRow>(STOCK_SEARCH_SQL, stockQueryParams(q));
  return rows.map((row) => ({ ...row, distanceKm: Number(row.distanceKm), score: Number(row.score), priceCents: Number(row.priceCents) }));
}
