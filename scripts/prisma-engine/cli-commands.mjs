// `schema-engine --datasource {...} cli <command>`: the CLI's one-shot checks before migrate/db
// commands. Done with plain `pg`, mapping failures to the Prisma error codes the CLI acts on.
import pg from 'pg';
import { connectionFields } from './pg-adapter.mjs';

/** @param {string} url */
function describeServer(url) {
  const fields = connectionFields(url);
  const host = typeof fields.host === 'string' ? fields.host : 'localhost';
  const port = fields.port ? String(fields.port) : '5432';
  const database = typeof fields.database === 'string' ? fields.database : '';
  const user = typeof fields.user === 'string' ? fields.user : '';
  return { host, port, database, user };
}

/**
 * A pg/socket failure as the Prisma error the native engine would report.
 * @param {unknown} error
 * @param {string} url
 */
export function toPrismaConnectionError(error, url) {
  const { host, port, database, user } = describeServer(url);
  const code = /** @type {{ code?: unknown }} */ (error ?? {}).code;
  const reason = error instanceof Error ? error.message : String(error);
  switch (code) {
    case '3D000':
      return { errorCode: 'P1003', message: `Database \`${database}\` does not exist on the database server at \`${host}:${port}\`.` };
    case '28P01':
    case '28000':
      return {
        errorCode: 'P1000',
        message: `Authentication failed against database server at \`${host}\`, the provided database credentials for \`${user}\` are not valid.`,
      };
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EHOSTUNREACH':
    case 'ETIMEDOUT':
      return { errorCode: 'P1001', message: `Can't reach database server at \`${host}:${port}\`\n\n${reason}` };
    case '42P04':
      return { errorCode: 'P1009', message: `Database \`${database}\` already exists on the database server at \`${host}:${port}\`` };
    case '42501':
      return { errorCode: 'P1010', message: `User \`${user}\` was denied access on the database \`${database}\`: ${reason}` };
    default:
      return { errorCode: null, message: reason };
  }
}

/** @param {pg.ClientConfig} config */
async function withClient(config, /** @type {(client: pg.Client) => Promise<void>} */ work) {
  const client = new pg.Client({ ...config, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** @param {string} url */
export async function canConnectToDatabase(url) {
  await withClient(connectionFields(url), async (client) => {
    await client.query('SELECT 1');
  });
}

/**
 * Creates the database named in `url`, connecting to the server's `postgres` database (or
 * `template1`) to do so. Returns the database name.
 * @param {string} url
 */
export async function createDatabase(url) {
  const fields = connectionFields(url);
  const name = typeof fields.database === 'string' && fields.database.length > 0 ? fields.database : null;
  if (!name) throw Object.assign(new Error('The database URL names no database to create.'), { code: 'P1013' });
  let lastError;
  for (const maintenance of ['postgres', 'template1']) {
    if (maintenance === name) continue;
    try {
      await withClient({ ...fields, database: maintenance }, async (client) => {
        await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
      });
      return name;
    } catch (error) {
      lastError = error;
      // Only fall back when the maintenance database itself is missing.
      if (/** @type {{ code?: unknown }} */ (error).code !== '3D000') break;
    }
  }
  const { errorCode, message } = toPrismaConnectionError(lastError, url);
  throw Object.assign(new Error(message), { code: errorCode ?? undefined });
}
