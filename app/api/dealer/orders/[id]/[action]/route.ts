import { AppError } from '@/lib/errors';
import { apiRoute } from '@/lib/http/route';
import { unexpectedStaffFields, ZStaffAction, ZStaffBody } from '@/modules/orders';
import { staffAdvance, staffAllocate, staffConfirmBalanceRefund, staffMoveHandover, staffRecordBalance, staffRecordHandover } from '@/modules/orders/server';
import { DEALER_ROLES, scopeOf } from '@/modules/test-drives/server';

export const dynamic = 'force-dynamic';

/**
 * POST /api/dealer/orders/:id/advance {to} | allocate {vehicleId} | book-handover {handoverStart}
 * | record-handover {handover: {mileageKm, keys, signedName, buyerConfirms}} | record-balance {balanceMethod}
 * | balance-refunded: staff of the order's dealership only (else 404).
 */
export const POST = apiRoute({ name: 'dealer.orders.action', params: ZStaffAction, body: ZStaffBody, roles: DEALER_ROLES }, async ({ params, body, viewer }) => {
  const scope = scopeOf(viewer!);
  const unexpected = unexpectedStaffFields(params.action, body);
  if (unexpected.length > 0) throw new AppError('VALIDATION_FAILED', `This action does not take: ${unexpected.join(', ')}.`, { reason: 'UNEXPECTED_FIELD', details: { fields: unexpected } });
  switch (params.action) {
    case 'allocate':
      await staffAllocate(params.id, body.vehicleId ?? null, scope);
      return { data: { ok: true } };
    case 'book-handover':
      if (!body.handoverStart) throw new AppError('VALIDATION_FAILED', 'Choose the handover time.', { reason: 'HANDOVER_START_REQUIRED' });
      return { data: await staffMoveHandover(params.id, new Date(body.handoverStart), scope) };
    case 'record-handover':
      if (!body.handover) throw new AppError('VALIDATION_FAILED', 'Record the mileage, the keys and the buyer’s signature.', { reason: 'HANDOVER_RECORD_REQUIRED' });
      await staffRecordHandover(params.id, body.handover, scope);
      return { data: { ok: true } };
    case 'record-balance':
      if (!body.balanceMethod) throw new AppError('VALIDATION_FAILED', 'Say how the balance was paid.', { reason: 'BALANCE_METHOD_REQUIRED' });
      await staffRecordBalance(params.id, body.balanceMethod, scope);
      return { data: { ok: true } };
    case 'balance-refunded':
      await staffConfirmBalanceRefund(params.id, scope);
      return { data: { ok: true } };
    case 'advance':
      if (!body.to) throw new AppError('VALIDATION_FAILED', 'Say which step to move the order to.', { reason: 'STEP_REQUIRED' });
      await staffAdvance(params.id, body.to, scope);
      return { data: { ok: true } };
  }
});
