import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Viewer } from '@/lib/session';
import { actorFromViewer, bookDrive, proposeSlots, type BookDriveInput } from '@/modules/test-drives/server';
import type { SlotsPayload } from '../types';
import { conversationFor, requireAdvisor, type ConversationRow } from './access';
import { appendMessage } from './messages';

/** The advisor the conversation is assigned to, acting in it (rich messages are theirs). */
export async function assignedAdvisor(viewer: Viewer | null, id: string): Promise<{ advisor: Viewer; row: ConversationRow }> {
  const advisor = requireAdvisor(viewer);
  const { row } = await conversationFor(advisor, id);
  if (row.advisorId !== advisor.id) throw new AppError('CONFLICT', 'Claim the conversation first.', { reason: 'NOT_ASSIGNED_TO_YOU' });
  if (row.status === 'closed') throw new AppError('CONFLICT', 'This conversation is closed.', { reason: 'CONVERSATION_CLOSED' });
  return { advisor, row };
}

/**
 * A configuration link (the configurator's query string is the whole car): opens exactly that
 * car. With `push`, the buyer's open configurator also offers to apply it — on their consent only.
 */
export async function pushConfiguration(viewer: Viewer | null, id: string, input: { href: string; text: string; push?: boolean }): Promise<number> {
  const { advisor } = await assignedAdvisor(viewer, id);
  if (!/^\/(configure\/[a-z0-9-]+\?[^\s]*|g\/[A-Za-z0-9-]+)$/.test(input.href)) throw new AppError('VALIDATION_FAILED', 'Not a configuration link.', { reason: 'NOT_A_CONFIGURATION' });
  const push = input.push === true && input.href.startsWith('/configure/');
  return appendMessage(id, { authorId: advisor.id, authorRole: 'advisor', authorName: advisor.name, kind: 'configuration', body: input.text, payload: push ? { href: input.href, push } : { href: input.href } });
}

/** Free slots computed by the test-drive module's slot engine, offered in the thread. */
export async function offerSlots(viewer: Viewer | null, id: string, input: { dealershipId: string; modelCode: string; text: string }, now: Date = new Date()): Promise<number> {
  const { advisor, row } = await assignedAdvisor(viewer, id);
  // Not the times the buyer already drives (they could not book them).
  const proposal = await proposeSlots(actorFromViewer(advisor), { dealershipId: input.dealershipId, modelCode: input.modelCode, kind: 'showroom', durationMinutes: 45, count: 4, buyerUserId: row.ownerId }, now);
  if (proposal.slots.length === 0) throw new AppError('CONFLICT', 'No free slot in the coming days.', { reason: 'NO_SLOTS' });
  const payload: SlotsPayload = { dealershipId: input.dealershipId, modelCode: input.modelCode, kind: 'showroom', slots: proposal.slots.map((s) => ({ start: s.start, end: s.end })), advisorId: advisor.id };
  return appendMessage(id, { authorId: advisor.id, authorRole: 'advisor', authorName: advisor.name, kind: 'slots', body: input.text, payload });
}

/**
 * The buyer books one of the slots offered in their conversation: checked against the stored
 * offer (a start that was not offered is refused), then booked through the test-drive module's
 * own booking with the buyer's identity (same checks as on the web), channel chat, proposed by
 * the advisor who offered it. The drive then shows in the dealership's calendar like any other.
 */
export async function bookOfferedSlot(viewer: Viewer | null, id: string, input: { seq: number; start: string; driver: BookDriveInput['driver'] }, now: Date = new Date()) {
  const { side, row } = await conversationFor(viewer, id);
  if (side !== 'buyer' || !viewer) throw new AppError('NOT_FOUND', 'No such conversation.', { reason: 'CONVERSATION_NOT_FOUND' });
  const offer = await db.chatMessage.findUnique({ where: { conversationId_seq: { conversationId: id, seq: input.seq } }, select: { kind: true, payload: true } });
  const payload = offer?.kind === 'slots' ? (offer.payload as SlotsPayload | null) : null;
  const slot = payload?.slots.find((s) => new Date(s.start).getTime() === new Date(input.start).getTime());
  if (!payload || !slot) throw new AppError('NOT_FOUND', 'This slot was not offered.', { reason: 'SLOT_NOT_OFFERED' });
  const booked = await bookDrive(
    actorFromViewer(viewer),
    { dealershipId: payload.dealershipId, modelCode: payload.modelCode, kind: payload.kind, start: slot.start, driver: input.driver, locale: row.locale === 'en' ? 'en' : 'fr' },
    now,
    undefined,
    { proposedByUserId: payload.advisorId },
  );
  await appendMessage(id, { authorId: viewer.id, authorRole: 'buyer', authorName: null, kind: 'booking', body: booked.drive.reference, payload: { reference: booked.drive.reference, start: booked.drive.start, proposedBy: payload.advisorId } });
  return { reference: booked.drive.reference, start: booked.drive.start };
}
