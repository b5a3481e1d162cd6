import { z } from 'zod';
import { apiRoute } from '@/lib/http/route';
import { HOLD_LIMITS } from '@/lib/http/write-limits';
import { ensureViewer } from '@/lib/session';
import { holdsOf, placeHold } from '@/modules/availability/server';

export const dynamic = 'force-dynamic';

/**
 * POST /api/holds {vehicleId}: hold a stock vehicle for the visitor. 409 when taken, 429 past the
 * limits. An anonymous visitor gets a guest identity only once the vehicle is known to be holdable.
 */
export const POST = apiRoute({ name: 'holds.create', body: z.strictObject({ vehicleId: z.string().min(1).max(64) }), limits: HOLD_LIMITS, idempotent: true }, async ({ body, viewer }) => {
  const holder = viewer ? viewer.id : async () => (await ensureViewer()).id;
  return { data: await placeHold(body.vehicleId, holder), status: 201 };
});

/** GET /api/holds: the visitor's active holds. */
export const GET = apiRoute({ name: 'holds.list' }, async ({ viewer }) => ({ data: viewer ? await holdsOf(viewer.id) : [] }));
