import { apiRoute } from '@/lib/http/route';
import { closeConversation } from '@/modules/chat/server';
import { ZConversationParams } from '../params';

export const dynamic = 'force-dynamic';

/** POST /api/chat/conversations/:id/close: by its buyer or its advisor. */
export const POST = apiRoute({ name: 'chat.close', params: ZConversationParams }, async ({ viewer, params }) => {
  await closeConversation(viewer, params.id);
  return new Response(null, { status: 204 });
});
