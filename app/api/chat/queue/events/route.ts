import { apiRoute } from '@/lib/http/route';
import { advisorHeartbeat, advisorLeft, chatEventStream, QUEUE_KEY, SSE_HEADERS } from '@/modules/chat/server';

export const dynamic = 'force-dynamic';

/**
 * GET /api/chat/queue/events: the advisor console's live feed. A `changed` event (with the
 * conversation id) whenever a conversation moves; the console re-reads what it shows. While it
 * is open the advisor counts as online (heartbeat), so new conversations may be assigned to them.
 */
export const GET = apiRoute({ name: 'chat.queue-events', roles: ['advisor', 'admin'] }, async ({ request, viewer }) => {
  const advisorId = viewer?.id ?? '';
  const stream = chatEventStream({
    key: QUEUE_KEY,
    signal: request.signal,
    onSignal: (signal) => ({ event: 'changed', data: { c: 'c' in signal ? signal.c : null, t: signal.t } }),
    onHeartbeat: () => advisorHeartbeat(advisorId),
    onClose: () => advisorLeft(advisorId),
  });
  return new Response(stream, { headers: SSE_HEADERS });
});
