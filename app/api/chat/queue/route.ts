import { apiRoute } from '@/lib/http/route';
import { advisorQueue } from '@/modules/chat/server';

export const dynamic = 'force-dynamic';

/** GET /api/chat/queue: open conversations, waiting ones first (first come, first served). */
export const GET = apiRoute({ name: 'chat.queue', roles: ['advisor', 'admin'] }, async ({ viewer }) => ({ data: await advisorQueue(viewer) }));
