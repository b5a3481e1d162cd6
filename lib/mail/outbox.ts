import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '../db';
import { enqueueJob } from '../jobs/boss';
import { recipientMayReceive } from './recipient-limit';
import type { MailAttachment } from './render';

export type OutgoingMail = {
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
};

/** The app's client or an interactive transaction's. */
export type OutboxClient = Prisma.TransactionClient;

/**
 * Every e-mail is first written to the outbox table, then delivered by a job; a lost job is
 * picked up again by the periodic sweep, so a message is never dropped between the two.
 *
 * With `tx`, the row is written inside the caller's transaction, so the message exists if and
 * only if the change it announces (a booking, a cancellation) commits. The delivery job is then
 * NOT requested here: the job engine works on its own connection and would not see the
 * uncommitted row (on the embedded database it would even wait behind the transaction for the
 * single connection). Call `requestDelivery(id)` after the commit; if that is lost, the sweep
 * delivers the message within a minute or two.
 */
export async function enqueueMail(mail: OutgoingMail, options: { tx?: OutboxClient } = {}): Promise<string> {
  const client = options.tx ?? db;
  // Counted on the same client (inside the caller's transaction when there is one): see recipient-limit.ts.
  const allowed = await recipientMayReceive(client, mail.kind, mail.to);
  const row = await client.outboxMessage.create({
    data: {
      kind: mail.kind,
      to: mail.to.toLowerCase(),
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      attachments: mail.attachments ?? undefined,
      ...(allowed ? {} : { status: 'failed' as const, lastError: 'RECIPIENT_LIMIT' }),
    },
    select: { id: true },
  });
  if (!options.tx && allowed) await requestDelivery(row.id);
  return row.id;
}

/** Asks the job engine to deliver a committed outbox message now; never throws (the sweep is the fallback). */
export async function requestDelivery(id: string): Promise<void> {
  try {
    await enqueueJob('outbox.deliver', { id }, { singletonKey: id });
  } catch (error) {
    console.error('[outbox] could not enqueue delivery; the sweep will retry', error);
  }
}
