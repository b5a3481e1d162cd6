import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { isTransient } from '@/lib/db-errors';

export type Tx = Prisma.TransactionClient;

/** Attempts of one booking transaction when PostgreSQL reports a deadlock or a serialization failure. */
export const MAX_TRANSACTION_ATTEMPTS = 5;

/**
 * Under a storm, a transaction may wait for a pool connection (or, on the embedded database, for
 * the single backend) behind many others: give it time rather than fail a request that would
 * succeed a moment later.
 */
const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An interactive transaction with the waits above. */
export function transaction<R>(fn: (tx: Tx) => Promise<R>): Promise<R> {
  return db.$transaction(fn, TRANSACTION_OPTIONS);
}

/**
 * Runs `attempt` again when the database aborted its transaction for a transient reason (40P01
 * deadlock, 40001 serialization failure), reading fresh data each time. The claim protocol in
 * claim.ts leaves no deadlock between bookings; this is the safety net that keeps a rare one
 * (another writer, a future code path) from becoming a 500. The back-off is jittered so that the
 * retried requests do not collide again.
 */
export async function retryTransient<T>(attempt: () => Promise<T>): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (n >= MAX_TRANSACTION_ATTEMPTS || !isTransient(error)) throw error;
      await pause(Math.random() * 20 * n);
    }
  }
}
