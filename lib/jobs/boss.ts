import 'server-only';
import PgBoss from 'pg-boss';
import { pool } from '../db';

type BossGlobals = { virageBoss?: Promise<PgBoss> };
const globals = globalThis as BossGlobals;

/**
 * The job engine: pg-boss on the app's own PostgreSQL (or the embedded PGlite), through the
 * process's shared pool so that PGlite sees a single connection. Several app instances on one
 * PostgreSQL share the queues; pg-boss's SKIP LOCKED fetch gives each job to one worker.
 */
export function boss(): Promise<PgBoss> {
  globals.virageBoss ??= (async () => {
    const shared = pool();
    const instance = new PgBoss({
      db: { executeSql: async (text, values) => shared.query(text, values) },
      schema: 'pgboss',
    });
    instance.on('error', (error) => console.error('[jobs]', error));
    await instance.start();
    return instance;
  })();
  return globals.virageBoss;
}

export type JobName =
  | 'journey.record'
  | 'outbox.deliver'
  | 'outbox.sweep'
  | 'holds.expire'
  | 'holds.sweep'
  | 'test-drive.reminder'
  | 'test-drive.duplicate-cancelled'
  | 'guests.cleanup'
  | 'orders.payment-deadline'
  | 'orders.sweep'
  | 'idempotency.prune'
  | 'stock.arrivals'
  | 'surveys.invite'
  | 'journey.rollup'
  | 'journey.retention';

const createdQueues = new Set<string>();

export async function ensureQueue(name: JobName): Promise<PgBoss> {
  const instance = await boss();
  if (!createdQueues.has(name)) {
    await instance.createQueue(name, { name, retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 });
    createdQueues.add(name);
  }
  return instance;
}

export async function enqueueJob(name: JobName, data: object, options: PgBoss.SendOptions = {}): Promise<string | null> {
  const instance = await ensureQueue(name);
  return instance.send(name, data, options);
}
