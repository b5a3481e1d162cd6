import { apiRoute } from '@/lib/http/route';
import { holdableStock } from '@/modules/availability/server';
import { assignedAdvisor } from '@/modules/chat/server';
import { ZConversationParams } from '../params';

export const dynamic = 'force-dynamic';

/** GET /api/chat/conversations/:id/stock: cars of the model on the buyer's screen that can be held now, for the advisor to propose. */
export const GET = apiRoute({ name: 'chat.stock', params: ZConversationParams, roles: ['advisor', 'admin'] }, async ({ viewer, params }) => {
  const { row } = await assignedAdvisor(viewer, params.id);
  const model = row.currentPage ? /^\/configure\/([a-z0-9-]+)/.exec(row.currentPage)?.[1] : undefined;
  return { data: model ? await holdableStock(model) : [] };
});
