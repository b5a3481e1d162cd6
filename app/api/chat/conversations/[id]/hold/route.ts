import { z } from 'zod';
import { apiRoute } from '@/lib/http/route';
import { HOLD_LIMITS } from '@/lib/http/write-limits';
import { ZMessageSeq } from '@/modules/chat';
import { acceptHoldOffer } from '@/modules/chat/server';
import { ZConversationParams } from '../params';

export const dynamic = 'force-dynamic';

/** POST /api/chat/conversations/:id/hold {seq}: the buyer holds the stock car offered in message `seq` of this conversation (same limits as /api/holds). */
export const POST = apiRoute(
  { name: 'chat.hold', params: ZConversationParams, body: z.strictObject({ seq: ZMessageSeq }), maxBodyBytes: 256, limits: HOLD_LIMITS, idempotent: true },
  async ({ viewer, params, body }) => ({ data: await acceptHoldOffer(viewer, params.id, body.seq), status: 201 }),
);
