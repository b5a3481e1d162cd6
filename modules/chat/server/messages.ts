import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { enqueueMail, requestDelivery } from '@/lib/mail/outbox';
import type { ChatMessageKind, ChatMessageView } from '../types';
import { chatFanout } from './fanout';

export type NewMessage = {
  authorId: string | null;
  authorRole: 'buyer' | 'advisor' | 'system';
  authorName: string | null;
  kind: ChatMessageKind;
  body: string;
  payload?: Prisma.InputJsonValue;
};

/**
 * Appends a message: the conversation's `lastSeq` is bumped in the same transaction (the UPDATE
 * holds the row lock until commit), so concurrent posts get consecutive numbers and the unique
 * (conversationId, seq) can never be hit. Stored first, announced after the commit.
 * `allowClosed` is for the closing notice itself.
 */
export async function appendMessage(conversationId: string, message: NewMessage, options: { allowClosed?: boolean; tx?: Prisma.TransactionClient } = {}): Promise<number> {
  if (!options.tx) {
    const seq = await appendInOneStatement(conversationId, message, options.allowClosed === true);
    if (seq !== null) {
      await announce(conversationId, seq);
      return seq;
    }
  }
  const write = async (tx: Prisma.TransactionClient) => {
    const bumped = await tx.$queryRaw<{ lastSeq: number; followUp: string; contactEmail: string | null; locale: string }[]>`
      UPDATE chat_conversation SET "lastSeq" = "lastSeq" + 1
      WHERE id = ${conversationId} AND (status <> 'closed' OR ${options.allowClosed === true})
      RETURNING "lastSeq", "followUp", "contactEmail", locale`;
    const row = bumped[0];
    if (!row) throw new AppError('CONFLICT', 'This conversation is closed.', { reason: 'CONVERSATION_CLOSED' });
    await tx.chatMessage.create({ data: { conversationId, seq: row.lastSeq, ...message, payload: message.payload ?? undefined } });
    // A buyer who left a message and asked for an e-mail answer gets each advisor reply by e-mail too.
    const mailId = message.authorRole === 'advisor' && row.followUp === 'email' && row.contactEmail ? await enqueueMail(replyMail(row.contactEmail, row.locale, message.body), { tx }) : null;
    return { seq: row.lastSeq, mailId };
  };
  const { seq, mailId } = options.tx ? await write(options.tx) : await db.$transaction(write);
  if (!options.tx) await announce(conversationId, seq);
  if (mailId) await requestDelivery(mailId).catch(() => undefined);
  return seq;
}

/**
 * The common case in one round trip: bump and insert in a single statement (atomic on its own, the
 * UPDATE's row lock orders concurrent posts as in the transaction below). It declines (null) when
 * the post needs more than that: a closed conversation (the transaction path refuses it with its
 * error) or an advisor reply that must also be e-mailed (the outbox row joins the same transaction).
 * A live chat's latency is mostly this write, hence the shortcut (bench `chat`).
 */
async function appendInOneStatement(conversationId: string, message: NewMessage, allowClosed: boolean): Promise<number | null> {
  const payload = message.payload === undefined ? null : JSON.stringify(message.payload);
  const rows = await db.$queryRaw<{ seq: number }[]>`
    WITH bumped AS (
      UPDATE chat_conversation SET "lastSeq" = "lastSeq" + 1
      WHERE id = ${conversationId}
        AND (status <> 'closed' OR ${allowClosed})
        AND NOT (${message.authorRole === 'advisor'} AND "followUp" = 'email' AND "contactEmail" IS NOT NULL)
      RETURNING "lastSeq"
    )
    INSERT INTO chat_message (id, "conversationId", seq, "authorId", "authorRole", "authorName", kind, body, payload)
    SELECT ${randomUUID()}, ${conversationId}, "lastSeq", ${message.authorId}, ${message.authorRole}::"ChatAuthorRole", ${message.authorName}, ${message.kind}::"ChatMessageKind", ${message.body}, ${payload}::jsonb
    FROM bumped
    RETURNING seq`;
  return rows[0]?.seq ?? null;
}

export async function announce(conversationId: string, seq: number): Promise<void> {
  await chatFanout().publish({ t: 'msg', c: conversationId, s: seq });
}

function replyMail(to: string, locale: string, body: string) {
  const link = `${env().APP_URL}/?chat=open`;
  const fr = locale !== 'en';
  return {
    kind: 'chat-reply',
    to,
    subject: fr ? 'Votre conseiller Virage vous a répondu' : 'Your Virage advisor replied',
    text: fr ? `${body}\n\nPoursuivre la conversation : ${link}` : `${body}\n\nContinue the conversation: ${link}`,
  };
}

const toView = (m: { seq: number; authorRole: ChatMessageView['authorRole']; authorName: string | null; kind: ChatMessageKind; body: string; payload: Prisma.JsonValue; createdAt: Date }): ChatMessageView => ({
  seq: m.seq,
  authorRole: m.authorRole,
  authorName: m.authorName,
  kind: m.kind,
  body: m.body,
  payload: m.payload,
  createdAt: m.createdAt.toISOString(),
});

/** Stored messages after `afterSeq`, oldest first (the stream's resume and its live re-reads). */
export async function messagesAfter(conversationId: string, afterSeq: number, limit = 200): Promise<ChatMessageView[]> {
  const rows = await db.chatMessage.findMany({
    where: { conversationId, seq: { gt: afterSeq } },
    orderBy: { seq: 'asc' },
    take: limit,
    select: { seq: true, authorRole: true, authorName: true, kind: true, body: true, payload: true, createdAt: true },
  });
  return rows.map(toView);
}
