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
      currentPage: true,
      dealershipId: true,
      advisor: { select: { name: true } },
      dealership: { select: { name: true } },
    },
  });
}

/** Staff of a dealership (staff or manager) signed in with their own account. */
export const isDealerStaffOf = (viewer: Viewer | null, dealershipId: string | null): boolean =>
  viewer !== null && !viewer.isGuest && dealershipId !== null && viewer.dealershipId === dealershipId && (viewer.role === 'dealer_staff' || viewer.role === 'dealer_manager');

/**
 * A conversation as `viewer` may see it: the identity that opened it (guest or account), an
 * advisor, or the staff of the dealership it was routed to. Anyone else, a browser without the
 * owner's session or another dealership's staff included, gets the same 404 as for a
 * conversation that does not exist, so ids cannot be probed.
 */
export async function conversationFor(viewer: Viewer | null, id: string): Promise<{ row: ConversationRow; side: 'buyer' | 'advisor' }> {
  const row = viewer ? await findConversation(id) : null;
  if (row && viewer && row.ownerId === viewer.id) return { row, side: 'buyer' };
  if (row && (isAdvisor(viewer) || isDealerStaffOf(viewer, row.dealershipId))) return { row, side: 'advisor' };
  throw new AppError('NOT_FOUND', 'No such conversation.', { reason: 'CONVERSATION_NOT_FOUND' });
}

/**
 * Who answers on the staff side: the advisor it is assigned to, or, once routed to a
 * dealership, that dealership's staff. Others may read (advisors) but not write.
 */
export function answersFor(viewer: Viewer | null, row: ConversationRow): boolean {
  if (!viewer) return false;
  if (row.dealershipId) return isDealerStaffOf(viewer, row.dealershipId);
  return row.advisorId === viewer.id;
}

export function requireAdvisor(viewer: Viewer | null): Viewer {
  if (!viewer || viewer.isGuest) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  if (!isAdvisor(viewer)) throw new AppError('FORBIDDEN', 'Advisors only.');
  return viewer;
}
