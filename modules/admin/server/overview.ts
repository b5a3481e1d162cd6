import 'server-only';
import { db } from '@/lib/db';

/** The admin home's counters. */
export async function adminCounts(): Promise<{ dealerships: number; stock: number; pendingMail: number }> {
  const [dealerships, stock, pendingMail] = await Promise.all([
    db.dealership.count(),
    db.stockVehicle.count(),
    db.outboxMessage.count({ where: { status: { in: ['pending', 'kept'] } } }),
  ]);
  return { dealerships, stock, pendingMail };
}

/** The latest mails of the outbox, optionally to one address (the demo's "mailbox"). */
export async function recentOutboxMessages(to: string | undefined, take = 50) {
  return db.outboxMessage.findMany({
    where: to ? { to } : undefined,
    orderBy: { createdAt: 'desc' },
    take,
    select: { id: true, to: true, subject: true, status: true, createdAt: true, text: true },
  });
}
