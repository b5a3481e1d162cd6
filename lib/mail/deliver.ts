import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import { db } from '../db';
import { env } from '../env';
import type { MailAttachment } from './render';

export const maxDeliveryAttempts = 5;

let transporter: Transporter | undefined;

function smtp(): Transporter | undefined {
  const url = env().SMTP_URL;
  if (!url) return undefined;
  transporter ??= nodemailer.createTransport(url);
  return transporter;
}

function parseAttachments(value: unknown): MailAttachment[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (a: unknown): a is MailAttachment =>
      typeof a === 'object' &&
      a !== null &&
      'filename' in a &&
      typeof a.filename === 'string' &&
      'contentType' in a &&
      typeof a.contentType === 'string' &&
      'content' in a &&
      typeof a.content === 'string',
  );
}

/**
 * Sends one outbox message. Throws on an SMTP failure so the job engine retries with backoff;
 * after the last attempt the message is marked failed with its error, never silently lost.
 */
export async function deliverOutboxMessage(id: string, transport: Transporter | undefined = smtp()): Promise<'sent' | 'kept' | 'skipped'> {
  const message = await db.outboxMessage.findUnique({ where: { id } });
  if (!message || message.status !== 'pending') return 'skipped';
  if (!transport) {
    await db.outboxMessage.update({ where: { id }, data: { status: 'kept', attempts: { increment: 1 } } });
    return 'kept';
  }
  try {
    await transport.sendMail({
      from: env().MAIL_FROM,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html ?? undefined,
      attachments: parseAttachments(message.attachments).map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
    });
    await db.outboxMessage.update({ where: { id }, data: { status: 'sent', sentAt: new Date(), attempts: { increment: 1 }, lastError: null } });
    return 'sent';
  } catch (error) {
    const attempts = message.attempts + 1;
    const lastError = error instanceof Error ? error.message.slice(0, 500) : String(error);
    await db.outboxMessage.update({
      where: { id },
      data: { attempts, lastError, status: attempts >= maxDeliveryAttempts ? 'failed' : 'pending' },
    });
    if (attempts >= maxDeliveryAttempts) return 'skipped';
    throw error;
  }
}

/** Pending messages whose delivery job was lost (crash between insert and enqueue). */
export async function findStalledOutboxIds(olderThanMs = 60_000): Promise<string[]> {
  const rows = await db.outboxMessage.findMany({
    where: { status: 'pending', createdAt: { lt: new Date(Date.now() - olderThanMs) } },
    select: { id: true },
    take: 100,
    orderBy: { createdAt: 'asc' },
  });
  return rows.map((r) => r.id);
}
