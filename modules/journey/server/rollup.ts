import type { Pool, PoolClient } from 'pg';

/**
 * Daily rollups of the journey (see the models JourneyDailyRollup and JourneyCustomerSummary).
 *
 * `rollupDays` rebuilds the UTC days [from, to) from the raw events: it deletes those days' rows
 * and inserts them again in one transaction, under an advisory lock so two instances (or a manual
 * re-run) never interleave; running it twice gives the same rows. It also recomputes the summary
 * of every customer active in those days. The watermark (app_state `journey.rollup`) says up to
 * which day the rollups are complete: dashboards read rollups before it and raw events after.
 *
 * The job re-rolls yesterday at every run: an event recorded through the queue a few seconds
 * after midnight still lands in its day.
 */

export const ROLLUP_STATE_KEY = 'journey.rollup';
const DAY_MS = 86_400_000;
export const dayStart = (at: Date) => new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Four levels in the same table, so that every dashboard reads one small slice: per dealership and
 * model, per dealership (model '*'), per model (dealership '*'), and the whole network ('*', '*').
 * A year for 300 dealerships is about as many finest-level rows as events (a dealership sees a few
 * events a day): the network-wide dashboards read the '*' levels, a few thousand rows a year.
 */
const ROLLUP_INSERT = `INSERT INTO journey_daily_rollup (day, "dealershipId", "modelCode", channel, step, events, customers)
SELECT day, CASE WHEN GROUPING(d) = 1 THEN '*' ELSE d END, CASE WHEN GROUPING(m) = 1 THEN '*' ELSE m END, channel, step, count(*)::int, count(DISTINCT "userId")::int
FROM (
  SELECT ("occurredAt" AT TIME ZONE 'UTC')::date AS day, coalesce("dealershipId", '') AS d, coalesce("modelCode", '') AS m, channel, step, "userId"
  FROM journey_event WHERE "occurredAt" >= $1 AND "occurredAt" < $2
) e
GROUP BY GROUPING SETS ((day, d, m, channel, step), (day, d, channel, step), (day, m, channel, step), (day, channel, step))`;

export const SUMMARY_UPSERT = `WITH touched AS (
  SELECT DISTINCT "userId" FROM journey_event WHERE "occurredAt" >= $1 AND "occurredAt" < $2 AND "userId" IS NOT NULL
), ev AS (
  SELECT e."userId", e.channel, e.step, e."dealershipId", e."modelCode", e."occurredAt" FROM journey_event e JOIN touched t ON t."userId" = e."userId"
), firsts AS (
  SELECT "userId", channel, min("occurredAt") AS at FROM ev GROUP BY 1, 2
), paths AS (
  SELECT "userId", string_agg(channel::text, ' > ' ORDER BY at) AS path FROM firsts GROUP BY 1
), agg AS (
  SELECT "userId", min("occurredAt") AS first_at, max("occurredAt") AS last_at,
    (array_agg("dealershipId" ORDER BY "occurredAt") FILTER (WHERE "dealershipId" IS NOT NULL))[1] AS dealership,
    (array_agg("modelCode" ORDER BY "occurredAt") FILTER (WHERE "modelCode" IS NOT NULL))[1] AS model,
    min("occurredAt") FILTER (WHERE step = 'configure') AS configure_at,
    min("occurredAt") FILTER (WHERE step = 'save') AS save_at,
    min("occurredAt") FILTER (WHERE step = 'availability') AS availability_at,
    min("occurredAt") FILTER (WHERE step = 'finance') AS finance_at,
    min("occurredAt") FILTER (WHERE step = 'test_drive') AS drive_at,
    min("occurredAt") FILTER (WHERE step = 'hold') AS hold_at,
    min("occurredAt") FILTER (WHERE step = 'order') AS order_at,
    min("occurredAt") FILTER (WHERE step = 'deposit') AS deposit_at
  FROM ev GROUP BY 1
)
INSERT INTO journey_customer_summary ("userId", "firstAt", "lastAt", "dealershipId", "modelCode", path,
  "configureAt", "saveAt", "availabilityAt", "financeAt", "testDriveAt", "holdAt", "orderAt", "depositAt")
SELECT a."userId", a.first_at, a.last_at, a.dealership, a.model, p.path,
  a.configure_at, a.save_at, a.availability_at, a.finance_at, a.drive_at, a.hold_at, a.order_at, a.deposit_at
FROM agg a JOIN paths p ON p."userId" = a."userId"
ON CONFLICT ("userId") DO UPDATE SET "firstAt" = EXCLUDED."firstAt", "lastAt" = EXCLUDED."lastAt", "dealershipId" = EXCLUDED."dealershipId", "modelCode" = EXCLUDED."modelCode",
  path = EXCLUDED.path, "configureAt" = EXCLUDED."configureAt", "saveAt" = EXCLUDED."saveAt", "availabilityAt" = EXCLUDED."availabilityAt",
  "financeAt" = EXCLUDED."financeAt", "testDriveAt" = EXCLUDED."testDriveAt", "holdAt" = EXCLUDED."holdAt", "orderAt" = EXCLUDED."orderAt", "depositAt" = EXCLUDED."depositAt"`;

async function inTransaction<T>(pool: Pool, body: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await body(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Rebuilds the rollups of the UTC days [from, to) (day-aligned), and the summaries of the customers active then. */
export async function rollupDays(pool: Pool, from: Date, to: Date): Promise<{ rows: number; customers: number }> {
  const start = dayStart(from);
  const end = dayStart(to);
  if (end <= start) return { rows: 0, customers: 0 };
  return inTransaction(pool, async (client) => {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('journey.rollup'))`);
    await client.query(`DELETE FROM journey_daily_rollup WHERE day >= $1::date AND day < $2::date`, [isoDay(start), isoDay(end)]);
    const inserted = await client.query(ROLLUP_INSERT, [start, end]);
    const summaries = await client.query(SUMMARY_UPSERT, [start, end]);
    return { rows: inserted.rowCount ?? 0, customers: summaries.rowCount ?? 0 };
  });
}

/** The first day not yet rolled up (exclusive end of the complete rollups), or null before the first run. */
export async function rollupWatermark(pool: Pool): Promise<Date | null> {
  const { rows } = await pool.query<{ through: string | null }>(`SELECT value->>'through' AS through FROM app_state WHERE key = $1`, [ROLLUP_STATE_KEY]);
  const through = rows[0]?.through;
  return through ? new Date(`${through}T00:00:00Z`) : null;
}

async function setWatermark(pool: Pool, through: Date): Promise<void> {
  await pool.query(
    `INSERT INTO app_state (key, value, "updatedAt") VALUES ($1, $2::jsonb, now()) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, "updatedAt" = now()`,
    [ROLLUP_STATE_KEY, JSON.stringify({ through: isoDay(through) })],
  );
}

/**
 * The job's run: every complete day since the watermark (and yesterday again), then the
 * watermark moves to today. Before the first run it starts at the oldest event. Today's customers
 * are summarised too (their summary is at most one run old).
 */
export async function rollupUntilToday(pool: Pool, now: Date): Promise<{ from: Date; to: Date }> {
  const today = dayStart(now);
  const watermark = await rollupWatermark(pool);
  let from = watermark ? new Date(Math.min(watermark.getTime(), today.getTime() - DAY_MS)) : null;
  if (!from) {
    const { rows } = await pool.query<{ first: Date | null }>(`SELECT min("occurredAt") AS first FROM journey_event`);
    from = rows[0]?.first ? dayStart(rows[0].first) : new Date(today.getTime() - DAY_MS);
  }
  // Long gaps are caught up a month at a time (each its own transaction).
  for (let start = from; start < today; start = new Date(Math.min(start.getTime() + 31 * DAY_MS, today.getTime()))) {
    await rollupDays(pool, start, new Date(Math.min(start.getTime() + 31 * DAY_MS, today.getTime())));
  }
  await setWatermark(pool, today);
  await inTransaction(pool, async (client) => {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('journey.rollup'))`);
    await client.query(SUMMARY_UPSERT, [today, new Date(today.getTime() + DAY_MS)]);
  });
  return { from, to: today };
}
