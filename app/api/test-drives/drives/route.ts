import { z } from 'zod';
import { apiRoute } from '@/lib/http/route';
import { actorFromViewer, listBuyerDrives } from '@/modules/test-drives/server';

export const dynamic = 'force-dynamic';

const ZQuery = z.object({ buyerEmail: z.email().max(200).optional(), buyerUserId: z.string().max(64).optional() });

/** GET ?buyerEmail= → that buyer's drives (advisor/admin: all; dealer: their dealership; buyer: only their own). */
export const GET = apiRoute({ name: 'test-drives.drives', query: ZQuery }, async ({ viewer, query }) => ({
  data: { drives: await listBuyerDrives(actorFromViewer(viewer), query) },
}));
