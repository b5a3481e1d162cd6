import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '@/generated/prisma/client';

export type { PrismaClient };

/** A Prisma client over its own pg pool, for scripts, seeds and tests (the app uses lib/db.ts). */
export function createPrismaClient(connectionString: string, poolMax = 1): { db: PrismaClient; pool: pg.Pool; close(): Promise<void> } {
  const pool = new pg.Pool({ connectionString, max: poolMax });
  const db = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    db,
    pool,
    async close() {
      await db.$disconnect();
      await pool.end();
    },
  };
}
