import 'server-only';
import { pool } from '@/lib/db';
import { env } from '@/lib/env';
import { ensureQueue } from '@/lib/jobs/boss';
import { recordJourneyEvents } from './record';
import { applyRetention } from './retention';
import { rollupUntilToday } from './rollup';

/** The journey.record worker (batches of events, one insert per batch), the rollup and the retention jobs. */
export async function startJourneyWorkers(): Promise<void> {
  const boss = await ensureQueue('journey.record');
  await boss.work<unknown>('journey.record', { pollingIntervalSeconds: 2, batchSize: 50 }, async (jobs) => {
    await recordJourneyEvents(jobs.map((job) => job.data));
  });
  // Every 15 minutes: complete days since the watermark (yesterday again), and today's customer summaries.
  await ensureQueue('journey.rollup');
  await boss.schedule('journey.rollup', '*/15 * * * *', {}, { tz: 'Europe/Paris' });
  await boss.work('journey.rollup', async () => {
    await rollupUntilToday(pool(), new Date());
  });
  await ensureQueue('journey.retention');
  await boss.schedule('journey.retention', '40 3 * * *', {}, { tz: 'Europe/Paris' });
  await boss.work('journey.retention', async () => {
    await applyRetention(pool(), new Date(), env().JOURNEY_RETENTION_DAYS);
  });
}
