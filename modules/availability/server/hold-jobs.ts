import 'server-only';
import { db } from '@/lib/db';
import { enqueueJob, ensureQueue } from '@/lib/jobs/boss';
import { HOLD_SWEEP_CRON } from '../holds';
import { expireDueHolds, expireHold, type Hold } from './holds';

/** One job per hold, due at its expiry; the sweep catches any that was lost. */
export async function scheduleHoldExpiry(hold: Pick<Hold, 'id' | 'expiresAt'>): Promise<void> {
  await enqueueJob('holds.expire', { id: hold.id }, { startAfter: hold.expiresAt, singletonKey: hold.id });
}

export async function startHoldWorkers(): Promise<void> {
  const boss = await ensureQueue('holds.expire');
  await boss.work<{ id: string }>('holds.expire', { pollingIntervalSeconds: 5 }, async (jobs) => {
    for (const job of jobs) await expireHold(db, job.data.id, new Date());
  });
  await ensureQueue('holds.sweep');
  await boss.schedule('holds.sweep', HOLD_SWEEP_CRON, {}, { tz: 'Europe/Paris' });
  await boss.work('holds.sweep', async () => {
    await expireDueHolds(db, new Date());
  });
}
