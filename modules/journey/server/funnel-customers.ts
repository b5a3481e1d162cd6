import type { Pool } from 'pg';
import type { JourneyChannel, JourneyStep } from '../events';

/**
 * The funnel's "customers": distinct customers per step and channel over the period, exact, for a
 * period of any length. Summing the daily rollups' distinct counts would count a customer once per
 * day they came back; a DISTINCT over a year of raw events is too slow for the network-wide view.
 *
 * journey_customer_step keeps, per level, customer, channel and step, the first and last instant
 * (folded in by the rollup job for every day before the watermark). Up to the watermark a row is
 * in the period [from, to) when its first or its last instant falls in it; when it spans the whole
 * period (first before, last after), one raw event in the period decides (an index probe, for the
 * few customers who came back across it). After the watermark (today) the raw events are read,
 * each customer counted there only if they were not already counted before the watermark.
 */
export type CustomersFilter = { dealershipId?: string | null; modelCode?: string | null; from: Date; to: Date };

/** Folds the events of [from, to) into journey_customer_step at the four rollup levels (re-runnable: least/greatest). */
export const CUSTOMER_STEP_UPSERT = `INSERT INTO journey_customer_step ("dealershipId", "modelCode", "userId", channel, step, "firstAt", "lastAt")
SELECT CASE WHEN GROUPING(d) = 1 THEN '*' ELSE d END, CASE WHEN GROUPING(m) = 1 THEN '*' ELSE m END, "userId", channel, step, min("occurredAt"), max("occurredAt")
FROM (
  SELECT coalesce("dealershipId", '') AS d, coalesce("modelCode", '') AS m, "userId", channel, step, "occurredAt"
  FROM journey_event WHERE "occurredAt" >= $1 AND "occurredAt" < $2 AND "userId" IS NOT NULL
) e
GROUP BY GROUPING SETS (("userId", d, m, channel, step), ("userId", d, channel, step), ("userId", m, channel, step), ("userId", channel, step))
ON CONFLICT ("dealershipId", "modelCode", "userId", channel, step) DO UPDATE
SET "firstAt" = least(journey_customer_step."firstAt", EXCLUDED."firstAt"), "lastAt" = greatest(journey_customer_step."lastAt", EXCLUDED."lastAt")`;

/** The statement and its values; `rolledTo` is the rollup watermark (null: nothing folded yet, all raw). */
export function funnelCustomersStatement(filter: CustomersFilter, rolledTo: Date | null): { sql: string; values: unknown[] } {
  const split = new Date(Math.max(filter.from.getTime(), Math.min(filter.to.getTime(), rolledTo?.getTime() ?? 0)));
  // $1 from, $2 split (end of the folded part), $3 to, $4 dealership level, $5 model level.
  const values: unknown[] = [filter.from, split, filter.to, filter.dealershipId || '*', filter.modelCode || '*'];
  let scope = '';
  if (filter.dealershipId) scope += ` AND e."dealershipId" = $4`;
  if (filter.modelCode) scope += ` AND e."modelCode" = $5`;
  const sql = `SELECT step::text AS step, channel::text AS channel, count(*)::int AS customers FROM (
  SELECT s.step, s.channel FROM journey_customer_step s
  WHERE s."dealershipId" = $4 AND s."modelCode" = $5 AND s."lastAt" >= $1 AND s."firstAt" < $2
    AND (s."firstAt" >= $1 OR s."lastAt" < $2 OR EXISTS (
      SELECT 1 FROM journey_event e WHERE e."userId" = s."userId" AND e."occurredAt" >= $1 AND e."occurredAt" < $2 AND e.step = s.step AND e.channel = s.channel${scope}))
  UNION ALL
  SELECT r.step, r.channel FROM (
    SELECT DISTINCT t.step, t.channel, t."userId" FROM journey_event t
    WHERE t."occurredAt" >= $2 AND t."occurredAt" < $3 AND t."userId" IS NOT NULL${scope.replaceAll('e."', 't."')}
      AND NOT EXISTS (
        SELECT 1 FROM journey_event e WHERE e."userId" = t."userId" AND e."occurredAt" >= $1 AND e."occurredAt" < $2 AND e.step = t.step AND e.channel = t.channel${scope})
  ) r
) x GROUP BY step, channel`;
  return { sql, values };
}

export async function funnelCustomers(pool: Pool, filter: CustomersFilter, rolledTo: Date | null): Promise<Array<{ step: JourneyStep; channel: JourneyChannel; customers: number }>> {
  const statement = funnelCustomersStatement(filter, rolledTo);
  const { rows } = await pool.query<{ step: JourneyStep; channel: JourneyChannel; customers: number }>(statement.sql, statement.values);
  return rows;
}
