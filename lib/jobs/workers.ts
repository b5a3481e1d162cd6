import 'server-only';
import { deliverOutboxMessage, findStalledOutboxIds } from '../mail/deliver';
import { startHoldWorkers } from '@/modules/availability/server/hold-jobs';
import { enqueueJob, ensureQueue } from './boss';
import { startTestDriveWorkers } from '@/modules/test-drives/server/workers';

/** Starts this instance's workers; every instance may run them (pg-boss hands each job to one). */
export async function startWorkers(): Promise<void> {
  const boss = await ensureQueue('outbox.deliver');
  await boss.work<{ id: string }>('outbox.deliver', { pollingIntervalSeconds: 2 }, async (jobs) => {
    for (const job of jobs) await deliverOutboxMessage(job.data.id);
  });
  await ensureQueue('outbox.sweep');
  await boss.schedule('outbox.sweep', '* * * * *', {}, { tz: 'Europe/Paris' });
  await boss.work('outbox.sweep', async () => {
    for (const id of await findStalledOutboxIds()) await enqueueJob('outbox.deliver', { id }, { singletonKey: id });
  });
  await startTestDriveWorkers();
  await startHoldWorkers();
}
