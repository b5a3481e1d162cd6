import 'server-only';
import { deliverOutboxMessage, findStalledOutboxIds } from '../mail/deliver';
import { startHoldWorkers } from '@/modules/availability/server/hold-jobs';
import { removeIdleGuests } from '@/modules/customers/guest-cleanup';
import { db } from '../db';
import { env } from '../env';
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
  // Daily: guests idle for GUEST_IDLE_DAYS with nothing attached (modules/customers/guest-cleanup.ts).
  await ensureQueue('guests.cleanup');
  await boss.schedule('guests.cleanup', '30 4 * * *', {}, { tz: 'Europe/Paris' });
  await boss.work('guests.cleanup', async () => {
    const removed = await removeIdleGuests(db, new Date(), env().GUEST_IDLE_DAYS);
    if (removed > 0) console.log(`[jobs] removed ${removed} idle guest identities`);
  });
  await startTestDriveWorkers();
  await startHoldWorkers();
}
