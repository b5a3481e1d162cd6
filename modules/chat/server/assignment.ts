import 'server-only';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import type { Viewer } from '@/lib/session';
import { withinAdvisorHours } from '../rules';
import { chatFanout } from './fanout';

/** An advisor is online while their console has been seen this recently (it beats every 20 s). */
export const ONLINE_WINDOW_MS = 60_000;

/** How long an advisor may be gone (console closed, network lost) before their conversations go back to the queue. */
export const REQUEUE_GRACE_MS = 5 * 60_000;

/** Called by the advisor console's stream: marks the advisor online, and re-queues what advisors gone too long left behind. */
export async function advisorHeartbeat(advisorId: string, now: Date = new Date()): Promise<void> {
  await db.chatAdvisorPresence.upsert({ where: { advisorId }, create: { advisorId, lastSeenAt: now, maxConcurrent: env().CHAT_MAX_CONCURRENT }, update: { lastSeenAt: now } });
  await requeueAbandoned(now);
}

/**
 * Conversations of advisors offline for longer than the grace period return to the queue
 * (first come, first served again). One UPDATE: concurrent sweeps from several consoles or
 * instances re-queue each conversation once.
 */
export async function requeueAbandoned(now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - ONLINE_WINDOW_MS - REQUEUE_GRACE_MS);
  const moved = await db.$executeRaw`
    UPDATE chat_conversation c SET status = 'waiting', "advisorId" = NULL
    FROM chat_advisor_presence p
    WHERE c."advisorId" = p."advisorId" AND c.status = 'assigned' AND p."lastSeenAt" < ${cutoff}`;
  if (moved > 0) await chatFanout().publish({ t: 'queue' });
  return moved;
}

/**
 * The console closed: offline at once (another open console of theirs beats again within 15 s);
 * the re-queue grace period starts now.
 */
export async function advisorLeft(advisorId: string, now: Date = new Date()): Promise<void> {
  await db.chatAdvisorPresence.updateMany({ where: { advisorId, lastSeenAt: { gt: new Date(now.getTime() - ONLINE_WINDOW_MS) } }, data: { lastSeenAt: new Date(now.getTime() - ONLINE_WINDOW_MS) } });
}

/**
 * Seen within the window around `now`: the upper bound tolerates instances' clock skew and keeps a
 * test pinned at another date from counting the presence other tests write at the real time.
 */
const onlineAt = (now: Date) => ({ gte: new Date(now.getTime() - ONLINE_WINDOW_MS), lte: new Date(now.getTime() + ONLINE_WINDOW_MS) });

export async function onlineAdvisorCount(now: Date = new Date()): Promise<number> {
  return db.chatAdvisorPresence.count({ where: { lastSeenAt: onlineAt(now) } });
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
    where: { lastSeenAt: onlineAt(now) },
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

/**
 * The advisors' manager (admin) sets how many live conversations an advisor is given
 * automatically (CHAT_MAX_CONCURRENT until then). A soft limit: assignment skips an advisor at
 * it, but they may still claim more from the queue themselves.
 */
export async function setAdvisorLimit(viewer: Viewer | null, advisorId: string, maxConcurrent: number, now: Date = new Date()): Promise<void> {
  if (!viewer || viewer.isGuest || viewer.role !== 'admin') throw new AppError('FORBIDDEN', 'The advisors\' manager only.');
  if (!Number.isInteger(maxConcurrent) || maxConcurrent < 1 || maxConcurrent > 50) throw new AppError('VALIDATION_FAILED', 'A limit from 1 to 50.', { reason: 'LIMIT_OUT_OF_RANGE' });
  const advisor = await db.user.findFirst({ where: { id: advisorId, role: { in: ['advisor', 'admin'] } }, select: { id: true } });
  if (!advisor) throw new AppError('NOT_FOUND', 'No such advisor.', { reason: 'ADVISOR_NOT_FOUND' });
  // Never seen yet: a presence row long offline, so setting a limit does not make them "online".
  await db.chatAdvisorPresence.upsert({ where: { advisorId }, create: { advisorId, lastSeenAt: new Date(now.getTime() - 2 * ONLINE_WINDOW_MS), maxConcurrent }, update: { maxConcurrent } });
}
