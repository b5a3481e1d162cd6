import { AppError } from '@/lib/errors';
import { apiRoute } from '@/lib/http/route';
import { ZBuyerAction } from '@/modules/orders';
import { askReturn, cancelOrder, payDeposit, withdrawFromOrder } from '@/modules/orders/server';

export const dynamic = 'force-dynamic';

/**
 * POST /api/orders/:id/deposit|cancel|withdraw|return: the buyer's actions on their own order.
 * Another buyer's order, or a guessed id, is a 404 (the data layer only sees the buyer's orders).
 */
export const POST = apiRoute(
  { name: 'orders.buyer-action', params: ZBuyerAction, roles: ['customer'], idempotent: true, limits: [{ rule: { name: 'orders-action', points: 30, windowSeconds: 60 }, by: 'viewer' }] },
  async ({ params, viewer }) => {
    const buyerId = viewer!.id;
    switch (params.action) {
      case 'deposit':
        return { data: await payDeposit(params.id, buyerId) };
      case 'cancel':
        await cancelOrder(params.id, buyerId);
        return { data: { ok: true } };
      case 'withdraw':
        await withdrawFromOrder(params.id, buyerId);
        return { data: { ok: true } };
      case 'return':
        await askReturn(params.id, buyerId);
        return { data: { ok: true } };
      default:
        throw new AppError('NOT_FOUND', 'No such action.');
    }
  },
);
