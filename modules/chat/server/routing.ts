import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Viewer } from '@/lib/session';
import { conversationFor, requireAdvisor } from './access';
import { chatFanout } from './fanout';
import { appendMessage } from './messages';

/**
 * Hands a conversation to a dealership's staff (the showroom that will deliver, the one near the
 * buyer): from then on its staff answer it from /dealer, the advisor no longer does. Only the
 * advisor who has it (or an admin) routes it; the conditional UPDATE makes a route racing a
 * transfer or a close end with one outcome.
 */
export async function routeToDealership(viewer: Viewer | null, id: string, dealershipId: string, now: Date = new Date()): Promise<void> {
  const advisor = requireAdvisor(viewer);
  const { row } = await conversationFor(advisor, id);
  if (row.advisorId !== advisor.id && advisor.role !== 'admin') throw new AppError('CONFLICT', 'Not your conversation.', { reason: 'NOT_ASSIGNED_TO_YOU' });
  const dealership = await db.dealership.findUnique({ where: { id: dealershipId }, select: { id: true, name: true } });
  if (!dealership) throw new AppError('NOT_FOUND', 'No such dealership.', { reason: 'DEALERSHIP_NOT_FOUND' });
  const moved = await db.chatConversation.updateMany({
    where: { id, status: { not: 'closed' }, advisorId: row.advisorId, dealershipId: null },
    data: { status: 'assigned', advisorId: null, dealershipId: dealership.id, routedAt: now },
  });
  if (moved.count !== 1) throw new AppError('CONFLICT', 'The conversation changed meanwhile.', { reason: 'CONVERSATION_CHANGED' });
  await appendMessage(id, { authorId: advisor.id, authorRole: 'system', authorName: dealership.name, kind: 'transfer', body: dealership.name });
  await chatFanout().publish({ t: 'state', c: id });
}

export type DealerConversation = {
  id: string;
  status: 'waiting' | 'assigned' | 'closed';
  buyerName: string;
  lastText: string | null;
  lastAt: string | null;
  unread: number;
  routedAt: string | null;
};

/** The conversations routed to the viewer's dealership, open ones first (dealer staff only; nothing for anyone else). */
export async function dealershipConversations(viewer: Viewer | null): Promise<DealerConversation[]> {
  if (!viewer || viewer.isGuest || !viewer.dealershipId || (viewer.role !== 'dealer_staff' && viewer.role !== 'dealer_manager')) return [];
  const rows = await db.chatConversation.findMany({
    where: { dealershipId: viewer.dealershipId },
    orderBy: [{ routedAt: 'desc' }],
    take: 100,
    select: {
      id: true,
      status: true,
      lastSeq: true,
      advisorReadSeq: true,
      routedAt: true,
      owner: { select: { name: true, isAnonymous: true } },
      messages: { where: { authorRole: 'buyer', kind: 'text' }, orderBy: { seq: 'desc' }, take: 1, select: { body: true, createdAt: true } },
    },
  });
  const entries = rows.map((row) => ({
    id: row.id,
    status: row.status,
    buyerName: row.owner.isAnonymous ? '' : row.owner.name,
    lastText: row.messages[0]?.body.slice(0, 140) ?? null,
    lastAt: row.messages[0]?.createdAt.toISOString() ?? null,
    unread: Math.max(0, row.lastSeq - row.advisorReadSeq),
    routedAt: row.routedAt?.toISOString() ?? null,
  }));
  return [...entries.filter((e) => e.status !== 'closed'), ...entries.filter((e) => e.status === 'closed')];
}

/** One routed conversation for a dealer page: 404 unless routed to the viewer's own dealership (advisors use /advisor). */
export async function dealerConversation(viewer: Viewer | null, id: string) {
  const { row } = await conversationFor(viewer, id);
  if (!viewer || row.dealershipId === null || viewer.dealershipId !== row.dealershipId) throw new AppError('NOT_FOUND', 'No such conversation.', { reason: 'CONVERSATION_NOT_FOUND' });
  return { id: row.id, status: row.status };
}
