import 'server-only';
import { ensureQueue } from '@/lib/jobs/boss';
import { recordJourneyEvents } from './record';

/** The journey.record worker: batches of events, one insert per batch. */
export async function startJourneyWorkers(): Promise<void> {
  const boss = await ensureQueue('journey.record');
  await boss.work<unknown>('journey.record', { pollingIntervalSeconds: 2, batchSize: 50 }, async (jobs) => {
    await recordJourneyEvents(jobs.map((job) => job.data));
  });
}
