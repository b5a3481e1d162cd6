import { loadavg } from 'node:os';
import type pg from 'pg';
import { percentile, round, type BenchRun, type Metrics } from './lib';
import { withScratchPool } from './postgres-child';
import { generateStock } from '../prisma/seed/stock';
import { createRng } from '../prisma/seed/random';
import { catalogue, normalizeConfiguration, type Configuration } from '@/modules/catalog';
import { searchAvailability } from '@/modules/availability/server/search';
import { stockSearchQuery } from '@/modules/availability/server/stock-query';
import { MATCH_LIMIT } from '@/modules/availability/server/search';

// Availability search on PostgreSQL: 100,000 stock vehicles over 300 dealerships, 2,000 active
// holds. Compares the module's search (SQL + differences + factory window) with the bare SQL query.

const DEALERSHIPS = 300;
const VEHICLES = 100_000;
const HOLDS = 2_000;
const QUERIES = 300;
const NOW = new Date('2026-11-20T10:00:00Z');

export async function insertWorld(client: pg.Pool): Promise<void> {
  const rng = createRng(7);
  const dealerships = Array.from({ length: DEALERSHIPS }, (_, i) => ({
    id: `dlr_b${i}`,
    lat: 43.3 + rng.next() * 6.9,
    lon: -1.2 + rng.next() * 8.4,
  }));
  await client.query(
    `INSERT INTO dealership (id, code, name, street, "postalCode", city, lat, lon, phone, email, "openingHours", closures, "homeDriveRadiusKm")
     SELECT id, id, 'Virage ' || id, '1 rue de la Gare', '75001', 'Ville', lat, lon, '+33 1 00 00 00 00', id || '@virage.example', '{}'::jsonb, '{}', 20
     FROM unnest($1::text[], $2::float8[], $3::float8[]) AS t(id, lat, lon)`,
    [dealerships.map((d) => d.id), dealerships.map((d) => d.lat), dealerships.map((d) => d.lon)],
  );
  const stock = generateStock(rng, dealerships.map((d) => d.id), VEHICLES, NOW);
  const BATCH = 10_000;
  for (let i = 0; i < stock.length; i += BATCH) {
    const rows = stock.slice(i, i + BATCH);
    // Arrays of arrays cannot be unnested row by row: options and packs travel as '|'-joined text.
    await client.query(
      `INSERT INTO stock_vehicle (id, vin, "dealershipId", "modelCode", "trimCode", "paintCode", "wheelsCode", "interiorCode", options, packs, "priceCents", status, "arrivesOn")
       SELECT id, vin, d, m, t, p, w, i, string_to_array(nullif(o, ''), '|'), string_to_array(nullif(k, ''), '|'), price, s::"StockStatus", a
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::int[], $12::text[], $13::date[])
         AS t(id, vin, d, m, t, p, w, i, o, k, price, s, a)`,
      [
        rows.map((r) => r.id), rows.map((r) => r.vin), rows.map((r) => r.dealershipId), rows.map((r) => r.modelCode), rows.map((r) => r.trimCode),
        rows.map((r) => r.paintCode), rows.map((r) => r.wheelsCode), rows.map((r) => r.interiorCode), rows.map((r) => r.options.join('|')),
        rows.map((r) => r.packs.join('|')), rows.map((r) => r.priceCents), rows.map((r) => r.status), rows.map((r) => r.arrivesOn),
      ],
    );
  }
  // A buyer holds one car at a time (vehicle_hold_one_active_per_holder): one buyer per hold.
  await client.query(
    `INSERT INTO "user" (id, name, email, "updatedAt") SELECT 'usr_bench' || n, 'Bench ' || n, 'bench' || n || '@example.org', now() FROM generate_series(1, $1) n`,
    [HOLDS],
  );
  await client.query(
    `INSERT INTO vehicle_hold (id, "vehicleId", "holderId", "expiresAt") SELECT 'hold_' || n, 'stk_' || lpad(n::text, 6, '0'), 'usr_bench' || n, $1 FROM generate_series(1, $2) n`,
    [new Date(NOW.getTime() + 30 * 60_000), HOLDS],
  );
  // What autovacuum does on a live database: statistics and the visibility map (index-only scans).
  await client.query('VACUUM ANALYZE');
}

function randomQueries(count: number): { configuration: Configuration; lat: number; lon: number; departement: string }[] {
  const rng = createRng(11);
  return Array.from({ length: count }, () => {
    const model = rng.pick(catalogue.models);
    const { configuration } = normalizeConfiguration(catalogue, {
      model: model.code,
      trim: rng.pick(model.trims).code,
      paint: rng.pick(catalogue.paints.filter((p) => p.offers[model.code])).code,
      wheels: rng.pick(catalogue.wheels.filter((w) => w.fitments[model.code])).code,
      options: rng.sample(catalogue.options, rng.int(0, 2)).map((o) => o.code),
    });
    return { configuration, lat: 43.5 + rng.next() * 6.5, lon: -1 + rng.next() * 8, departement: rng.pick(['75', '69', '13', '33', '59', '35']) };
  });
}

export default (() =>
  withScratchPool('avail', 2, async (pool) => {
    const started = Date.now();
    await insertWorld(pool);
    const loadSeconds = (Date.now() - started) / 1000;
    const queries = randomQueries(QUERIES);
    // Search and bare SQL alternate on the same query, so both see the same machine load.
    const search: number[] = [];
    const bare: number[] = [];
    const time = async (fn: () => Promise<unknown>) => {
      const start = process.hrtime.bigint();
      await fn();
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    const runSearch = (x: (typeof queries)[number]) => searchAvailability(pool, catalogue, x.configuration, x, NOW);
    const runBare = (x: (typeof queries)[number]) => {
      const query = stockSearchQuery({ wanted: x.configuration, lat: x.lat, lon: x.lon, limit: MATCH_LIMIT, now: NOW });
      return pool.query(query.text, query.values);
    };
    for (const x of queries.slice(0, 30)) {
      await runSearch(x);
      await runBare(x);
    }
    let matched = 0;
    for (const [i, x] of queries.entries()) {
      if (i % 2 === 0) {
        search.push(await time(() => runSearch(x)));
        bare.push(await time(() => runBare(x)));
      } else {
        bare.push(await time(() => runBare(x)));
        search.push(await time(() => runSearch(x)));
      }
      const result = await runSearch(x);
      if (result.exact.length + result.close.length > 0) matched++;
    }
    const searchP95 = percentile(search, 95);
    const bareP95 = percentile(bare, 95);
    const metrics: Metrics = {
      search_p50_ms: { value: round(percentile(search, 50)), unit: 'ms' },
      search_p95_ms: { value: round(searchP95), unit: 'ms', target: '<= 50 ms' },
      bare_sql_p50_ms: { value: round(percentile(bare, 50)), unit: 'ms' },
      bare_sql_p95_ms: { value: round(bareP95), unit: 'ms' },
      search_to_bare_sql_p95_ratio: { value: round(searchP95 / bareP95, 2), unit: 'x' },
      searches_with_matches_pct: { value: round((100 * matched) / QUERIES, 1), unit: '%' },
      vehicles: { value: VEHICLES, unit: 'rows' },
      dealerships: { value: DEALERSHIPS, unit: 'rows' },
      load_seconds: { value: round(loadSeconds, 1), unit: 's' },
      machine_load_1min: { value: round(loadavg()[0] ?? 0, 2), unit: 'load' },
    };
    return metrics;
  })) satisfies BenchRun;
