// `npm run db:migrate -- --name <name> [--create-only]`: a new migration in prisma/migrations from
// the difference between the migrations and prisma/schema.prisma, through the stock
// `prisma migrate dev` (offline through the Wasm engine stand-in).
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startInMemoryPglite } from '../prisma-engine/pglite-server.mjs';
import { isMainModule, PROJECT_ROOT, redactUrl, runPrismaCli } from './prisma-cli';

export const LOCAL_SERVER_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

/** Where migrate dev ran: the given database, throwaway ones on the local server, or in-memory PGlite. */
export type MigrationTarget = 'database-url' | 'local-server' | 'pglite';

export type CreateMigrationOptions = {
  name: string;
  /** Write the migration without applying it (to edit it first). */
  createOnly?: boolean;
  /** Develop against this database (the migration is applied to it); default DATABASE_URL. */
  databaseUrl?: string;
  /** Server for throwaway databases when there is no databaseUrl. */
  serverUrl?: string;
  cwd?: string;
  configPath?: string;
  /** Where the config keeps migrations, to report the new ones. */
  migrationsDir?: string;
  echo?: boolean;
  interactive?: boolean;
};

export type CreateMigrationResult = { target: MigrationTarget; created: string[]; output: string };

function migrationNames(dir: string): Set<string> {
  try {
    return new Set(readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name));
  } catch {
    return new Set();
  }
}

async function reachable(serverUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function databaseUrlOn(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Creates throwaway databases on the server; `drop()` removes them even if connections linger. */
async function throwawayDatabases(serverUrl: string, names: string[]) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const created: string[] = [];
  const drop = async () => {
    for (const name of created) {
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      } catch {
        await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`).catch(() => undefined);
      }
    }
    await admin.end().catch(() => undefined);
  };
  try {
    for (const name of names) {
      await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
      created.push(name);
    }
  } catch (error) {
    await drop();
    throw error;
  }
  return { urls: names.map((name) => databaseUrlOn(serverUrl, name)), drop };
}

export async function createMigration(options: CreateMigrationOptions): Promise<CreateMigrationResult> {
  const { name, createOnly = false, cwd = PROJECT_ROOT, configPath, echo = false, interactive = false } = options;
  const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL;
  const serverUrl = options.serverUrl ?? LOCAL_SERVER_URL;
  const migrationsDir = options.migrationsDir ?? path.join(cwd, 'prisma/migrations');
  const before = migrationNames(migrationsDir);
  const args = ['migrate', 'dev', '--name', name, ...(createOnly ? ['--create-only'] : []), ...(configPath ? ['--config', configPath] : [])];

  const run = async (target: MigrationTarget, env: Record<string, string | undefined>, label: string) => {
    const { code, output } = await runPrismaCli(args, { cwd, env, echo, interactive });
    if (code !== 0) throw new Error(`prisma migrate dev failed (exit code ${code}) on ${label}:\n${output.trim()}`);
    const created = [...migrationNames(migrationsDir)].filter((dir) => !before.has(dir)).sort();
    return { target, created, output };
  };

  if (databaseUrl) return run('database-url', { DATABASE_URL: databaseUrl }, redactUrl(databaseUrl));

  if (await reachable(serverUrl)) {
    const main = `virage_migrate_${randomBytes(6).toString('hex')}`;
    const { urls, drop } = await throwawayDatabases(serverUrl, [main, `${main}_shadow`]);
    try {
      return await run('local-server', { DATABASE_URL: urls[0], SHADOW_DATABASE_URL: urls[1] }, `throwaway database ${main}`);
    } finally {
      await drop();
    }
  }

  // No server: PGlite in memory for the database, and the engine stand-in makes its own PGlite
  // shadow (a PGlite socket serves one database whatever name is asked, so it cannot be both).
  const pglite = await startInMemoryPglite();
  try {
    return await run('pglite', { DATABASE_URL: pglite.url, SHADOW_DATABASE_URL: undefined, PRISMA_ENGINE_SHADOW: 'pglite' }, 'in-memory PGlite');
  } finally {
    await pglite.close();
  }
}

if (isMainModule(import.meta.url)) {
  const { values } = parseArgs({ options: { name: { type: 'string', short: 'n' }, 'create-only': { type: 'boolean' } } });
  if (!values.name) {
    console.error('Usage: npm run db:migrate -- --name <migration_name> [--create-only]');
    process.exit(1);
  }
  createMigration({ name: values.name, createOnly: values['create-only'] ?? false, echo: true, interactive: true }).then(
    ({ target, created }) => {
      const where = { 'database-url': 'DATABASE_URL', 'local-server': 'throwaway databases on 127.0.0.1:5432', pglite: 'in-memory PGlite' }[target];
      console.log(created.length > 0 ? `\nCreated ${created.join(', ')} (using ${where}).` : `\nNo new migration (using ${where}).`);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
