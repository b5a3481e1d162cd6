import { z } from 'zod';
import { apiRoute } from '@/lib/http/route';
import { actorFromViewer, proposeSlots, toSlotQuery, ZSlotQueryFields } from '@/modules/test-drives/server';

export const dynamic = 'force-dynamic';

const ZBody = ZSlotQueryFields.extend({ count: z.number().int().min(1).max(10).optional(), buyerEmail: z.email().max(200).optional() }).transform(
  (b) => ({ ...toSlotQuery(b), count: b.count, buyerEmail: b.buyerEmail }),
);

/** POST {dealershipId, model, kind, duration, from, to, count, buyerEmail} → a few spread-out free slots to offer (staff only). */
export const POST = apiRoute({ name: 'test-drives.proposals', body: ZBody, roles: ['advisor', 'admin', 'dealer_staff', 'dealer_manager'] }, async ({ viewer, body }) => ({
  data: await proposeSlots(actorFromViewer(viewer), body),
}));
