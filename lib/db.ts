import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '@/generated/prisma/client';
import { env } from './env';

type DbGlobals = { virageDb?: PrismaClient; viragePool?: pg.Pool };
const globals = globalThis as DbGlobals;

/**
 * One pg pool per process, shared by Prisma and the job engine. On the embedded PGlite every
 * connection reaches the same single backend and concurrent extended-protocol queries from
 * different connections can be interleaved, so the pool is one connection there.
 */
export function pool(): pg.Pool {
  if (!globals.viragePool) {
    const config = env();
    const max = config.DATABASE_POOL_MAX ?? (config.VIRAGE_EMBEDDED_DB === '1' ? 1 : 10);
    globals.viragePool = new pg.Pool({ connectionString: config.DATABASE_URL, max });
  }
  return globals.viragePool;
}

export function database(): PrismaClient {
  globals.virageDb ??= new PrismaClient({ adapter: new PrismaPg(pool()) });
  return globals.virageDb;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = database();
    const value: unknown = Reflect.get(client, property, client);
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(client) : value;
  },
});

/** For the health check: whether the database answers a trivial query. */
export async function databaseReachable(): Promise<boolean> {
  try {
    await db.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
