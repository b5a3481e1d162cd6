import 'server-only';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { ensureQueue } from '@/lib/jobs/boss';
import { removeIdleGuests } from '../guest-cleanup';

/** Daily: guests idle for GUEST_IDLE_DAYS with nothing attached are removed (see guest-cleanup.ts). */
export async function startGuestCleanupWorker(): Promise<void> {
  const boss = await ensureQueue('guests.cleanup');
  await boss.schedule('guests.cleanup', '30 4 * * *', {}, { tz: 'Europe/Paris' });
  await boss.work('guests.cleanup', async () => {
    const removed = await removeIdleGuests(db, new Date(), env().GUEST_IDLE_DAYS);
    if (removed > 0) console.log(`[jobs] removed ${removed} idle guest identities`);
  });
}
