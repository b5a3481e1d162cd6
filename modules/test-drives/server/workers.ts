import 'server-only';
import { ensureQueue } from '@/lib/jobs/boss';
import { runDuplicateNotice, runReminder, sweepDuplicateNotices, type ReminderJob } from './notify';

export async function startTestDriveWorkers(): Promise<void> {
  const boss = await ensureQueue('test-drive.reminder');
  await boss.work<ReminderJob>('test-drive.reminder', { pollingIntervalSeconds: 5 }, async (jobs) => {
    for (const job of jobs) await runReminder(job.data);
  });
  // One job per drive a guest merge cancelled; without a drive, the sweep (every ten minutes).
  const notices = await ensureQueue('test-drive.duplicate-cancelled');
  await notices.work<{ driveId?: string }>('test-drive.duplicate-cancelled', { pollingIntervalSeconds: 5 }, async (jobs) => {
    for (const job of jobs) await (job.data.driveId ? runDuplicateNotice(job.data.driveId) : sweepDuplicateNotices());
  });
  await notices.schedule('test-drive.duplicate-cancelled', '*/10 * * * *', {}, { tz: 'Europe/Paris' });
}
