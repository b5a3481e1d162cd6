import 'server-only';
import { pruneIdempotencyKeys } from '../http/idempotency';
import { deliverOutboxMessage, findStalledOutboxIds } from '../mail/deliver';
import { enqueueJob, ensureQueue } from './boss';

/**
 * Starts this instance's mail workers; every instance may run them (pg-boss hands each job to one).
 * The modules' own workers are started beside these by instrumentation.ts: lib/ never imports modules/.
 */
export async function startMailWorkers(): Promise<void> {
  const boss = await ensureQueue('outbox.deliver');
  // Up to 20 messages per fetch: after an outage (or a burst of bookings) a backlog drains in a
  // fraction of the round trips, and each message is still delivered and marked on its own.
  await boss.work<{ id: string }>('outbox.deliver', { pollingIntervalSeconds: 2, batchSize: 20 }, async (jobs) => {
    for (const job of jobs) await deliverOutboxMessage(job.data.id);
  });
  await ensureQueue('outbox.sweep');
  await boss.schedule('outbox.sweep', '* * * * *', {}, { tz: 'Europe/Paris' });
  await boss.work('outbox.sweep', async () => {
    for (const id of await findStalledOutboxIds()) await enqueueJob('outbox.deliver', { id }, { singletonKey: id });
  });
}

/** Housekeeping of the request pipeline: idempotency keys past their retention, hourly. */
export async function startPipelineWorkers(): Promise<void> {
  const boss = await ensureQueue('idempotency.prune');
  await boss.schedule('idempotency.prune', '17 * * * *', {}, { tz: 'Europe/Paris' });
  await boss.work('idempotency.prune', async () => {
    await pruneIdempotencyKeys(new Date());
  });
}
