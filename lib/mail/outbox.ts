import 'server-only';
import { db } from '../db';
import { enqueueJob } from '../jobs/boss';
import type { MailAttachment } from './render';

export type OutgoingMail = {
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
};

/**
 * Every e-mail is first written to the outbox table, then delivered by a job; a lost job is
 * picked up again by the periodic sweep, so a message is never dropped between the two.
 */
export async function enqueueMail(mail: OutgoingMail): Promise<string> {
  const row = await db.outboxMessage.create({
    data: {
      kind: mail.kind,
      to: mail.to.toLowerCase(),
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      attachments: mail.attachments ?? undefined,
    },
    select: { id: true },
  });
  try {
    await enqueueJob('outbox.deliver', { id: row.id }, { singletonKey: row.id });
  } catch (error) {
    console.error('[outbox] could not enqueue delivery; the sweep will retry', error);
  }
  return row.id;
}
