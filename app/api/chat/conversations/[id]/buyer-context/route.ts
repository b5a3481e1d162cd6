import { apiRoute } from '@/lib/http/route';
import { buyerContext } from '@/modules/chat/server';
import { ZConversationParams } from '../params';

export const dynamic = 'force-dynamic';

/** GET /api/chat/conversations/:id/buyer-context: what the advisor sees beside the conversation. */
export const GET = apiRoute({ name: 'chat.buyer-context', params: ZConversationParams, roles: ['advisor', 'admin'] }, async ({ viewer, params }) => ({ data: await buyerContext(viewer, params.id) }));
