import { z } from 'zod';
import { apiRoute } from '@/lib/http/route';
import { BOOKING_LIMITS } from '@/lib/http/write-limits';
import { ZMessageSeq } from '@/modules/chat';
import { bookOfferedSlot } from '@/modules/chat/server';
import { ZConversationParams } from '../params';

export const dynamic = 'force-dynamic';

const text = z.string().max(200);
const ZBook = z.strictObject({
  seq: ZMessageSeq,
  start: z.iso.datetime({ offset: true }),
  // Checked in full by the test-drive booking itself.
  driver: z.strictObject({ firstName: text, lastName: text, email: text, phone: text, licenceNumber: text, licenceIssuedOn: text, birthDate: text }),
});

/** POST /api/chat/conversations/:id/book {seq, start, driver}: the buyer books a slot their advisor offered. */
export const POST = apiRoute({ name: 'chat.book', params: ZConversationParams, body: ZBook, maxBodyBytes: 4096, limits: BOOKING_LIMITS, idempotent: true }, async ({ viewer, params, body }) => ({
  data: await bookOfferedSlot(viewer, params.id, body),
  status: 201,
}));
