// Maps the CLI's JSON-RPC methods onto the Wasm SchemaEngine, working around its 7.10.0 quirks.
import pg from 'pg';
import { connectionFields } from './pg-adapter.mjs';

/** Methods the Wasm engine implements with the same name and parameters as the native one. */
const PASS_THROUGH = new Set([
  'applyMigrations',
  'ensureConnectionValidity',
  'introspect',
  'introspectSql',
  'markMigrationApplied',
  'markMigrationRolledBack',
  'reset',
  'schemaPush',
]);

/** Methods handled below, besides the pass-through ones. */
const HANDLED = new Set([
  'devDiagnostic',
  'diagnoseMigrationHistory',
  'createMigration',
  'evaluateDataLoss',
  'diff',
  'getDatabaseVersion',
  'dbExecute',
  'createDatabase',
  'debugPanic',
]);

/** @param {string} method */
export function isKnownMethod(method) {
  return PASS_THROUGH.has(method) || HANDLED.has(method);
}

export class UnknownMethodError extends Error {
  /** @param {string} method */
  constructor(method) {
    super(method);
    this.method = method;
  }
}

/** @param {string} message @param {string} code */
function prismaError(message, code) {
  return Object.assign(new Error(message), { code });
}

/** @param {unknown} error */
function codeOf(error) {
  return error instanceof Error ? /** @type {{ code?: unknown }} */ (error).code : undefined;
}

/**
 * @param {{
 *   engine: any,
 *   mainUrl: string | undefined,
 *   print: (content: string) => Promise<void>,
 * }} options
 */
export function createEngineSession({ engine, mainUrl, print }) {
  const emptyFilters = { externalTables: [], externalEnums: [] };

  /** @param {any} migrationsList @param {any} filters */
  async function createMigrationsTable(migrationsList, filters) {
    await engine.applyMigrations({ migrationsList: { ...migrationsList, migrationDirectories: [] }, filters: filters ?? emptyFilters });
  }

  /** @param {any} params */
  async function devDiagnostic(params) {
    try {
      return await engine.devDiagnostic(params);
    } catch (error) {
      // On a database without `_prisma_migrations` the Wasm engine fails with P1014 instead of
      // treating the history as empty: create the table (only allowed on an empty schema), retry.
      if (codeOf(error) !== 'P1014') throw error;
      try {
        await createMigrationsTable(params.migrationsList, params.filters);
      } catch (applyError) {
        if (codeOf(applyError) !== 'P3005') throw applyError;
        return {
          action: {
            tag: 'reset',
            reason: 'The database schema is not empty and has no migration history (no `_prisma_migrations` table).',
          },
        };
      }
      return engine.devDiagnostic(params);
    }
  }

  /** @param {any} params */
  async function diagnoseMigrationHistory(params) {
    try {
      return await engine.diagnoseMigrationHistory(params);
    } catch (error) {
      if (codeOf(error) !== 'P1014') throw error;
      // What the native engine answers when the migrations table does not exist yet.
      const names = params.migrationsList.migrationDirectories.map((/** @type {{ path: string }} */ dir) => dir.path);
      return {
        editedMigrationNames: [],
        failedMigrationNames: [],
        hasMigrationsTable: false,
        history: names.length > 0 ? { diagnostic: 'databaseIsBehind', unappliedMigrationNames: names } : null,
      };
    }
  }

  /**
   * evaluateDataLoss and createMigration only find a shadow database when a devDiagnostic ran with
   * the same migrations list while the database was up to date with it (the engine keeps the shadow
   * schema that check computed). In `migrate dev` the CLI applies pending migrations after its
   * devDiagnostic, so diagnose again and retry once.
   * @param {'evaluateDataLoss' | 'createMigration'} method @param {any} params
   */
  async function withShadowSchema(method, params) {
    try {
      return await engine[method](params);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.includes('shadow DB must be provided through an external factory')) throw error;
      await devDiagnostic({ migrationsList: params.migrationsList, filters: params.filters ?? emptyFilters });
      return engine[method](params);
    }
  }

  /** @param {any} params */
  async function diff(params) {
    const result = await engine.diff(params);
    // The native engine hands the diff to the CLI to print, through a request of its own.
    // The CLI adds its own newline.
    if (typeof result.stdout === 'string' && result.stdout.length > 0) await print(result.stdout.replace(/\n$/, ''));
    return { exitCode: result.exitCode };
  }

  /** @param {string | undefined} url */
  function requireUrl(url) {
    if (!url) throw prismaError('No database URL is configured (set DATABASE_URL).', 'P1012');
    return url;
  }

  /** @param {any} params */
  function urlOfDatasource(params) {
    const target = params?.datasource ?? params?.datasourceType;
    if (target && (target.tag === 'ConnectionString' || target.tag === 'url') && typeof target.url === 'string') return target.url;
    return requireUrl(mainUrl);
  }

  /** adapter-pg would split the script on `;`: run it as one simple-protocol query. @param {any} params */
  async function dbExecute(params) {
    const client = new pg.Client(connectionFields(urlOfDatasource(params)));
    await client.connect();
    try {
      await client.query(params.script);
    } catch (error) {
      throw prismaError(error instanceof Error ? error.message : String(error), 'P1000');
    } finally {
      await client.end().catch(() => {});
    }
    return {};
  }

  /** @param {any} params */
  async function createDatabase(params) {
    const { createDatabase: create } = await import('./cli-commands.mjs');
    return { databaseName: await create(urlOfDatasource(params)) };
  }

  /**
   * @param {string} method
   * @param {any} params
   */
  async function handle(method, params) {
    if (!isKnownMethod(method)) throw new UnknownMethodError(method);
    if (PASS_THROUGH.has(method)) return engine[method](params);
    switch (method) {
      case 'devDiagnostic':
        return devDiagnostic(params);
      case 'diagnoseMigrationHistory':
        return diagnoseMigrationHistory(params);
      case 'createMigration':
      case 'evaluateDataLoss':
        return withShadowSchema(method, params);
      case 'diff':
        return diff(params);
      case 'getDatabaseVersion':
        return engine.version(params ?? undefined);
      case 'dbExecute':
        return dbExecute(params);
      case 'createDatabase':
        return createDatabase(params);
      case 'debugPanic':
        return engine.debugPanic();
      default:
        throw new UnknownMethodError(method);
    }
  }

  return { handle };
}
