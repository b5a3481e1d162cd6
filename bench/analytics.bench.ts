import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import pg from 'pg';
import { percentile, round, type BenchRun, type Metrics } from './lib';
import { deployMigrations } from '../scripts/db/migrate-deploy';
import { analyticsWhere, crossChannelPaths, driveToOrder, DRIVE_TO_ORDER_SQL, funnelCounts, FUNNEL_SQL, PATHS_SQL, type AnalyticsFilter } from '@/modules/journey/server/analytics';

// Journey dashboards on PostgreSQL: a year of generated events for 300 dealerships. Each dashboard
// (funnel by step and channel, cross-channel paths, test drive → order) is timed through the
// module's functions and as bare SQL, alternating, on the same filters. Goal: p95 ≤ 300 ms.

const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DEALERSHIPS = 300;
const EVENTS = 1_000_000;
const CUSTOMERS = 150_000;
const SAMPLES = 20;
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
  await pool.query('VACUUM ANALYZE journey_event');
}

type Scenario = { name: string; filter: AnalyticsFilter };

export default (async () => {
  const name = `virage_bench_journey_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 3 });
  pool.on('error', (error) => console.error('[bench pool]', error.message));
  try {
    await deployMigrations(url.toString());
    const started = Date.now();
    await insertEvents(pool);
    const loadSeconds = (Date.now() - started) / 1000;
    const scenarios: Scenario[] = [
      { name: 'dealer_30d', filter: { dealershipId: 'dlr_a17', from: new Date(END.getTime() - 30 * DAY), to: END } },
      { name: 'dealer_year', filter: { dealershipId: 'dlr_a17', from: new Date(END.getTime() - 365 * DAY), to: END } },
      { name: 'dealer_year_model', filter: { dealershipId: 'dlr_a17', modelCode: 'horizon', from: new Date(END.getTime() - 365 * DAY), to: END } },
      { name: 'network_30d', filter: { from: new Date(END.getTime() - 30 * DAY), to: END } },
      { name: 'network_year', filter: { from: new Date(END.getTime() - 365 * DAY), to: END } },
    ];
    const time = async (fn: () => Promise<unknown>) => {
      const start = process.hrtime.bigint();
      await fn();
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    const metrics: Metrics = {};
    for (const s of scenarios) {
      const w = analyticsWhere(s.filter);
      // The dashboard as the page loads it (three queries side by side), and the same three statements bare.
      const dashboard = () => Promise.all([funnelCounts(pool, s.filter), crossChannelPaths(pool, s.filter), driveToOrder(pool, s.filter)]);
      const bare = () => Promise.all([pool.query(FUNNEL_SQL(w.sql), w.values), pool.query(PATHS_SQL(w.sql), w.values), pool.query(DRIVE_TO_ORDER_SQL(w.sql), w.values)]);
      const funnelOnly = () => pool.query(FUNNEL_SQL(w.sql), w.values);
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
    }
    metrics.events = { value: EVENTS, unit: 'rows' };
    metrics.dealerships = { value: DEALERSHIPS, unit: 'rows' };
    metrics.samples_per_scenario = { value: SAMPLES, unit: 'runs' };
    metrics.load_seconds = { value: round(loadSeconds, 1), unit: 's' };
    metrics.machine_load_1min = { value: round(loadavg()[0] ?? 0, 2), unit: 'load' };
    return metrics;
  } finally {
    await pool.end();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}) satisfies BenchRun;
