import { apiRoute } from '@/lib/http/route';
import { CHAT_MESSAGE_LIMITS } from '@/lib/http/write-limits';
import { ensureViewer } from '@/lib/session';
import { MAX_MESSAGE_CHARS, ZOpenConversation } from '@/modules/chat';
import { openConversation } from '@/modules/chat/server';

export const dynamic = 'force-dynamic';

/**
 * POST /api/chat/conversations {text, page?, locale}: the buyer's first question (or one more in
 * their open conversation). A visitor without an identity gets a guest one only once the message
 * passed validation and the limits.
 */
export const POST = apiRoute({ name: 'chat.open', body: ZOpenConversation, maxBodyBytes: MAX_MESSAGE_CHARS * 4 + 2048, limits: CHAT_MESSAGE_LIMITS }, async ({ body, viewer }) => {
  const owner = viewer ?? (await ensureViewer());
  return { data: { id: await openConversation(owner, body) }, status: 201 };
});
