import { apiRoute } from '@/lib/http/route';
import { currentConversationOf, liveAvailable } from '@/modules/chat/server';

export const dynamic = 'force-dynamic';

/** GET /api/chat/conversations/current: the visitor's conversation (or null) and whether an advisor can answer live. */
export const GET = apiRoute({ name: 'chat.current' }, async ({ viewer }) => ({ data: { current: await currentConversationOf(viewer), live: await liveAvailable() } }));
