import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Viewer } from '@/lib/session';

/** Advisors answer the chat; admins (the advisors' manager) may too. */
export const isAdvisor = (viewer: Viewer | null): viewer is Viewer => viewer !== null && !viewer.isGuest && (viewer.role === 'advisor' || viewer.role === 'admin');

export type ConversationRow = NonNullable<Awaited<ReturnType<typeof findConversation>>>;

function findConversation(id: string) {
  return db.chatConversation.findUnique({
    where: { id },
    select: {
      id: true,
      ownerId: true,
      status: true,
      advisorId: true,
      lastSeq: true,
      buyerReadSeq: true,
      advisorReadSeq: true,
      followUp: true,
      csatScore: true,
      contactEmail: true,
      locale: true,
      advisor: { select: { name: true } },
    },
  });
}

/**
 * A conversation as `viewer` may see it: the identity that opened it (guest or account), or an
 * advisor. Anyone else, a browser without the owner's session included, gets the same 404 as for
 * a conversation that does not exist, so ids cannot be probed.
 */
export async function conversationFor(viewer: Viewer | null, id: string): Promise<{ row: ConversationRow; side: 'buyer' | 'advisor' }> {
  const row = viewer ? await findConversation(id) : null;
  if (row && viewer && row.ownerId === viewer.id) return { row, side: 'buyer' };
  if (row && isAdvisor(viewer)) return { row, side: 'advisor' };
  throw new AppError('NOT_FOUND', 'No such conversation.', { reason: 'CONVERSATION_NOT_FOUND' });
}

export function requireAdvisor(viewer: Viewer | null): Viewer {
  if (!viewer || viewer.isGuest) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  if (!isAdvisor(viewer)) throw new AppError('FORBIDDEN', 'Advisors only.');
  return viewer;
}
