import type { Pool } from 'pg';
import type { JourneyChannel, JourneyStep } from '../events';
import { FUNNEL_STEPS, type CohortFunnel, type FunnelStep, type StepChannelCount } from '../funnel';
import { dayStart, rollupWatermark } from './rollup';

export type AnalyticsFilter = { dealershipId?: string | null; modelCode?: string | null; from: Date; to: Date };

/**
 * Dashboard queries, in bare SQL on the pool (they are the benchmarked statements: see
 * bench/analytics.bench.ts).
 *
 * - The funnel reads the daily rollups for the complete days of the period (before the rollup
 *   watermark) and the raw events for the rest (today, and any part-day edge). Its "customers" are
 *   customer-days: distinct customers per day, summed.
 * - Per-customer measures (the customer funnel: distinct customers per step; cross-channel paths,
 *   time between steps, test drive → order) read the customer summaries by cohort: the customers
 *   whose first touch falls in the period, attributed to the dealership and model of that first
 *   touch. Each customer is one row there, so these counts are exact distinct counts.
 *
 * The raw-event statements (`FUNNEL_SQL`, `PATHS_SQL`, `DRIVE_TO_ORDER_SQL`) stay as the baseline
 * the bench compares with.
 */
function where(filter: AnalyticsFilter, column = '"occurredAt"', first = 1): { sql: string; values: unknown[] } {
  const values: unknown[] = [filter.from, filter.to];
  let sql = `${column} >= $${first} AND ${column} < $${first + 1}`;
  if (filter.dealershipId) {
    values.push(filter.dealershipId);
    sql += ` AND "dealershipId" = $${first + values.length - 1}`;
  }
  if (filter.modelCode) {
    values.push(filter.modelCode);
    sql += ` AND "modelCode" = $${first + values.length - 1}`;
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

/** Test drive → order on raw events: customers with a test drive in the period, and how many ordered afterwards. */
export const DRIVE_TO_ORDER_SQL = (w: string) => `WITH drives AS (
  SELECT "userId", min("occurredAt") AS at FROM journey_event WHERE step = 'test_drive' AND "userId" IS NOT NULL AND ${w} GROUP BY "userId"
)
SELECT count(*)::int AS drivers, count(*) FILTER (WHERE EXISTS (
  SELECT 1 FROM journey_event o WHERE o."userId" = d."userId" AND o.step = 'order' AND o."occurredAt" >= d.at
))::int AS ordered FROM drives d`;

// ---- Rollup-backed statements (what the dashboards run) ----

/** The rollup day range [rollFrom, rollTo) inside the period, and the raw ranges around it. */
export function readPlan(filter: AnalyticsFilter, watermark: Date | null): { rollFrom: Date; rollTo: Date } | null {
  if (!watermark) return null;
  const ceilFrom = dayStart(filter.from).getTime() === filter.from.getTime() ? filter.from : new Date(dayStart(filter.from).getTime() + 86_400_000);
  const rollTo = new Date(Math.min(watermark.getTime(), dayStart(filter.to).getTime()));
  return ceilFrom < rollTo ? { rollFrom: ceilFrom, rollTo } : null;
}

export function rollupFunnelStatement(filter: AnalyticsFilter, plan: { rollFrom: Date; rollTo: Date } | null): { sql: string; values: unknown[] } {
  if (!plan) {
    const w = where(filter);
    return { sql: FUNNEL_SQL(w.sql), values: w.values };
  }
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  // Rollup level: the filter's dealership and model, or '*' (all) where the filter has none.
  const values: unknown[] = [iso(plan.rollFrom), iso(plan.rollTo), filter.from, plan.rollFrom, plan.rollTo, filter.to, filter.dealershipId || '*', filter.modelCode || '*'];
  let extra = '';
  if (filter.dealershipId) extra += ` AND "dealershipId" = $7`;
  if (filter.modelCode) extra += ` AND "modelCode" = $8`;
  const sql = `SELECT step, channel, sum(events)::int AS events, sum(customers)::int AS customers FROM (
  SELECT step::text AS step, channel::text AS channel, events, customers FROM journey_daily_rollup WHERE day >= $1::date AND day < $2::date AND "dealershipId" = $7 AND "modelCode" = $8
  UNION ALL
  SELECT step::text, channel::text, count(*)::int, count(DISTINCT "userId")::int FROM journey_event
  WHERE (("occurredAt" >= $3 AND "occurredAt" < $4) OR ("occurredAt" >= $5 AND "occurredAt" < $6))${extra} GROUP BY step, channel
) x GROUP BY step, channel`;
  return { sql, values };
}

const cohort = (filter: AnalyticsFilter) => where(filter, '"firstAt"');

export const SUMMARY_PATHS_SQL = (w: string) => `SELECT path, count(*)::int AS customers FROM journey_customer_summary WHERE ${w} GROUP BY path ORDER BY customers DESC, path LIMIT 10`;

/** The summary column holding each funnel step's first instant. */
const REACHED_COLUMN: Record<FunnelStep, string> = {
  configure: 'configureAt', save: 'saveAt', availability: 'availabilityAt', finance: 'financeAt',
  test_drive: 'testDriveAt', hold: 'holdAt', order: 'orderAt', deposit: 'depositAt',
};

/** The cohort's size and customers per funnel step, test drive → order and the median days between steps: one scan of the cohort. */
export const SUMMARY_STEPS_SQL = (w: string) => `SELECT count(*)::int AS customers,
  ${FUNNEL_STEPS.map((step) => `count("${REACHED_COLUMN[step]}")::int AS "reached_${step}"`).join(', ')},
  count("testDriveAt")::int AS drivers,
  count(*) FILTER (WHERE "orderAt" >= "testDriveAt")::int AS ordered,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "testDriveAt" - "configureAt") / 86400) FILTER (WHERE "testDriveAt" >= "configureAt") AS configure_to_drive,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "orderAt" - "testDriveAt") / 86400) FILTER (WHERE "orderAt" >= "testDriveAt") AS drive_to_order,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "orderAt" - "configureAt") / 86400) FILTER (WHERE "orderAt" >= "configureAt") AS configure_to_order,
  count(*) FILTER (WHERE "testDriveAt" >= "configureAt")::int AS n_configure_to_drive,
  count(*) FILTER (WHERE "orderAt" >= "configureAt")::int AS n_configure_to_order
FROM journey_customer_summary WHERE ${w}`;

export type StepTimes = {
  drivers: number;
  ordered: number;
  /** median days, null when no customer made both steps in that order */
  configureToDrive: number | null;
  driveToOrder: number | null;
  configureToOrder: number | null;
};

export type CohortMeasures = StepTimes & { cohort: CohortFunnel };

export async function funnelCounts(pool: Pool, filter: AnalyticsFilter, watermark?: Date | null): Promise<StepChannelCount[]> {
  const plan = readPlan(filter, watermark === undefined ? await rollupWatermark(pool) : watermark);
  const statement = rollupFunnelStatement(filter, plan);
  const { rows } = await pool.query<{ step: JourneyStep; channel: JourneyChannel; events: number; customers: number }>(statement.sql, statement.values);
  return rows;
}

export async function crossChannelPaths(pool: Pool, filter: AnalyticsFilter): Promise<Array<{ path: string; customers: number }>> {
  const w = cohort(filter);
  const { rows } = await pool.query<{ path: string; customers: number }>(SUMMARY_PATHS_SQL(w.sql), w.values);
  return rows;
}

type StepsRow = { customers: number; drivers: number; ordered: number; configure_to_drive: number | null; drive_to_order: number | null; configure_to_order: number | null } & Record<`reached_${FunnelStep}`, number>;

export async function cohortMeasures(pool: Pool, filter: AnalyticsFilter): Promise<CohortMeasures> {
  const w = cohort(filter);
  const { rows } = await pool.query<StepsRow>(SUMMARY_STEPS_SQL(w.sql), w.values);
  const r = rows[0];
  const num = (x: number | string | null | undefined) => (x === null || x === undefined ? null : Number(x));
  const reached = Object.fromEntries(FUNNEL_STEPS.map((step) => [step, r?.[`reached_${step}`] ?? 0])) as Record<FunnelStep, number>;
  return {
    drivers: r?.drivers ?? 0,
    ordered: r?.ordered ?? 0,
    configureToDrive: num(r?.configure_to_drive),
    driveToOrder: num(r?.drive_to_order),
    configureToOrder: num(r?.configure_to_order),
    cohort: { customers: r?.customers ?? 0, reached },
  };
}

export { where as analyticsWhere };
