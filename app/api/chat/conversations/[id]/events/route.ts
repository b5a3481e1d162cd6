import { z } from 'zod';
import { apiRoute } from '@/lib/http/route';
import { resumeAfter } from '@/modules/chat';
import { chatEventStream, conversationFor, SSE_HEADERS, takeStreamSlot } from '@/modules/chat/server';
import { ZConversationParams } from '../params';

export const dynamic = 'force-dynamic';

/**
 * GET /api/chat/conversations/:id/events: Server-Sent Events. Messages after Last-Event-ID (the
 * browser's automatic reconnection) or ?after=, then live ones, each with `id: <seq>`; typing
 * and read state as id-less events; a comment every 15 s keeps proxies from closing it. At most
 * MAX_STREAMS_PER_VIEWER open at once per identity and instance (429 TOO_MANY_STREAMS beyond).
 */
export const GET = apiRoute({ name: 'chat.events', params: ZConversationParams, query: z.object({ after: z.string().max(12).optional() }) }, async ({ request, viewer, params, query }) => {
  const { side } = await conversationFor(viewer, params.id);
  // conversationFor answered 404 to anyone without a session; the slot is given back when the stream ends.
  const release = takeStreamSlot(viewer!.id);
  const afterSeq = resumeAfter(request.headers.get('last-event-id'), query.after ?? null);
  const stream = chatEventStream({
    key: params.id,
    signal: request.signal,
    conversation: { id: params.id, afterSeq },
    onClose: async () => release(),
    onSignal: (signal) => {
      if (signal.t === 'typing' && signal.side !== side) return { event: 'typing', data: { on: signal.on } };
      if (signal.t === 'read' && signal.side !== side) return { event: 'read', data: { seq: signal.s } };
      if (signal.t === 'state') return { event: 'state', data: {} };
      return null;
    },
  });
  return new Response(stream, { headers: SSE_HEADERS });
});
