import { apiRoute } from '@/lib/http/route';
import { conversationView } from '@/modules/chat/server';
import { ZConversationParams } from './params';

export const dynamic = 'force-dynamic';

/** GET /api/chat/conversations/:id: the conversation and its messages, for its buyer or an advisor (404 for anyone else). */
export const GET = apiRoute({ name: 'chat.read', params: ZConversationParams }, async ({ viewer, params }) => ({ data: await conversationView(viewer, params.id) }));
