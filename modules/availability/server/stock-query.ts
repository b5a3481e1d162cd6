/**
 * The stock search in SQL, without framework imports so that the benchmark and DB tests call it
 * with their own pool. Scored with the weights of ../matching.ts:
 * - same trim: every vehicle of the trim scoring at most MAX_CLOSE_SCORE (paint, wheels,
 *   interior, and each option or pack in the symmetric difference);
 * - another trim: only vehicles otherwise identical (score = the trim's weight), found by index.
 * Exact and close matches each come nearest first. The set-difference sizes are plain
 * expressions (|A| + |B| − 2·|A∩B|, one `= ANY` per wanted code) rather than per-row subqueries.
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
  readonly now: Date;
  /** The searching visitor: their own held vehicles stay in the list (shown as held by them). */
  readonly viewerId?: string | null;
};

const COLUMNS = `v.id, v.vin, v."trimCode", v."paintCode", v."wheelsCode", v."interiorCode", v.options, v.packs,
    v."priceCents", v.status::text AS status, v."arrivesOn", v."dealershipId"`;

const DEALERSHIPS = `d AS (
  SELECT id, name, city, "postalCode", lat, lon,
    2 * 6371.0088 * asin(least(1, sqrt(
      power(sin(radians(lat - $1) / 2), 2) + cos(radians($1)) * cos(radians(lat)) * power(sin(radians(lon - $2) / 2), 2)
    ))) AS km
  FROM dealership
)`;

/** Not held by someone else: `$4` is now, `viewer` the parameter holding the visitor's id (or null). */
const notHeldByOthers = (viewer: string) =>
  `NOT EXISTS (SELECT 1 FROM vehicle_hold h WHERE h."vehicleId" = s.id AND h.status = 'active' AND h."expiresAt" > $4 AND h."holderId" IS DISTINCT FROM ${viewer}::text)`;

const SELECT_OUT = `SELECT id, vin, "trimCode", "paintCode", "wheelsCode", "interiorCode", options, packs, "priceCents", status, "arrivesOn",
  "dealershipId", "dealershipName", city, "postalCode", lat, lon, "distanceKm", score`;

export type SqlQuery = { text: string; values: unknown[] };

/** Exact and close matches, each group limited and nearest first. */
export function stockSearchQuery(q: StockQuery): SqlQuery {
  const w = q.wanted;
  const values: unknown[] = [q.lat, q.lon, q.limit, q.now, w.model, w.trim, w.paint, w.wheels, w.interior, [...w.options], [...w.packs], MAX_CLOSE_SCORE, q.viewerId ?? null];
  const present = (column: string, codes: readonly string[]) =>
    codes.length === 0 ? '0' : codes.map((code) => `($${values.push(code)} = ANY(v.${column}))::int`).join(' + ');
  const sizeOfDifference = (column: string, codes: readonly string[]) => `(cardinality(v.${column}) + ${codes.length} - 2 * (${present(column, codes)}))`;
  // Scoring reads only columns of the covering indexes; the heap is read for the returned rows.
  const text = `
WITH ${DEALERSHIPS}, same AS (
  SELECT v.id, v."dealershipId",
    (CASE WHEN v."paintCode" <> $7 THEN ${MATCH_WEIGHTS.paint} ELSE 0 END)
      + (CASE WHEN v."wheelsCode" <> $8 THEN ${MATCH_WEIGHTS.wheels} ELSE 0 END)
      + (CASE WHEN v."interiorCode" <> $9 THEN ${MATCH_WEIGHTS.interior} ELSE 0 END)
      + ${MATCH_WEIGHTS.optionOrPack} * (${sizeOfDifference('options', w.options)} + ${sizeOfDifference('packs', w.packs)}) AS score
  FROM stock_vehicle v
  WHERE v."modelCode" = $5 AND v."trimCode" = $6 AND v.status IN ('in_stock', 'in_transit')
), other AS (
  SELECT v.id, v."dealershipId", ${MATCH_WEIGHTS.trim} AS score
  FROM stock_vehicle v
  WHERE v."modelCode" = $5 AND v."paintCode" = $7 AND v."wheelsCode" = $8 AND v."interiorCode" = $9 AND v.status IN ('in_stock', 'in_transit')
    AND v."trimCode" <> $6 AND v.options @> $10::text[] AND v.options <@ $10::text[] AND v.packs @> $11::text[] AND v.packs <@ $11::text[]
), ranked AS (
  SELECT s.id, s.score, d.name AS "dealershipName", d.city, d."postalCode", d.lat, d.lon, d.km AS "distanceKm",
    row_number() OVER (PARTITION BY s.score = 0 ORDER BY d.km, s.score, s.id) AS rank
  FROM (SELECT * FROM same WHERE score <= $12 UNION ALL SELECT * FROM other) s JOIN d ON d.id = s."dealershipId"
  WHERE ${notHeldByOthers('$13')}
)
SELECT ${COLUMNS}, r."dealershipName", r.city, r."postalCode", r.lat, r.lon, r."distanceKm", r.score
FROM ranked r JOIN stock_vehicle v ON v.id = r.id
WHERE r.rank <= $3
ORDER BY r.score > 0, r."distanceKm", r.score, r.id`;
  return { text, values };
}

/** The nearest vehicles of the model whatever their equipment (when nothing matches); scored in JS. */
export function nearestOfModelQuery(q: StockQuery): SqlQuery {
  const text = `
WITH ${DEALERSHIPS}
${SELECT_OUT} FROM (
  SELECT ${COLUMNS}, d.name AS "dealershipName", d.city, d."postalCode", d.lat, d.lon, d.km AS "distanceKm", -1 AS score
  FROM stock_vehicle v JOIN d ON d.id = v."dealershipId"
  WHERE v."modelCode" = $5 AND v.status IN ('in_stock', 'in_transit')
) s
WHERE ${notHeldByOthers('$6')}
ORDER BY "distanceKm", id LIMIT $3`;
  return { text, values: [q.lat, q.lon, q.limit, q.now, q.wanted.model, q.viewerId ?? null] };
}

export async function runStockQuery(client: Queryable, query: SqlQuery): Promise<StockRow[]> {
  const { rows } = await client.query<StockRow>(query.text, query.values);
  return rows.map((row) => ({ ...row, distanceKm: Number(row.distanceKm), score: Number(row.score), priceCents: Number(row.priceCents) }));
}
