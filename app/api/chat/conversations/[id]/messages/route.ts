import { apiRoute } from '@/lib/http/route';
import { CHAT_MESSAGE_LIMITS } from '@/lib/http/write-limits';
import { MAX_MESSAGE_CHARS, ZPostMessage } from '@/modules/chat';
import { postMessage } from '@/modules/chat/server';
import { ZConversationParams } from '../params';

export const dynamic = 'force-dynamic';

/** POST /api/chat/conversations/:id/messages {text}: a message from the buyer or the assigned advisor; `seq` in reply. */
export const POST = apiRoute(
  { name: 'chat.post', params: ZConversationParams, body: ZPostMessage, maxBodyBytes: MAX_MESSAGE_CHARS * 4 + 1024, limits: CHAT_MESSAGE_LIMITS },
  async ({ viewer, params, body }) => ({ data: { seq: await postMessage(viewer, params.id, body.text) }, status: 201 }),
);
