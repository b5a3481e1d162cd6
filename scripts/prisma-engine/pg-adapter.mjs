// The driver adapter the Wasm schema engine talks through: @prisma/adapter-pg with the fixes the
// schema engine needs (see /work/shared/platform-notes.md, "Prisma 7 offline").
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { PrismaPg } from '@prisma/adapter-pg';
import { ColumnTypeEnum } from '@prisma/driver-adapter-utils';
import pg from 'pg';

const require = createRequire(import.meta.url);
// pg's own URL parser, so shadow connections read the URL exactly as pg would.
const { parse: parseConnectionString } = createRequire(require.resolve('pg'))('pg-connection-string');

const CHAR_OID = 18;
const TEXT_OID = 25;
/** Marks a row-description field that Postgres sent as `"char"`. */
const WAS_CHAR = Symbol('wasChar');

/**
 * adapter-pg cannot map Postgres' internal `"char"` type (pg_constraint.contype and friends, read
 * by the schema describer): it throws "Column type 'char' could not be deserialized". Listening on
 * the connection before the client attaches its own listeners lets us rewrite the row description
 * first: the value is read as text, and the field remembers it was a `"char"`.
 */
export class CharAsTextClient extends pg.Client {
  /** @param {pg.ClientConfig} config */
  constructor(config) {
    super(config);
    // `connection` is pg's internal protocol connection.
    this.connection.on('rowDescription', (/** @type {{ fields: Record<string | symbol, unknown>[] }} */ message) => {
      for (const field of message.fields) {
        if (field.dataTypeID === CHAR_OID) {
          field.dataTypeID = TEXT_OID;
          field[WAS_CHAR] = true;
        }
      }
    });
  }
}

/**
 * Text is not enough: the describer reads `contype` with `as_char` and panics on a text value
 * (any CHECK or EXCLUDE constraint, and PostgreSQL 18's NOT NULL ones). So `"char"` columns are
 * reported with adapter column type Character. The rows array links performIO's pg result
 * (which has the fields) to queryRaw's answer.
 * @param {any} queryable a PrismaPgAdapter or one of its transactions
 */
function withCharColumns(queryable) {
  /** @type {WeakMap<object, number[]>} */
  const charColumns = new WeakMap();
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (/** @type {unknown} */ query) => {
    const result = await performIO(query);
    const indexes = (result?.fields ?? []).flatMap((/** @type {Record<symbol, unknown>} */ field, /** @type {number} */ i) => (field[WAS_CHAR] ? [i] : []));
    if (indexes.length > 0) charColumns.set(result.rows, indexes);
    return result;
  };
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (/** @type {unknown} */ query) => {
    const result = await queryRaw(query);
    for (const i of charColumns.get(result.rows) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

/**
 * The adapter with our fixes. adapter-pg's executeScript splits scripts on `;`, which breaks `$$`
 * bodies and string literals: send the whole script as one simple-protocol query instead.
 * @param {any} adapter a PrismaPgAdapter
 */
function patched(adapter) {
  withCharColumns(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (/** @type {unknown[]} */ ...args) => withCharColumns(await startTransaction(...args));
  adapter.executeScript = async (/** @type {string} */ script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}

/** @param {string} url */
export function connectionFields(url) {
  /** @type {Record<string, unknown>} */
  const fields = {};
  for (const [key, value] of Object.entries(parseConnectionString(url))) {
    if (value !== undefined && value !== null && key !== 'connectionString' && key !== 'schema') fields[key] = value;
  }
  return fields;
}

/** Prisma's `?schema=` URL parameter, which the engine reads through the adapter. @param {string} url */
function schemaOf(url) {
  try {
    return new URL(url).searchParams.get('schema') ?? undefined;
  } catch {
    return undefined;
  }
}

/** @param {string} name */
function quoteIdent(name) {
  return `"${name.replaceAll('"', '""')}"`;
}

/** @param {pg.PoolConfig} config @param {number} max @param {string | undefined} schema */
function adapterFor(config, max, schema) {
  return new PrismaPg({ ...config, max, Client: CharAsTextClient }, schema ? { schema } : undefined);
}

/**
 * A throwaway database on the main server. adapter-pg's own `connectToShadowDb` drops it while its
 * pool is still open ("being accessed by other users") and builds the shadow pool from the main
 * connection string, which wins over `database`: so we pass fields and close the pool first.
 * @param {string} url
 * @param {Set<() => Promise<void>>} cleanups
 */
async function serverShadow(url, cleanups) {
  const admin = new pg.Client({ ...connectionFields(url) });
  await admin.connect();
  const database = `prisma_migrate_shadow_db_${randomUUID().replaceAll('-', '')}`;
  let adapter;
  try {
    await admin.query(`CREATE DATABASE ${quoteIdent(database)}`);
    adapter = patched(await adapterFor({ ...connectionFields(url), database }, 4, schemaOf(url)).connect());
  } catch (error) {
    await admin.end().catch(() => {});
    throw error;
  }
  const closePool = adapter.dispose.bind(adapter);
  let dropped = false;
  const drop = async () => {
    if (dropped) return;
    dropped = true;
    cleanups.delete(drop);
    await closePool().catch(() => {});
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)}`);
    } catch (error) {
      // 55006: a connection we do not control is still open; PG 13+ can end it for us.
      if (/** @type {{ code?: string }} */ (error).code !== '55006') throw error;
      await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
    } finally {
      await admin.end().catch(() => {});
    }
  };
  cleanups.add(drop);
  adapter.dispose = drop;
  return adapter;
}

const EMPTY_DATABASE_SQL = `DO $$
DECLARE s record;
BEGIN
  FOR s IN SELECT nspname FROM pg_namespace
    WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'
  LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', s.nspname);
  END LOOP;
  CREATE SCHEMA IF NOT EXISTS public;
END $$;`;

/**
 * Shadow databases from in-memory PGlite. Starting one takes seconds and the engine opens several
 * in a row (never two at once), so one instance is emptied and handed out again.
 * @param {Set<() => Promise<void>>} cleanups
 */
function pgliteShadows(cleanups) {
  /** @type {Promise<{ connection: object, close(): Promise<void> }> | undefined} */
  let serverPromise;
  let inUse = false;
  return async function connect() {
    if (inUse) throw new Error('The engine asked for a second PGlite shadow database while one is open.');
    inUse = true;
    try {
      if (!serverPromise) {
        // Loaded on demand: PGlite is heavy and most runs use a server shadow.
        serverPromise = import('./pglite-server.mjs').then(({ startInMemoryPglite }) => startInMemoryPglite());
        const close = async () => {
          cleanups.delete(close);
          await (await serverPromise)?.close();
        };
        cleanups.add(close);
      }
      const server = await serverPromise;
      // PGlite runs one backend: a single pooled connection keeps session state coherent.
      const adapter = patched(await adapterFor(server.connection, 1, undefined).connect());
      await adapter.executeScript(EMPTY_DATABASE_SQL);
      const closePool = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        inUse = false;
        await closePool();
      };
      return adapter;
    } catch (error) {
      inUse = false;
      throw error;
    }
  };
}

/**
 * A user-given shadow database is emptied, as the native engine does, and never dropped.
 * @param {string} shadowUrl
 */
async function configuredShadow(shadowUrl) {
  const adapter = patched(await adapterFor(connectionFields(shadowUrl), 4, schemaOf(shadowUrl)).connect());
  await adapter.executeScript(EMPTY_DATABASE_SQL);
  return adapter;
}

/**
 * Stands for the main database when none is configured, so that schema-only work (a diff between
 * two schemas) runs offline without a database, as with the native engine. The engine's start-up
 * probe gets a fixed answer; any other query fails with a clear message.
 * @param {() => Error} missingUrl
 */
function unconfiguredAdapter(missingUrl) {
  const fail = async () => {
    throw missingUrl();
  };
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    async queryRaw(/** @type {{ sql: string }} */ query) {
      if (!/\bversion\(\)/.test(query.sql) || !query.sql.includes('server_version_num')) return fail();
      return {
        columnNames: ['exists', 'version', 'numeric_version'],
        columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
        rows: [[true, 'PostgreSQL 15.0 (no database configured)', 150000]],
      };
    },
    executeRaw: fail,
    executeScript: fail,
    startTransaction: fail,
    getConnectionInfo: () => ({ schemaName: undefined, supportsRelationJoins: true }),
    dispose: async () => {},
  };
}

/**
 * @typedef {{
 *   url: string | undefined,
 *   shadowDatabaseUrl?: string | undefined,
 *   shadow?: 'server' | 'pglite',
 *   poolMax?: number,
 * }} AdapterOptions
 */

/**
 * The migration-aware adapter factory handed to the Wasm engine (before binding).
 * `cleanup()` drops any shadow database still open, for an orderly exit.
 * @param {AdapterOptions} options
 */
export function createPgAdapterFactory({ url, shadowDatabaseUrl, shadow = 'server', poolMax = 4 }) {
  /** @type {Set<() => Promise<void>>} */
  const cleanups = new Set();
  const main = url ? adapterFor(connectionFields(url), poolMax, schemaOf(url)) : null;
  const pgliteShadow = pgliteShadows(cleanups);
  const missingUrl = () =>
    new Error(
      'No database URL: set DATABASE_URL (read by prisma.config.ts `datasource.url`) to use a command that needs the database.',
    );
  return {
    provider: /** @type {const} */ ('postgres'),
    adapterName: '@prisma/adapter-pg',
    async connect() {
      // Without a URL the engine still starts: schema-only work (diff between schemas) needs no database.
      if (!main) return unconfiguredAdapter(missingUrl);
      return patched(await main.connect());
    },
    async connectToShadowDb() {
      if (shadow === 'pglite') return pgliteShadow();
      if (shadowDatabaseUrl) {
        if (url && shadowDatabaseUrl === url) {
          throw new Error('The shadow database URL is the same as the main database URL: it would be wiped. Use another database.');
        }
        return configuredShadow(shadowDatabaseUrl);
      }
      if (!url) throw missingUrl();
      return serverShadow(url, cleanups);
    },
    async cleanup() {
      for (const drop of [...cleanups]) await drop().catch(() => {});
    },
  };
}
