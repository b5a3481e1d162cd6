import 'server-only';
import { surveysRefused } from '@/modules/surveys/server';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { DUPLICATE_BOOKING } from '@/lib/guest-merge';
import { enqueueJob } from '@/lib/jobs/boss';
import { enqueueMail, requestDelivery, type OutboxClient, type OutgoingMail } from '@/lib/mail/outbox';
import { cancellationMail, confirmationMail, reminderMail, surveyMail, type MailDrive } from '../mails';
import { signManageToken, signSurveyToken } from '../token';
import { driveInclude, type DriveRow } from './queries';
import { transaction } from './transaction';

export type ReminderJob = { driveId: string; hoursBefore: 24 | 2; start: string };

/** Outgoing side effects, replaceable in tests (delivery and reminders need the job engine). */
export const testDriveEffects = {
  /** Writes an e-mail to the outbox within `client`'s transaction; returns the message id. */
  writeMail: (client: OutboxClient, mail: OutgoingMail): Promise<string> => enqueueMail(mail, { tx: client }),
  /** After the commit: delivery now rather than at the next outbox sweep. */
  deliverMail: (id: string): Promise<void> => requestDelivery(id),
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
    trimCode: row.trimCode,
    appUrl: env().APP_URL,
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

/**
 * Reminder jobs are scheduled after the commit, outside the booking's transaction: the job engine
 * writes through its own connection (which would not see the uncommitted drive, and on the
 * embedded database would wait behind the transaction for the single connection). That is safe
 * both ways: a job is only ever created for a committed drive, and runReminder re-reads the drive
 * and sends nothing unless it is still scheduled at that start. A job lost to a crash right after
 * the commit costs a reminder, never a booking or its confirmation (that one is in the outbox).
 */
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

/** The confirmation of a new or moved drive, written in the booking's transaction. */
export function writeBookedMail(tx: OutboxClient, row: DriveRow, moved = false): Promise<string> {
  return testDriveEffects.writeMail(tx, confirmationMail(mailDrive(row), manageUrl(row), moved));
}

export function writeCancelledMail(tx: OutboxClient, row: DriveRow): Promise<string> {
  return testDriveEffects.writeMail(tx, cancellationMail(mailDrive(row)));
}

/** After a booking or move committed: deliver its confirmation, plan its reminders. */
export async function afterBooked(row: DriveRow, mailId: string, now: Date): Promise<void> {
  await testDriveEffects.deliverMail(mailId);
  await scheduleReminders(row, now);
}

/** The survey mail and the drive's `surveySentAt` commit together. */
export async function sendSurvey(row: DriveRow, now: Date): Promise<void> {
  // An address that refused surveys (link in any survey e-mail, or /account) gets none, this one included.
  if (await surveysRefused(row.driverEmail)) return;
  const mailId = await transaction(async (tx) => {
    await tx.testDrive.update({ where: { id: row.id }, data: { surveySentAt: now } });
    return testDriveEffects.writeMail(tx, surveyMail(mailDrive(row), surveyUrl(row)));
  });
  await testDriveEffects.deliverMail(mailId);
}

/**
 * The reminder job: sends only if the drive is still scheduled at the time the job was planned
 * for (a moved drive has new jobs of its own) and this reminder was not sent yet. The "sent" mark
 * and the mail commit together, so a failure leaves neither and the job's retry sends it.
 */
export async function runReminder(job: ReminderJob, now: Date = new Date()): Promise<'sent' | 'skipped'> {
  const row = await db.testDrive.findUnique({ where: { id: job.driveId }, include: driveInclude });
  if (!row || row.status !== 'scheduled' || row.startsAt.toISOString() !== job.start || row.startsAt.getTime() <= now.getTime()) return 'skipped';
  const field = job.hoursBefore === 24 ? 'reminder24hSentAt' : 'reminder2hSentAt';
  const mailId = await transaction(async (tx) => {
    const claimed = await tx.testDrive.updateMany({ where: { id: row.id, status: 'scheduled', startsAt: row.startsAt, [field]: null }, data: { [field]: now } });
    if (claimed.count === 0) return null;
    return testDriveEffects.writeMail(tx, reminderMail(mailDrive(row), manageUrl(row), job.hoursBefore));
  });
  if (mailId === null) return 'skipped';
  await testDriveEffects.deliverMail(mailId);
  return 'sent';
}

/**
 * Tells the driver of a drive cancelled as the same buyer's duplicate (by a guest joining their
 * account, lib/guest-merge.ts, or by the migration that brought the rule) why it was cancelled.
 * The mark and the mail commit together, so a retried job or a second sweep sends it once; a
 * drive already past is only marked.
 */
export async function runDuplicateNotice(driveId: string, now: Date = new Date()): Promise<'sent' | 'skipped'> {
  const mailId = await transaction(async (tx) => {
    const marked = await tx.testDrive.updateMany({ where: { id: driveId, status: 'cancelled', cancelReason: DUPLICATE_BOOKING }, data: { cancelReason: `${DUPLICATE_BOOKING}_notified` } });
    if (marked.count === 0) return null;
    const row = await tx.testDrive.findUniqueOrThrow({ where: { id: driveId }, include: driveInclude });
    return row.startsAt > now ? testDriveEffects.writeMail(tx, cancellationMail(mailDrive(row), true)) : null;
  });
  if (mailId === null) return 'skipped';
  await testDriveEffects.deliverMail(mailId);
  return 'sent';
}

/** The sweep behind the per-drive jobs: every duplicate whose driver has not been told yet. */
export async function sweepDuplicateNotices(now: Date = new Date()): Promise<number> {
  const pending = await db.testDrive.findMany({ where: { status: 'cancelled', cancelReason: DUPLICATE_BOOKING }, select: { id: true }, take: 200 });
  let sent = 0;
  for (const { id } of pending) if ((await runDuplicateNotice(id, now)) === 'sent') sent++;
  return sent;
}
