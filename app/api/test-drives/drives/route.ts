import { z } from 'zod';
import { listBuyerDrives } from '@/modules/test-drives/server';
import { handleJson, queryObject } from '@/modules/test-drives/server/http';

export const dynamic = 'force-dynamic';

const ZQuery = z.object({ buyerEmail: z.email().max(200).optional(), buyerUserId: z.string().max(64).optional() });

/** GET ?buyerEmail= → that buyer's drives (advisor/admin: all; dealer: their dealership; buyer: only their own). */
export async function GET(request: Request) {
  return handleJson('drives', async (actor) => ({ data: { drives: await listBuyerDrives(actor, ZQuery.parse(queryObject(request))) } }));
}
