import 'server-only';
import { db } from '@/lib/db';
import { withinAdvisorHours } from '../rules';

/** An advisor is online while their console has been seen this recently (it beats every 20 s). */
export const ONLINE_WINDOW_MS = 60_000;

/** Called by the advisor console's stream: marks the advisor online. */
export async function advisorHeartbeat(advisorId: string, now: Date = new Date()): Promise<void> {
  await db.chatAdvisorPresence.upsert({ where: { advisorId }, create: { advisorId, lastSeenAt: now }, update: { lastSeenAt: now } });
}

/** The console closed: offline at once (another open console of theirs beats again within 15 s). */
export async function advisorLeft(advisorId: string): Promise<void> {
  await db.chatAdvisorPresence.updateMany({ where: { advisorId }, data: { lastSeenAt: new Date(0) } });
}

export async function onlineAdvisorCount(now: Date = new Date()): Promise<number> {
  return db.chatAdvisorPresence.count({ where: { lastSeenAt: { gte: new Date(now.getTime() - ONLINE_WINDOW_MS) } } });
}

/** Whether a buyer can expect a live answer: within hours and someone online. */
export async function liveAvailable(now: Date = new Date()): Promise<boolean> {
  return withinAdvisorHours(now) && (await onlineAdvisorCount(now)) > 0;
}

/**
 * The advisor a new conversation goes to: the buyer's previous advisor when online and under
 * their limit, else the online advisor with the fewest open conversations under their limit;
 * null leaves it in the queue (first come, first served). Advisors are never given one while offline.
 */
export async function pickAdvisor(now: Date, previousAdvisorId: string | null): Promise<{ id: string } | null> {
  const online = await db.chatAdvisorPresence.findMany({
    where: { lastSeenAt: { gte: new Date(now.getTime() - ONLINE_WINDOW_MS) } },
    select: { advisorId: true, maxConcurrent: true },
  });
  if (online.length === 0) return null;
  const loads = await db.chatConversation.groupBy({ by: ['advisorId'], where: { status: 'assigned', advisorId: { in: online.map((a) => a.advisorId) } }, _count: { _all: true } });
  const load = new Map(loads.map((l) => [l.advisorId, l._count._all]));
  const free = online.filter((a) => (load.get(a.advisorId) ?? 0) < a.maxConcurrent);
  const previous = free.find((a) => a.advisorId === previousAdvisorId);
  if (previous) return { id: previous.advisorId };
  const best = free.sort((a, b) => (load.get(a.advisorId) ?? 0) - (load.get(b.advisorId) ?? 0) || a.advisorId.localeCompare(b.advisorId))[0];
  return best ? { id: best.advisorId } : null;
}
