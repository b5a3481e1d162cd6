import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Viewer } from '@/lib/session';
import { postgresFileStore } from '@/lib/storage/file-store';
import { detectUploadType } from '@/modules/orders/server';
import type { AttachmentPayload } from '../types';
import { answersFor, conversationFor } from './access';
import { announce, appendMessage } from './messages';

const store = () => postgresFileStore(db);

/**
 * A file sent in the conversation (buyer, or whoever answers on the staff side). Its type comes
 * from its bytes with the order documents' own check (PDF, JPEG, PNG; same size limit), before
 * anything is written; the file and its message are then written in one transaction, so a
 * refused or failed upload leaves neither behind. The bytes live in the database file store,
 * reachable from every instance.
 */
export async function attachFile(viewer: Viewer | null, id: string, input: { bytes: Uint8Array; name: string }): Promise<number> {
  const { row, side } = await conversationFor(viewer, id);
  if (side === 'advisor' && !answersFor(viewer, row)) throw new AppError('CONFLICT', 'Claim the conversation first.', { reason: 'NOT_ASSIGNED_TO_YOU' });
  if (row.status === 'closed') throw new AppError('CONFLICT', 'This conversation is closed.', { reason: 'CONVERSATION_CLOSED' });
  const contentType = await detectUploadType(input.bytes);
  const seq = await db.$transaction(async (tx) => {
    const file = await store().put({ bytes: input.bytes, contentType }, { tx });
    const payload: AttachmentPayload = { key: file.key, name: input.name, contentType, sizeBytes: file.sizeBytes };
    return appendMessage(id, { authorId: viewer?.id ?? null, authorRole: side, authorName: side === 'advisor' ? (viewer?.name ?? null) : null, kind: 'attachment', body: input.name, payload }, { tx });
  });
  await announce(id, seq);
  return seq;
}

const isAttachment = (payload: unknown): payload is AttachmentPayload => typeof payload === 'object' && payload !== null && typeof (payload as AttachmentPayload).key === 'string';

/**
 * An attachment, for the conversation's buyer and its staff (advisors, the dealership it was
 * routed to) only: it is found by (conversation, seq), so another conversation's file is a 404
 * like a conversation one may not see.
 */
export async function readAttachment(viewer: Viewer | null, id: string, seq: number): Promise<{ bytes: Uint8Array; contentType: string; name: string }> {
  await conversationFor(viewer, id);
  const message = await db.chatMessage.findUnique({ where: { conversationId_seq: { conversationId: id, seq } }, select: { kind: true, payload: true } });
  const payload = message?.kind === 'attachment' && isAttachment(message.payload) ? message.payload : null;
  const file = payload ? await store().get(payload.key) : null;
  if (!payload || !file) throw new AppError('NOT_FOUND', 'No such attachment.', { reason: 'ATTACHMENT_NOT_FOUND' });
  return { bytes: file.bytes, contentType: file.contentType, name: payload.name };
}
