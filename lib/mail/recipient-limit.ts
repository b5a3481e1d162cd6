import 'server-only';
import type { PrismaClient } from '@/generated/prisma/client';
import { env } from '../env';
import type { LimitRule } from '../http/rate-limit';

/**
 * Mails a stranger can send to any address (a magic link, a test-drive confirmation, move or
 * cancellation for a driver e-mail they typed) are limited per recipient: a script booked 100
 * drives for one address in 2 s and a book+cancel loop sent 40 mails. 10 an hour is far above what
 * one person's own bookings produce. Past it the message is kept in the outbox as `failed` with
 * RECIPIENT_LIMIT and not delivered: the booking itself still succeeds (its page and manage link
 * work), only the flood stops. Reminders and surveys follow a real drive and are not limited.
 */
export const MAIL_PER_RECIPIENT: LimitRule = { name: 'mail-recipient', points: 10, windowSeconds: 3600 };
export const STRANGER_TRIGGERED_KINDS: ReadonlySet<string> = new Set(['auth.magic-link', 'auth.verify-email', 'auth.existing-account', 'test-drive.confirmed', 'test-drive.moved', 'test-drive.cancelled']);

/**
 * Counts the mail against its recipient; false when the recipient had their share this hour.
 * One atomic upsert on abuse_counter (the limiter's table and row layout), run on the caller's
 * client: inside a booking's transaction the count commits or rolls back with the booking, and on
 * the embedded database (one connection) it cannot wait for a second connection.
 */
export async function recipientMayReceive(client: Pick<PrismaClient, '$queryRaw'>, kind: string, to: string): Promise<boolean> {
  if (!STRANGER_TRIGGERED_KINDS.has(kind)) return true;
  const key = `${MAIL_PER_RECIPIENT.name}:to:${to.trim().toLowerCase()}`;
  const now = Date.now();
  const expire = now + MAIL_PER_RECIPIENT.windowSeconds * 1000;
  const rows = await client.$queryRaw<{ points: number }[]>`
    INSERT INTO abuse_counter (key, points, expire) VALUES (${key}, 1, ${expire})
    ON CONFLICT (key) DO UPDATE SET
      points = CASE WHEN abuse_counter.expire <= ${now} THEN 1 ELSE abuse_counter.points + 1 END,
      expire = CASE WHEN abuse_counter.expire <= ${now} THEN ${expire} ELSE abuse_counter.expire END
    RETURNING points`;
  const allowed = Math.max(1, Math.round(MAIL_PER_RECIPIENT.points * env().RATE_LIMIT_FACTOR));
  return (rows[0]?.points ?? 0) <= allowed;
}
