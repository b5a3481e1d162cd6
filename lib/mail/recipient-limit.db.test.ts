import { afterAll, describe, expect, it } from 'vitest';
import { db, pool } from '../db';
import { enqueueMail } from './outbox';
import { MAIL_PER_RECIPIENT } from './recipient-limit';

afterAll(async () => {
  await pool().end();
});

const mail = (kind: string, to: string) => ({ kind, to, subject: 's', text: 't' });

describe('mails a stranger can trigger, per recipient', () => {
  it('a book+cancel loop to one address delivers 10 an hour and keeps the rest undelivered', async () => {
    const to = `Victim.${Date.now()}@example.org`;
    for (let i = 0; i < 8; i++) {
      await enqueueMail(mail('test-drive.confirmed', to));
      await enqueueMail(mail('test-drive.cancelled', to.toLowerCase()));
    }
    const rows = await db.outboxMessage.findMany({ where: { to: to.toLowerCase() }, select: { status: true, lastError: true } });
    expect(rows).toHaveLength(16);
    expect(rows.filter((r) => r.lastError === 'RECIPIENT_LIMIT' && r.status === 'failed')).toHaveLength(16 - MAIL_PER_RECIPIENT.points);
  });

  it('does not limit mails that follow a real drive (reminders, surveys)', async () => {
    const to = `driver.${Date.now()}@example.org`;
    for (let i = 0; i < 12; i++) await enqueueMail(mail('test-drive.reminder-24h', to));
    expect(await db.outboxMessage.count({ where: { to, lastError: 'RECIPIENT_LIMIT' } })).toBe(0);
  });
});
