import { z } from 'zod';
import { apiRoute } from '@/lib/http/route';
import { CHAT_SIGNAL_LIMITS } from '@/lib/http/write-limits';
import { ZPagePath, ZRead } from '@/modules/chat';
import { markRead, reportContext, setTyping } from '@/modules/chat/server';
import { ZConversationParams } from '../params';

export const dynamic = 'force-dynamic';

const ZSignal = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('typing'), on: z.boolean() }),
  z.strictObject({ kind: z.literal('read'), seq: ZRead.shape.seq }),
  z.strictObject({ kind: z.literal('page'), page: ZPagePath }),
]);

/** POST /api/chat/conversations/:id/signal: typing on/off, read up to a seq, or (buyer) the page on screen. */
export const POST = apiRoute({ name: 'chat.signal', params: ZConversationParams, body: ZSignal, maxBodyBytes: 2048, limits: CHAT_SIGNAL_LIMITS }, async ({ viewer, params, body }) => {
  if (body.kind === 'typing') await setTyping(viewer, params.id, body.on);
  else if (body.kind === 'read') await markRead(viewer, params.id, body.seq);
  else await reportContext(viewer, params.id, body.page);
  return new Response(null, { status: 204 });
});
