import type { Pool } from 'pg';
import type { JourneyChannel, JourneyStep } from '../events';
import type { StepChannelCount } from '../funnel';

export type AnalyticsFilter = { dealershipId?: string | null; modelCode?: string | null; from: Date; to: Date };

/**
 * Dashboard queries, in bare SQL on the pool (they are the benchmarked statements: see
 * bench/analytics.ts). The index journey_event(occurredAt, dealershipId, step) serves the period
 * scan; a dealership's dashboard uses journey_event(dealershipId, occurredAt).
 */
function where(filter: AnalyticsFilter): { sql: string; values: unknown[] } {
  const values: unknown[] = [filter.from, filter.to];
  let sql = `"occurredAt" >= $1 AND "occurredAt" < $2`;
  if (filter.dealershipId) {
    values.push(filter.dealershipId);
    sql += ` AND "dealershipId" = $${values.length}`;
  }
  if (filter.modelCode) {
    values.push(filter.modelCode);
    sql += ` AND "modelCode" = $${values.length}`;
  }
  return { sql, values };
}

export const FUNNEL_SQL = (w: string) => `SELECT step::text AS step, channel::text AS channel, count(*)::int AS events, count(DISTINCT "userId")::int AS customers
FROM journey_event WHERE ${w} GROUP BY step, channel`;

export const PATHS_SQL = (w: string) => `WITH firsts AS (
  SELECT "userId", channel, min("occurredAt") AS at FROM journey_event WHERE "userId" IS NOT NULL AND ${w} GROUP BY "userId", channel
), paths AS (
  SELECT string_agg(channel::text, ' > ' ORDER BY at) AS path FROM firsts GROUP BY "userId"
)
SELECT path, count(*)::int AS customers FROM paths GROUP BY path ORDER BY customers DESC, path LIMIT 10`;

/** Test drive → order: customers with a test drive in the period, and how many ordered afterwards. */
export const DRIVE_TO_ORDER_SQL = (w: string) => `WITH drives AS (
  SELECT "userId", min("occurredAt") AS at FROM journey_event WHERE step = 'test_drive' AND "userId" IS NOT NULL AND ${w} GROUP BY "userId"
)
SELECT count(*)::int AS drivers, count(*) FILTER (WHERE EXISTS (
  SELECT 1 FROM journey_event o WHERE o."userId" = d."userId" AND o.step = 'order' AND o."occurredAt" >= d.at
))::int AS ordered FROM drives d`;

export async function funnelCounts(pool: Pool, filter: AnalyticsFilter): Promise<StepChannelCount[]> {
  const w = where(filter);
  const { rows } = await pool.query<{ step: JourneyStep; channel: JourneyChannel; events: number; customers: number }>(FUNNEL_SQL(w.sql), w.values);
  return rows;
}

export async function crossChannelPaths(pool: Pool, filter: AnalyticsFilter): Promise<Array<{ path: string; customers: number }>> {
  const w = where(filter);
  const { rows } = await pool.query<{ path: string; customers: number }>(PATHS_SQL(w.sql), w.values);
  return rows;
}

export async function driveToOrder(pool: Pool, filter: AnalyticsFilter): Promise<{ drivers: number; ordered: number }> {
  const w = where(filter);
  const { rows } = await pool.query<{ drivers: number; ordered: number }>(DRIVE_TO_ORDER_SQL(w.sql), w.values);
  return rows[0] ?? { drivers: 0, ordered: 0 };
}

export { where as analyticsWhere };
