import 'server-only';
import { db } from '@/lib/db';
import { classifyDbError } from '@/lib/db-errors';
import { AppError } from '@/lib/errors';
import { trackJourney } from '@/modules/journey/server';
import { catalogue } from '@/modules/catalog';
import type { Viewer } from '@/lib/session';
import type { ConversationView } from '../types';
import { answersFor, conversationFor, requireAdvisor, type ConversationRow } from './access';
import { pickAdvisor } from './assignment';
import { chatFanout } from './fanout';
import { appendMessage, messagesAfter } from './messages';

const viewOf = (row: ConversationRow): ConversationView => ({
  id: row.id,
  status: row.status,
  advisorName: row.dealership?.name ?? row.advisor?.name ?? null,
  dealershipName: row.dealership?.name ?? null,
  lastSeq: row.lastSeq,
  buyerReadSeq: row.buyerReadSeq,
  advisorReadSeq: row.advisorReadSeq,
  followUp: row.followUp,
  csatScore: row.csatScore,
});

export async function conversationView(viewer: Viewer | null, id: string) {
  const { row, side } = await conversationFor(viewer, id);
  return { conversation: viewOf(row), side, messages: await messagesAfter(id, 0) };
}

/** The buyer's current conversation (the open one, else the last closed one still awaiting a rating), or null. */
export async function currentConversationOf(viewer: Viewer | null) {
  if (!viewer) return null;
  const latest = await db.chatConversation.findFirst({ where: { ownerId: viewer.id }, orderBy: { createdAt: 'desc' }, select: { id: true } });
  return latest ? conversationView(viewer, latest.id) : null;
}

/**
 * Opens the buyer's conversation with a first message, or adds the message to the one already
 * open (two tabs asking at once meet the partial unique index: one creates, the other appends).
 * A returning buyer goes back to their previous advisor when that advisor is available.
 */
export async function openConversation(owner: Viewer, input: { text: string; page?: string; locale: 'fr' | 'en' }, now: Date = new Date()): Promise<string> {
  const existing = await db.chatConversation.findFirst({ where: { ownerId: owner.id, status: { not: 'closed' } }, select: { id: true } });
  let id = existing?.id;
  if (!id) {
    const previous = await db.chatConversation.findFirst({ where: { ownerId: owner.id, advisorId: { not: null } }, orderBy: { createdAt: 'desc' }, select: { advisorId: true } });
    const advisor = await pickAdvisor(now, previous?.advisorId ?? null);
    try {
      const created = await db.chatConversation.create({
        data: {
          ownerId: owner.id,
          locale: input.locale,
          currentPage: input.page ?? null,
          contextAt: input.page ? now : null,
          ...(advisor ? { status: 'assigned' as const, advisorId: advisor.id, claimedAt: now } : {}),
        },
        select: { id: true },
      });
      id = created.id;
    } catch (error) {
      if (classifyDbError(error) !== 'unique') throw error;
      const raced = await db.chatConversation.findFirst({ where: { ownerId: owner.id, status: { not: 'closed' } }, select: { id: true } });
      if (!raced) throw error;
      id = raced.id;
    }
  }
  await appendMessage(id, { authorId: owner.id, authorRole: 'buyer', authorName: owner.isGuest ? null : owner.name, kind: 'text', body: input.text });
  await chatFanout().publish({ t: 'queue' });
  if (!existing) trackJourney({ channel: 'chat', step: 'chat', userId: owner.id, subjectRef: id }, now);
  return id;
}

export async function postMessage(viewer: Viewer | null, id: string, text: string): Promise<number> {
  const { row, side } = await conversationFor(viewer, id);
  if (side === 'advisor' && !answersFor(viewer, row)) throw new AppError('CONFLICT', 'Claim the conversation first.', { reason: 'NOT_ASSIGNED_TO_YOU' });
  return appendMessage(id, { authorId: viewer?.id ?? null, authorRole: side, authorName: side === 'advisor' ? (viewer?.name ?? null) : null, kind: 'text', body: text });
}

/** Claims a waiting conversation: the conditional UPDATE makes two advisors claiming at once end with one winner. */
export async function claimConversation(viewer: Viewer | null, id: string, now: Date = new Date()): Promise<void> {
  const advisor = requireAdvisor(viewer);
  await conversationFor(advisor, id);
  const won = await db.chatConversation.updateMany({ where: { id, status: 'waiting' }, data: { status: 'assigned', advisorId: advisor.id, claimedAt: now } });
  if (won.count !== 1) throw new AppError('CONFLICT', 'Another advisor has this conversation.', { reason: 'ALREADY_CLAIMED' });
  await appendMessage(id, { authorId: advisor.id, authorRole: 'system', authorName: advisor.name, kind: 'transfer', body: advisor.name });
  await chatFanout().publish({ t: 'state', c: id });
}

/** Hands an assigned conversation to another advisor (only its advisor, or an admin, may). */
export async function transferConversation(viewer: Viewer | null, id: string, toAdvisorId: string): Promise<void> {
  const advisor = requireAdvisor(viewer);
  const { row } = await conversationFor(advisor, id);
  if (row.advisorId !== advisor.id && advisor.role !== 'admin') throw new AppError('CONFLICT', 'Not your conversation.', { reason: 'NOT_ASSIGNED_TO_YOU' });
  const target = await db.user.findFirst({ where: { id: toAdvisorId, role: { in: ['advisor', 'admin'] }, isAnonymous: { not: true } }, select: { id: true, name: true } });
  if (!target) throw new AppError('NOT_FOUND', 'No such advisor.', { reason: 'ADVISOR_NOT_FOUND' });
  const moved = await db.chatConversation.updateMany({ where: { id, status: 'assigned', advisorId: row.advisorId }, data: { advisorId: target.id } });
  if (moved.count !== 1) throw new AppError('CONFLICT', 'The conversation changed meanwhile.', { reason: 'CONVERSATION_CHANGED' });
  await appendMessage(id, { authorId: advisor.id, authorRole: 'system', authorName: target.name, kind: 'transfer', body: target.name });
  await chatFanout().publish({ t: 'state', c: id });
}

/** Closes the conversation (its buyer, or its advisor); the buyer is then asked for a rating. */
export async function closeConversation(viewer: Viewer | null, id: string, now: Date = new Date()): Promise<void> {
  const { row, side } = await conversationFor(viewer, id);
  if (side === 'advisor' && !answersFor(viewer, row) && viewer?.role !== 'admin') throw new AppError('CONFLICT', 'Not your conversation.', { reason: 'NOT_ASSIGNED_TO_YOU' });
  const closed = await db.chatConversation.updateMany({ where: { id, status: { not: 'closed' } }, data: { status: 'closed', closedAt: now } });
  if (closed.count !== 1) throw new AppError('CONFLICT', 'Already closed.', { reason: 'CONVERSATION_CLOSED' });
  await appendMessage(id, { authorId: viewer?.id ?? null, authorRole: 'system', authorName: null, kind: 'closed', body: side }, { allowClosed: true });
  await chatFanout().publish({ t: 'state', c: id });
}

/** CSAT 1–5 and an optional comment, once, by the buyer, after closing. */
export async function rateConversation(viewer: Viewer | null, id: string, input: { score: number; comment?: string }): Promise<void> {
  const { side } = await conversationFor(viewer, id);
  if (side !== 'buyer') throw new AppError('NOT_FOUND', 'No such conversation.', { reason: 'CONVERSATION_NOT_FOUND' });
  const scope = await ratingScope(id);
  const rated = await db.chatConversation.updateMany({
    where: { id, status: 'closed', csatScore: null },
    data: { csatScore: input.score, csatComment: input.comment || null, csatDealershipId: scope.dealershipId, csatModelCode: scope.modelCode },
  });
  if (rated.count !== 1) throw new AppError('CONFLICT', 'Rate a closed conversation, once.', { reason: 'NOT_RATABLE' });
}

/**
 * The dealership and model a chat rating counts for on the dashboards: the dealership the
 * conversation was routed to, else the buyer's preferred one; the model on the buyer's screen
 * (the configurator's path), else their latest saved configuration's. Null when none is known.
 */
export async function ratingScope(id: string): Promise<{ dealershipId: string | null; modelCode: string | null }> {
  const row = await db.chatConversation.findUnique({ where: { id }, select: { dealershipId: true, currentPage: true, ownerId: true } });
  if (!row) return { dealershipId: null, modelCode: null };
  const profile = row.dealershipId ? null : await db.customerProfile.findUnique({ where: { userId: row.ownerId }, select: { preferredDealershipId: true } });
  const onScreen = /^\/(?:configure|kiosk)\/([a-z0-9-]{1,40})(?:[/?]|$)/.exec(row.currentPage ?? '')?.[1];
  const model = onScreen && catalogue.models.some((m) => m.code === onScreen) ? onScreen : null;
  const saved = model ? null : await db.savedConfiguration.findFirst({ where: { ownerId: row.ownerId }, orderBy: { createdAt: 'desc' }, select: { modelCode: true } });
  return { dealershipId: row.dealershipId ?? profile?.preferredDealershipId ?? null, modelCode: model ?? saved?.modelCode ?? null };
}

/** The page (and so the configuration) the buyer has on screen, announced to the advisor's console. */
export async function reportContext(viewer: Viewer | null, id: string, page: string, now: Date = new Date()): Promise<void> {
  const { side } = await conversationFor(viewer, id);
  if (side !== 'buyer') throw new AppError('FORBIDDEN', 'Only the buyer reports their page.');
  await db.chatConversation.update({ where: { id }, data: { currentPage: page, contextAt: now } });
  await chatFanout().publish({ t: 'state', c: id });
}

export async function setTyping(viewer: Viewer | null, id: string, on: boolean): Promise<void> {
  const { row, side } = await conversationFor(viewer, id);
  // Staff who may only read (another advisor) neither type nor read for the one who answers.
  if (side === 'advisor' && !answersFor(viewer, row)) return;
  await chatFanout().publish({ t: 'typing', c: id, side, on });
}

/** Read state: the highest seq each side has seen, never moving backwards nor past the last message. */
export async function markRead(viewer: Viewer | null, id: string, seq: number): Promise<void> {
  const { row, side } = await conversationFor(viewer, id);
  if (side === 'advisor' && !answersFor(viewer, row)) return;
  const upTo = Math.min(seq, row.lastSeq);
  if (side === 'buyer') await db.chatConversation.updateMany({ where: { id, buyerReadSeq: { lt: upTo } }, data: { buyerReadSeq: upTo } });
  else await db.chatConversation.updateMany({ where: { id, advisorReadSeq: { lt: upTo } }, data: { advisorReadSeq: upTo } });
  await chatFanout().publish({ t: 'read', c: id, side, s: upTo });
}

/** Outside hours or with nobody online: answer by e-mail, or call back at the slot the buyer picked. */
export async function chooseFollowUp(viewer: Viewer | null, id: string, input: { followUp: 'email'; email: string } | { followUp: 'callback'; phone: string; at: string }): Promise<void> {
  const { side } = await conversationFor(viewer, id);
  if (side !== 'buyer') throw new AppError('FORBIDDEN', 'Only the buyer chooses how to be answered.');
  const data =
    input.followUp === 'email'
      ? { followUp: 'email' as const, contactEmail: input.email }
      : { followUp: 'callback' as const, callbackPhone: input.phone, callbackAt: new Date(input.at) };
  const changed = await db.chatConversation.updateMany({ where: { id, status: { not: 'closed' } }, data });
  if (changed.count !== 1) throw new AppError('CONFLICT', 'This conversation is closed.', { reason: 'CONVERSATION_CLOSED' });
  await chatFanout().publish({ t: 'state', c: id });
  if (input.followUp === 'callback') trackJourney({ channel: 'chat', step: 'callback', userId: viewer?.id ?? null, subjectRef: id });
}

/** The advisor logs a callback's outcome in the thread, so the phone call is part of the conversation. */
export async function logCallOutcome(viewer: Viewer | null, id: string, text: string): Promise<number> {
  const advisor = requireAdvisor(viewer);
  const { row } = await conversationFor(advisor, id);
  if (row.advisorId !== advisor.id) throw new AppError('CONFLICT', 'Claim the conversation first.', { reason: 'NOT_ASSIGNED_TO_YOU' });
  const seq = await appendMessage(id, { authorId: advisor.id, authorRole: 'advisor', authorName: advisor.name, kind: 'callback_outcome', body: text });
  // The call itself is a touchpoint of the customer's journey, on the phone channel.
  trackJourney({ channel: 'phone', step: 'callback', userId: row.ownerId, staffUserId: advisor.id, subjectRef: id });
  return seq;
}
