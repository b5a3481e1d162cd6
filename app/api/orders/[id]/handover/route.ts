import { apiRoute } from '@/lib/http/route';
import { ZMoveHandover, ZOrderId } from '@/modules/orders';
import { buyerMovesHandover } from '@/modules/orders/server';

export const dynamic = 'force-dynamic';

/**
 * POST /api/orders/:id/handover {handoverStart}: the buyer moves their own handover appointment to
 * a free slot. Another buyer's order or a guessed id is a 404; a slot taken meanwhile a 409
 * SLOT_TAKEN; after the handover record or within the margin before the appointment, a 409.
 */
export const POST = apiRoute(
  { name: 'orders.move-handover', params: ZOrderId, body: ZMoveHandover, roles: ['customer'], limits: [{ rule: { name: 'orders-action', points: 30, windowSeconds: 60 }, by: 'viewer' }] },
  async ({ params, body, viewer }) => ({ data: await buyerMovesHandover(params.id, new Date(body.handoverStart), viewer!.id) }),
);
