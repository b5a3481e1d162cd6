import { AppError } from '@/lib/errors';
import { apiRoute } from '@/lib/http/route';
import { ZStaffAction, ZStaffBody } from '@/modules/orders';
import { staffAdvance, staffAllocate } from '@/modules/orders/server';
import { DEALER_ROLES, scopeOf } from '@/modules/test-drives/server';

export const dynamic = 'force-dynamic';

/** POST /api/dealer/orders/:id/advance {to} | allocate {vehicleId}: staff of the order's dealership only (else 404). */
export const POST = apiRoute({ name: 'dealer.orders.action', params: ZStaffAction, body: ZStaffBody, roles: DEALER_ROLES }, async ({ params, body, viewer }) => {
  const scope = scopeOf(viewer!);
  if (params.action === 'allocate') {
    await staffAllocate(params.id, body.vehicleId ?? null, scope);
    return { data: { ok: true } };
  }
  if (!body.to) throw new AppError('VALIDATION_FAILED', 'Say which step to move the order to.', { reason: 'STEP_REQUIRED' });
  await staffAdvance(params.id, body.to, scope);
  return { data: { ok: true } };
});
