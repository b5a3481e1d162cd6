import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db';
import { deliverOutboxMessage, maxDeliveryAttempts } from './deliver';
import { enqueueMail } from './outbox';
import { magicLinkMail } from './templates';
import { startMailWorkers } from '../jobs/workers';
import { boss } from '../jobs/boss';

type Received = { to: string[]; raw: string };
const received: Received[] = [];
let rejectAll = false;

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onRcptTo(_address, _session, callback) {
    if (rejectAll) return callback(new Error('Mailbox unavailable'));
    callback();
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
      callback();
    });
  },
});
let port = 0;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  port = address.port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await (await boss()).stop({ graceful: false, wait: true });
});

const transport = () => nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });

describe('outbox delivery', () => {
  it('sends a pending message over SMTP with its attachment and marks it sent', async () => {
    const id = await enqueueMail({
      kind: 'test.ics',
      to: 'Buyer@Example.org',
      subject: 'Votre essai',
      text: 'Bonjour',
      attachments: [{ filename: 'essai.ics', contentType: 'text/calendar', content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR' }],
    });
    expect(await deliverOutboxMessage(id, transport())).toBe('sent');
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe('sent');
    expect(row.sentAt).not.toBeNull();
    const mail = received.find((r) => r.raw.includes('Votre essai'));
    expect(mail?.to).toEqual(['buyer@example.org']);
    expect(mail?.raw).toContain('essai.ics');
    // A second delivery of the same row (duplicate job) sends nothing.
    expect(await deliverOutboxMessage(id, transport())).toBe('skipped');
    expect(received.filter((r) => r.raw.includes('Votre essai'))).toHaveLength(1);
  });

  it('keeps the message pending with its error while retries remain, then marks it failed', async () => {
    rejectAll = true;
    const id = await enqueueMail(magicLinkMail('nobody@example.org', 'http://localhost:3000/x'));
    for (let attempt = 1; attempt < maxDeliveryAttempts; attempt++) {
      await expect(deliverOutboxMessage(id, transport())).rejects.toThrow();
      const row = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ status: 'pending', attempts: attempt });
      expect(row.lastError).toContain('Mailbox unavailable');
    }
    expect(await deliverOutboxMessage(id, transport())).toBe('skipped');
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'failed', attempts: maxDeliveryAttempts });
    rejectAll = false;
  });

  it('keeps messages in the outbox when no SMTP server is configured', async () => {
    const id = await enqueueMail(magicLinkMail('demo@example.org', 'http://localhost:3000/y'));
    expect(await deliverOutboxMessage(id, undefined)).toBe('kept');
    expect((await db.outboxMessage.findUniqueOrThrow({ where: { id } })).status).toBe('kept');
  });

  it('delivers through the job engine: a queued message is processed by a worker', async () => {
    await startMailWorkers();
    const id = await enqueueMail(magicLinkMail('queued@example.org', 'http://localhost:3000/z'));
    await expect
      .poll(async () => (await db.outboxMessage.findUniqueOrThrow({ where: { id } })).status, { timeout: 30_000, interval: 250 })
      .toBe('kept');
  });
});
