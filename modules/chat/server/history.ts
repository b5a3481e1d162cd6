import 'server-only';
import { db } from '@/lib/db';

export type ConversationSummary = {
  id: string;
  status: 'waiting' | 'assigned' | 'closed';
  createdAt: Date;
  closedAt: Date | null;
  advisorName: string | null;
  messages: number;
  lastMessage: string | null;
  csatScore: number | null;
};

/** The buyer's conversations, newest first, for their own space (identity-based: the owner). */
export async function conversationsOf(ownerId: string, take = 20): Promise<ConversationSummary[]> {
  const rows = await db.chatConversation.findMany({
    where: { ownerId },
    orderBy: { createdAt: 'desc' },
    take,
    select: {
      id: true,
      status: true,
      createdAt: true,
      closedAt: true,
      lastSeq: true,
      csatScore: true,
      advisor: { select: { name: true } },
      messages: { where: { kind: { in: ['text', 'callback_outcome'] } }, orderBy: { seq: 'desc' }, take: 1, select: { body: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    createdAt: row.createdAt,
    closedAt: row.closedAt,
    advisorName: row.advisor?.name ?? null,
    messages: row.lastSeq,
    lastMessage: row.messages[0]?.body.slice(0, 160) ?? null,
    csatScore: row.csatScore,
  }));
}
