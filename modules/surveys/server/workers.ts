import 'server-only';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { ensureQueue } from '@/lib/jobs/boss';
import { requestDelivery } from '@/lib/mail/outbox';
import { dueSurveys, sendDueSurveys } from './invite';

/** One sweep: finds the surveys that came due and sends each once (safe on every instance at once). */
export async function runSurveySweep(now: Date = new Date()): Promise<number> {
  const config = env();
  const mailIds = await sendDueSurveys(db, await dueSurveys(db, now, config.SURVEY_DELAY_MINUTES), { secret: config.BETTER_AUTH_SECRET, appUrl: config.APP_URL });
  for (const id of mailIds) await requestDelivery(id);
  return mailIds.length;
}

/** Every minute: the steps are read from their own records, so nothing calls the surveys inline. */
export async function startSurveyWorkers(): Promise<void> {
  const boss = await ensureQueue('surveys.invite');
  await boss.schedule('surveys.invite', '* * * * *', {}, { tz: 'Europe/Paris' });
  await boss.work('surveys.invite', async () => {
    await runSurveySweep();
  });
}
