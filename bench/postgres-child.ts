import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { deployMigrations } from '../scripts/db/migrate-deploy';

/**
 * The PostgreSQL benches measure the real server-only services, which load only under the
 * react-server condition: the bench file runs itself again as a child process (`--child`) against a
 * throwaway database on 127.0.0.1:5432 (or BENCH_PG_URL / BENCH_DATABASE_URL), created with the migrations applied and
 * dropped afterwards. The child prints one `RESULT <json>` line with `reportToParent`.
 */
export const BENCH_SERVER_URL = process.env.BENCH_PG_URL ?? process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

const RESULT_PREFIX = 'RESULT ';

export const isBenchChild = () => process.argv.includes('--child');

/** `withScratchDatabase` with a connection pool of `max` on it, closed before the database is dropped. */
export function withScratchPool<R>(prefix: string, max: number, use: (pool: pg.Pool) => Promise<R>): Promise<R> {
  return withScratchDatabase(prefix, async (url) => {
    const pool = new pg.Pool({ connectionString: url, max });
    pool.on('error', (error) => console.error('[bench pool]', error.message));
    try {
      return await use(pool);
    } finally {
      await pool.end();
    }
  });
}

/** A throwaway database on the bench's PostgreSQL server, migrated, handed to `use`, then dropped. */
export async function withScratchDatabase<R>(prefix: string, use: (url: string) => Promise<R>): Promise<R> {
  const name = `virage_bench_${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: BENCH_SERVER_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(BENCH_SERVER_URL);
  url.pathname = `/${name}`;
  try {
    await deployMigrations(url.toString());
    return await use(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

export function runChildOnFreshDatabase<R>(benchFileUrl: string, options: { prefix: string; poolMax: number }): Promise<R> {
  return withScratchDatabase(options.prefix, async (url) => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--conditions=react-server', '--import', 'tsx', fileURLToPath(benchFileUrl), '--child'], {
      env: {
        ...process.env,
        DATABASE_URL: url,
        DATABASE_POOL_MAX: String(options.poolMax),
        VIRAGE_EMBEDDED_DB: '0',
        VIRAGE_WORKERS: 'off',
        BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? 'bench-secret-bench-secret-bench-secret-0',
      },
      maxBuffer: 16 * 1024 * 1024,
    });
    const line = stdout.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
    if (!line) throw new Error(`no result from the child:\n${stdout.slice(-2000)}`);
    return JSON.parse(line.slice(RESULT_PREFIX.length)) as R;
  });
}

/** In the child: hands the result to the parent and exits (the pool's timers would keep it alive). */
export function reportToParent(result: unknown): never {
  process.stdout.write(`\n${RESULT_PREFIX}${JSON.stringify(result)}\n`);
  process.exit(0);
}

/** Pairs of live test drives that share a car or a specialist at the same time: must stay 0. */
export const OVERLAPPING_DRIVES_SQL = `SELECT count(*)::int AS n FROM test_drive a JOIN test_drive b ON a.id < b.id AND a.status <> 'cancelled' AND b.status <> 'cancelled'
     AND ((a."carId" = b."carId" AND a."carBusy" && b."carBusy") OR (a."staffId" = b."staffId" AND a.occupied && b.occupied))`;
