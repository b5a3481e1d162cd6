import { apiRoute } from '@/lib/http/route';
import { CHAT_MESSAGE_LIMITS } from '@/lib/http/write-limits';
import { ZFollowUp } from '@/modules/chat';
import { chooseFollowUp } from '@/modules/chat/server';
import { ZConversationParams } from '../params';

export const dynamic = 'force-dynamic';

/** POST /api/chat/conversations/:id/follow-up: outside hours, answer by e-mail or call back at a slot. */
export const POST = apiRoute({ name: 'chat.follow-up', params: ZConversationParams, body: ZFollowUp, maxBodyBytes: 2048, limits: CHAT_MESSAGE_LIMITS }, async ({ viewer, params, body }) => {
  await chooseFollowUp(viewer, params.id, body);
  return new Response(null, { status: 204 });
});
