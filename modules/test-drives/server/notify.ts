import 'server-only';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { enqueueJob } from '@/lib/jobs/boss';
import { enqueueMail, type OutgoingMail } from '@/lib/mail/outbox';
import { cancellationMail, confirmationMail, reminderMail, surveyMail, type MailDrive } from '../mails';
import { signManageToken, signSurveyToken } from '../token';
import { driveInclude, type DriveRow } from './queries';

export type ReminderJob = { driveId: string; hoursBefore: 24 | 2; start: string };

/** Outgoing side effects, replaceable in tests (mail and jobs need the job engine). */
export const testDriveEffects = {
  sendMail: (mail: OutgoingMail): Promise<unknown> => enqueueMail(mail),
  scheduleReminder: (job: ReminderJob, startAfter: Date): Promise<unknown> => enqueueJob('test-drive.reminder', job, { startAfter, singletonKey: `${job.driveId}:${job.hoursBefore}:${job.start}` }),
};

export function manageUrl(row: { id: string; manageTokenVersion: number; manageNonce: string }): string {
  const token = signManageToken(env().BETTER_AUTH_SECRET, { id: row.id, version: row.manageTokenVersion, nonce: row.manageNonce });
  return `${env().APP_URL}/test-drive/manage/${token}`;
}

export function surveyUrl(row: { id: string; manageNonce: string }): string {
  return `${env().APP_URL}/test-drive/survey/${signSurveyToken(env().BETTER_AUTH_SECRET, { id: row.id, nonce: row.manageNonce })}`;
}

function mailDrive(row: DriveRow): MailDrive {
  const d = row.dealership;
  return {
    id: row.id,
    reference: row.reference,
    kind: row.kind,
    modelCode: row.modelCode,
    start: row.startsAt,
    end: row.endsAt,
    timeZone: d.timeZone,
    locale: row.locale === 'en' ? 'en' : 'fr',
    driverEmail: row.driverEmail,
    driverFirstName: row.driverFirstName,
    dealershipName: d.name,
    dealershipAddress: `${d.street}, ${d.postalCode} ${d.city}`,
    homeAddress: row.homeStreet ? `${row.homeStreet}, ${row.homePostalCode ?? ''} ${row.homeCity ?? ''}` : null,
    sequence: row.manageTokenVersion - 1,
  };
}

async function scheduleReminders(row: DriveRow, now: Date): Promise<void> {
  for (const hoursBefore of [24, 2] as const) {
    const at = new Date(row.startsAt.getTime() - hoursBefore * 3_600_000);
    if (at.getTime() <= now.getTime()) continue;
    try {
      await testDriveEffects.scheduleReminder({ driveId: row.id, hoursBefore, start: row.startsAt.toISOString() }, at);
    } catch (error) {
      console.error('[test-drives] could not schedule a reminder', error);
    }
  }
}

export async function notifyBooked(row: DriveRow, now: Date, moved = false): Promise<void> {
  await testDriveEffects.sendMail(confirmationMail(mailDrive(row), manageUrl(row), moved));
  await scheduleReminders(row, now);
}

export async function notifyCancelled(row: DriveRow): Promise<void> {
  await testDriveEffects.sendMail(cancellationMail(mailDrive(row)));
}

export async function sendSurvey(row: DriveRow, now: Date): Promise<void> {
  await testDriveEffects.sendMail(surveyMail(mailDrive(row), surveyUrl(row)));
  await db.testDrive.update({ where: { id: row.id }, data: { surveySentAt: now } });
}

/**
 * The reminder job: sends only if the drive is still scheduled at the time the job was planned
 * for (a moved drive has new jobs of its own) and this reminder was not sent yet.
 */
export async function runReminder(job: ReminderJob, now: Date = new Date()): Promise<'sent' | 'skipped'> {
  const row = await db.testDrive.findUnique({ where: { id: job.driveId }, include: driveInclude });
  if (!row || row.status !== 'scheduled' || row.startsAt.toISOString() !== job.start || row.startsAt.getTime() <= now.getTime()) return 'skipped';
  const field = job.hoursBefore === 24 ? 'reminder24hSentAt' : 'reminder2hSentAt';
  const claimed = await db.testDrive.updateMany({ where: { id: row.id, status: 'scheduled', startsAt: row.startsAt, [field]: null }, data: { [field]: now } });
  if (claimed.count === 0) return 'skipped';
  await testDriveEffects.sendMail(reminderMail(mailDrive(row), manageUrl(row), job.hoursBefore));
  return 'sent';
}
