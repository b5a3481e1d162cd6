import 'server-only';
import { db } from '@/lib/db';
import type { Viewer } from '@/lib/session';
import { requireAdvisor } from './access';

export type QueueEntry = {
  id: string;
  status: 'waiting' | 'assigned';
  advisorId: string | null;
  advisorName: string | null;
  buyerName: string;
  isGuest: boolean;
  createdAt: string;
  /** When the buyer last wrote (the waiting time counts from there). */
  lastBuyerAt: string | null;
  lastText: string | null;
  unread: number;
  currentPage: string | null;
  followUp: 'live' | 'email' | 'callback';
  callbackAt: string | null;
  callbackPhone: string | null;
};

/** The advisors' live queue: waiting ones first come, first served, then those being answered. */
export async function advisorQueue(viewer: Viewer | null): Promise<QueueEntry[]> {
  requireAdvisor(viewer);
  const rows = await db.chatConversation.findMany({
    where: { status: { in: ['waiting', 'assigned'] }, dealershipId: null },
    orderBy: [{ createdAt: 'asc' }],
    take: 200,
    select: {
      id: true,
      status: true,
      advisorId: true,
      advisor: { select: { name: true } },
      owner: { select: { name: true, isAnonymous: true } },
      createdAt: true,
      lastSeq: true,
      advisorReadSeq: true,
      currentPage: true,
      followUp: true,
      callbackAt: true,
      callbackPhone: true,
      messages: { where: { authorRole: 'buyer' }, orderBy: { seq: 'desc' }, take: 1, select: { body: true, createdAt: true } },
    },
  });
  const entries = rows.map((row) => ({
    id: row.id,
    status: row.status as 'waiting' | 'assigned',
    advisorId: row.advisorId,
    advisorName: row.advisor?.name ?? null,
    buyerName: row.owner.isAnonymous ? '' : row.owner.name,
    isGuest: row.owner.isAnonymous === true,
    createdAt: row.createdAt.toISOString(),
    lastBuyerAt: row.messages[0]?.createdAt.toISOString() ?? null,
    lastText: row.messages[0]?.body.slice(0, 140) ?? null,
    unread: Math.max(0, row.lastSeq - row.advisorReadSeq),
    currentPage: row.currentPage,
    followUp: row.followUp,
    callbackAt: row.callbackAt?.toISOString() ?? null,
    callbackPhone: row.callbackPhone,
  }));
  return [...entries.filter((e) => e.status === 'waiting'), ...entries.filter((e) => e.status !== 'waiting')];
}

/** Who a conversation can be transferred to. */
export async function listAdvisors(viewer: Viewer | null): Promise<{ id: string; name: string }[]> {
  requireAdvisor(viewer);
  return db.user.findMany({ where: { role: 'advisor', isAnonymous: { not: true } }, select: { id: true, name: true }, orderBy: { name: 'asc' } });
}

export type RatedConversation = { id: string; closedAt: string | null; advisorName: string | null; buyerName: string; score: number; comment: string | null; messages: number };

/** For the advisors' manager (admin): the latest rated conversations, with their score and comment. */
export async function recentRatings(viewer: Viewer | null, take = 50): Promise<RatedConversation[]> {
  const manager = requireAdvisor(viewer);
  if (manager.role !== 'admin') return [];
  const rows = await db.chatConversation.findMany({
    where: { csatScore: { not: null } },
    orderBy: { closedAt: 'desc' },
    take,
    select: { id: true, closedAt: true, csatScore: true, csatComment: true, lastSeq: true, advisor: { select: { name: true } }, owner: { select: { name: true, isAnonymous: true } } },
  });
  return rows.map((r) => ({ id: r.id, closedAt: r.closedAt?.toISOString() ?? null, advisorName: r.advisor?.name ?? null, buyerName: r.owner.isAnonymous ? '' : r.owner.name, score: r.csatScore ?? 0, comment: r.csatComment, messages: r.lastSeq }));
}
