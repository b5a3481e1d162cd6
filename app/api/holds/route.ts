import { z } from 'zod';
import { apiRoute } from '@/lib/http/route';
import { ensureViewer } from '@/lib/session';
import { holdsOf, placeHold } from '@/modules/availability/server/service';

export const dynamic = 'force-dynamic';

/** POST /api/holds {vehicleId}: hold a stock vehicle for the visitor (a guest identity is created if needed). 409 when taken. */
export const POST = apiRoute({ name: 'holds.create', body: z.strictObject({ vehicleId: z.string().min(1).max(64) }), idempotent: true }, async ({ body }) => {
  const viewer = await ensureViewer();
  return { data: await placeHold(body.vehicleId, viewer.id), status: 201 };
});

/** GET /api/holds: the visitor's active holds. */
export const GET = apiRoute({ name: 'holds.list' }, async ({ viewer }) => ({ data: viewer ? await holdsOf(viewer.id) : [] }));
