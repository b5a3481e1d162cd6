import { loadavg } from 'node:os';
import type pg from 'pg';
import { percentile, round, type BenchRun, type Metrics } from './lib';
import { withScratchPool } from './postgres-child';
import {
  analyticsWhere,
  crossChannelPaths,
  DRIVE_TO_ORDER_SQL,
  funnelCounts,
  FUNNEL_SQL,
  PATHS_SQL,
  readPlan,
  rollupFunnelStatement,
  cohortMeasures,
  SUMMARY_PATHS_SQL,
  SUMMARY_STEPS_SQL,
  type AnalyticsFilter,
} from '@/modules/journey/server/analytics';
import { rollupDays, rollupUntilToday, rollupWatermark } from '@/modules/journey/server/rollup';

// Journey dashboards on PostgreSQL: a year of generated events for 300 dealerships, plus "today so
// far". The rollup job builds the daily rollups and customer summaries (timed: the whole year, and
// the re-run of one day). Each dashboard (funnel by step and channel from rollups + today's raw
// events, cross-channel paths, time between steps and test drive → order from the summaries) is
// timed through the module's functions and as the same bare SQL, alternating, on the same filters.
// Goal: p95 ≤ 300 ms. For context, the old statements on raw events (what the dashboards ran
// before the rollups) are timed too, with fewer samples.

const DEALERSHIPS = 300;
const EVENTS = 1_000_000;
const CUSTOMERS = 150_000;
const SAMPLES = 20;
const RAW_SAMPLES = 5;
const TODAY_EVENTS = 3_000;
const END = new Date('2026-12-01T00:00:00Z');
const DAY = 86_400_000;

async function insertEvents(pool: pg.Pool): Promise<void> {
  await pool.query(`SELECT setseed(0.42)`);
  // Steps weighted like a funnel; channels like a web-first network; customers spread over dealerships.
  await pool.query(
    `INSERT INTO journey_event (id, channel, step, "dealershipId", "modelCode", "userId", "staffUserId", essential, "occurredAt")
     SELECT 'ev' || n,
       (ARRAY['web','web','web','web','kiosk','showroom','showroom','phone','chat'])[1 + floor(random() * 9)::int]::"JourneyChannel",
       (ARRAY['configure','configure','configure','configure','save','save','availability','finance','test_drive','hold','order','deposit'])[1 + floor(random() * 12)::int]::"JourneyStep",
       'dlr_a' || (c % ${DEALERSHIPS}),
       (ARRAY['horizon','etincelle','azur','boreal'])[1 + floor(random() * 4)::int],
       CASE WHEN random() < 0.15 THEN NULL ELSE 'usr_a' || c END,
       NULL, true,
       $1::timestamptz - (random() * 365 * interval '1 day')
     FROM (SELECT n, floor(random() * ${CUSTOMERS})::int AS c FROM generate_series(1, ${EVENTS}) n) g`,
    [END],
  );
  // Today so far (END is today's midnight): read raw by the dashboards.
  await pool.query(
    `INSERT INTO journey_event (id, channel, step, "dealershipId", "modelCode", "userId", essential, "occurredAt")
     SELECT 'today' || n, 'web', (ARRAY['configure','save','test_drive','order'])[1 + floor(random() * 4)::int]::"JourneyStep",
       'dlr_a' || (n % ${DEALERSHIPS}), 'horizon', 'usr_a' || floor(random() * ${CUSTOMERS})::int, true, $1::timestamptz + (random() * interval '10 hours')
     FROM generate_series(1, ${TODAY_EVENTS}) n`,
    [END],
  );
  await pool.query('VACUUM ANALYZE journey_event');
}

type Scenario = { name: string; filter: AnalyticsFilter };

export default (() =>
  withScratchPool('journey', 3, async (pool) => {
    const started = Date.now();
    await insertEvents(pool);
    const loadSeconds = (Date.now() - started) / 1000;
    const rollupStarted = Date.now();
    await rollupUntilToday(pool, new Date(END.getTime() + 10 * 3_600_000));
    const rollupSeconds = (Date.now() - rollupStarted) / 1000;
    const dayStarted = Date.now();
    await rollupDays(pool, new Date(END.getTime() - 2 * DAY), new Date(END.getTime() - DAY));
    const dayRerunSeconds = (Date.now() - dayStarted) / 1000;
    await pool.query('VACUUM ANALYZE journey_daily_rollup');
    await pool.query('VACUUM ANALYZE journey_customer_summary');
    const watermark = await rollupWatermark(pool);
    const scenarios: Scenario[] = [
      // Periods end tomorrow at midnight, as analyticsPeriod makes them: today is in, read raw.
      { name: 'dealer_30d', filter: { dealershipId: 'dlr_a17', from: new Date(END.getTime() - 30 * DAY), to: new Date(END.getTime() + DAY) } },
      { name: 'dealer_year', filter: { dealershipId: 'dlr_a17', from: new Date(END.getTime() - 365 * DAY), to: new Date(END.getTime() + DAY) } },
      { name: 'dealer_year_model', filter: { dealershipId: 'dlr_a17', modelCode: 'horizon', from: new Date(END.getTime() - 365 * DAY), to: new Date(END.getTime() + DAY) } },
      { name: 'network_30d', filter: { from: new Date(END.getTime() - 30 * DAY), to: new Date(END.getTime() + DAY) } },
      { name: 'network_year', filter: { from: new Date(END.getTime() - 365 * DAY), to: new Date(END.getTime() + DAY) } },
    ];
    const time = async (fn: () => Promise<unknown>) => {
      const start = process.hrtime.bigint();
      await fn();
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    const metrics: Metrics = {};
    for (const s of scenarios) {
      const w = analyticsWhere(s.filter);
      const cohort = analyticsWhere(s.filter, '"firstAt"');
      const funnel = rollupFunnelStatement(s.filter, readPlan(s.filter, watermark));
      // The dashboard as the page loads it (three queries side by side), and the same three statements bare.
      const dashboard = () => Promise.all([funnelCounts(pool, s.filter), crossChannelPaths(pool, s.filter), cohortMeasures(pool, s.filter)]);
      const bare = () => Promise.all([pool.query(funnel.sql, funnel.values), pool.query(SUMMARY_PATHS_SQL(cohort.sql), cohort.values), pool.query(SUMMARY_STEPS_SQL(cohort.sql), cohort.values)]);
      const funnelOnly = () => pool.query(funnel.sql, funnel.values);
      const rawEvents = () => Promise.all([pool.query(FUNNEL_SQL(w.sql), w.values), pool.query(PATHS_SQL(w.sql), w.values), pool.query(DRIVE_TO_ORDER_SQL(w.sql), w.values)]);
      await dashboard();
      await bare();
      const d: number[] = [];
      const b: number[] = [];
      const f: number[] = [];
      for (let i = 0; i < SAMPLES; i++) {
        if (i % 2 === 0) {
          d.push(await time(dashboard));
          b.push(await time(bare));
        } else {
          b.push(await time(bare));
          d.push(await time(dashboard));
        }
        f.push(await time(funnelOnly));
      }
      metrics[`${s.name}_dashboard_p95_ms`] = { value: round(percentile(d, 95)), unit: 'ms', target: '<= 300 ms' };
      metrics[`${s.name}_bare_sql_p95_ms`] = { value: round(percentile(b, 95)), unit: 'ms' };
      metrics[`${s.name}_funnel_sql_p95_ms`] = { value: round(percentile(f, 95)), unit: 'ms' };
      const r: number[] = [];
      for (let i = 0; i < RAW_SAMPLES; i++) r.push(await time(rawEvents));
      metrics[`${s.name}_raw_events_sql_p95_ms`] = { value: round(percentile(r, 95)), unit: 'ms' };
    }
    metrics.events = { value: EVENTS, unit: 'rows' };
    metrics.dealerships = { value: DEALERSHIPS, unit: 'rows' };
    metrics.samples_per_scenario = { value: SAMPLES, unit: 'runs' };
    metrics.load_seconds = { value: round(loadSeconds, 1), unit: 's' };
    metrics.rollup_year_seconds = { value: round(rollupSeconds, 1), unit: 's' };
    metrics.rollup_one_day_rerun_seconds = { value: round(dayRerunSeconds, 2), unit: 's' };
    metrics.rollup_rows = { value: Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM journey_daily_rollup')).rows[0]?.n ?? 0), unit: 'rows' };
    metrics.customer_summaries = { value: Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM journey_customer_summary')).rows[0]?.n ?? 0), unit: 'rows' };
    metrics.machine_load_1min = { value: round(loadavg()[0] ?? 0, 2), unit: 'load' };
    return metrics;
  })) satisfies BenchRun;
