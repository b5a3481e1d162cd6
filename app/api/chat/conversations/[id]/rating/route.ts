import { apiRoute } from '@/lib/http/route';
import { CHAT_MESSAGE_LIMITS } from '@/lib/http/write-limits';
import { ZCsat } from '@/modules/chat';
import { rateConversation } from '@/modules/chat/server';
import { ZConversationParams } from '../params';

export const dynamic = 'force-dynamic';

/** POST /api/chat/conversations/:id/rating {score 1–5, comment?}: once, after closing. */
export const POST = apiRoute({ name: 'chat.rating', params: ZConversationParams, body: ZCsat, maxBodyBytes: 8192, limits: CHAT_MESSAGE_LIMITS }, async ({ viewer, params, body }) => {
  await rateConversation(viewer, params.id, body);
  return new Response(null, { status: 204 });
});
