import { z } from 'zod';
import { proposeSlots } from '@/modules/test-drives/server';
import { handleJson, readJson, ZSlotQuery } from '@/modules/test-drives/server/http';

export const dynamic = 'force-dynamic';

const ZExtra = z.object({ count: z.number().int().min(1).max(10).optional(), buyerEmail: z.email().max(200).optional() });

/** POST {dealershipId, model, kind, duration, from, to, count, buyerEmail} → a few spread-out free slots to offer (staff only). */
export async function POST(request: Request) {
  return handleJson('proposals', async (actor) => {
    const body = await readJson(request);
    const query = ZSlotQuery.parse(body);
    const extra = ZExtra.parse(body);
    return { data: await proposeSlots(actor, { ...query, ...extra }) };
  });
}
