// The stock Prisma CLI, offline through the Wasm engine stand-in, on throwaway databases of the
// PostgreSQL at 127.0.0.1:5432, with a scratch schema and config in a temp dir.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigration, LOCAL_SERVER_URL } from '../db/create-migration';
import { deployMigrations } from '../db/migrate-deploy';
import { ENGINE_STAND_IN, runPrismaCli } from '../db/prisma-cli';

const DATASOURCE = 'datasource db {\n  provider = "postgresql"\n}\n';
const CAR = 'model Car {\n  id    Int    @id @default(autoincrement())\n  model String\n  price Int\n}\n';
const DEALER = 'enum Fuel {\n  petrol\n  electric\n}\n\nmodel Dealer {\n  id    String   @id\n  name  String\n  fuel  Fuel     @default(electric)\n  tags  String[]\n}\n';
const BOOKING = 'model Booking {\n  id    Int @id\n  carId Int\n}\n';
/** Hand-written, as a project would for what Prisma cannot express: `$$` bodies and a CHECK. */
const CUSTOM_SQL = `CREATE FUNCTION trim_model() RETURNS trigger AS $$
BEGIN
  NEW.model := trim(NEW.model);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER car_trim_model BEFORE INSERT ON "Car" FOR EACH ROW EXECUTE FUNCTION trim_model();
ALTER TABLE "Car" ADD CONSTRAINT car_price_positive CHECK (price >= 0);
`;

function databaseUrl(name: string): string {
  const url = new URL(LOCAL_SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>, database = 'postgres'): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl(database) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function databaseExists(name: string): Promise<boolean> {
  return withAdmin(async (client) => (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1);
}

describe('prisma migrate through the schema engine stand-in', () => {
  const dbName = `virage_engine_test_${randomBytes(5).toString('hex')}`;
  const url = databaseUrl(dbName);
  let dir = '';
  let configPath = '';
  let migrationsDir = '';
  const writeSchema = (...models: string[]) => writeFileSync(path.join(dir, 'schema.prisma'), [DATASOURCE, ...models].join('\n'));
  const scratch = { cwd: '', configPath: '', migrationsDir: '' };
  const migrationSql = (name: string) => readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8');
  const query = <R extends pg.QueryResultRow>(sql: string) => withAdmin(async (client) => (await client.query<R>(sql)).rows, dbName);

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'virage-engine-'));
    configPath = path.join(dir, 'prisma.config.ts');
    migrationsDir = path.join(dir, 'migrations');
    Object.assign(scratch, { cwd: dir, configPath, migrationsDir });
    // No imports: the temp dir has no node_modules.
    writeFileSync(
      configPath,
      `process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= ${JSON.stringify(ENGINE_STAND_IN)};
export default {
  schema: 'schema.prisma',
  migrations: { path: 'migrations' },
  datasource: { url: process.env.DATABASE_URL, shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL },
};
`,
    );
    writeSchema(CAR);
    await withAdmin((client) => client.query(`CREATE DATABASE ${dbName}`));
  });

  afterAll(async () => {
    await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`));
    rmSync(dir, { recursive: true, force: true });
  });

  let first = '';

  it('creates a first migration with migrate dev --create-only', async () => {
    const result = await createMigration({ name: 'init', createOnly: true, databaseUrl: url, ...scratch });
    expect(result.target).toBe('database-url');
    expect(result.created).toHaveLength(1);
    first = result.created[0] ?? '';
    expect(first).toMatch(/^\d{14}_init$/);
    expect(migrationSql(first)).toContain('CREATE TABLE "Car"');
    expect(readFileSync(path.join(migrationsDir, 'migration_lock.toml'), 'utf8')).toContain('provider = "postgresql"');
    // --create-only writes the migration without applying it.
    expect(await query("SELECT to_regclass('public.\"Car\"') AS car")).toEqual([{ car: null }]);
  });

  it('applies it with migrate deploy, recording the standard checksum', async () => {
    await deployMigrations(url, scratch);
    const rows = await query<{ migration_name: string; checksum: string; finished: boolean }>(
      'SELECT migration_name, checksum, finished_at IS NOT NULL AS finished FROM _prisma_migrations',
    );
    const checksum = createHash('sha256').update(migrationSql(first)).digest('hex');
    expect(rows).toEqual([{ migration_name: first, checksum, finished: true }]);
  });

  it('reports the database up to date with migrate status', async () => {
    const { code, output } = await runPrismaCli(['migrate', 'status', '--config', configPath], { cwd: dir, env: { DATABASE_URL: url } });
    expect(output).toContain('Database schema is up to date!');
    expect(code).toBe(0);
  });

  it('deploys a hand-written migration with a $$ body and a CHECK constraint', async () => {
    // Sorts right after the first migration, before any later timestamp.
    const name = `${first}_custom`;
    mkdirSync(path.join(migrationsDir, name));
    writeFileSync(path.join(migrationsDir, name, 'migration.sql'), CUSTOM_SQL);
    await deployMigrations(url, scratch);
    expect(await query<{ model: string }>(`INSERT INTO "Car" (model, price) VALUES ('  Zoé  ', 1) RETURNING model`)).toEqual([{ model: 'Zoé' }]);
  });

  it('makes a second migration from a schema change (replaying the others on a shadow database)', async () => {
    writeSchema(CAR, DEALER);
    const result = await createMigration({ name: 'dealers', databaseUrl: url, ...scratch });
    expect(result.created).toHaveLength(1);
    const sql = migrationSql(result.created[0] ?? '');
    expect(sql).toContain('CREATE TYPE "Fuel" AS ENUM');
    expect(sql).toContain('CREATE TABLE "Dealer"');
    // Only the change: the custom function and constraint are not undone.
    expect(sql).not.toContain('DROP');
    const { output } = await runPrismaCli(['migrate', 'status', '--config', configPath], { cwd: dir, env: { DATABASE_URL: url } });
    expect(output).toContain('Database schema is up to date!');
    expect(output).toContain('3 migrations found');
  });

  it('creates nothing when the schema has not changed', async () => {
    const result = await createMigration({ name: 'nothing', databaseUrl: url, ...scratch });
    expect(result.created).toEqual([]);
  });

  it('without DATABASE_URL, works in throwaway databases on the local server and drops them', async () => {
    writeSchema(CAR, DEALER, BOOKING);
    const saved = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
    try {
      const result = await createMigration({ name: 'booking', ...scratch });
      expect(result.target).toBe('local-server');
      expect(result.created).toHaveLength(1);
      expect(migrationSql(result.created[0] ?? '')).toContain('CREATE TABLE "Booking"');
      const used = /PostgreSQL database "(virage_migrate_[0-9a-f]+)"/.exec(result.output)?.[1];
      expect(used).toBeDefined();
      expect(await databaseExists(used ?? '')).toBe(false);
      expect(await databaseExists(`${used}_shadow`)).toBe(false);
    } finally {
      process.env.DATABASE_URL = saved;
    }
  });

  it('without a server, works in in-memory PGlite', { timeout: 300_000 }, async () => {
    writeSchema(CAR, DEALER, BOOKING, 'model Slot {\n  id Int @id\n}\n');
    const saved = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
    try {
      const result = await createMigration({ name: 'slot', serverUrl: 'postgresql://postgres@127.0.0.1:1/postgres', ...scratch });
      expect(result.target).toBe('pglite');
      expect(result.created).toHaveLength(1);
      const sql = migrationSql(result.created[0] ?? '');
      expect(sql).toContain('CREATE TABLE "Slot"');
      expect(sql).not.toContain('DROP');
    } finally {
      process.env.DATABASE_URL = saved;
    }
  });

  it('applies the later migrations with deploy and ends up to date', async () => {
    await deployMigrations(url, scratch);
    const tables = await query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    expect(tables.map((row) => row.name)).toEqual(['Booking', 'Car', 'Dealer', 'Slot', '_prisma_migrations']);
  });
});
