import { AppError } from '@/lib/errors';
import { fileResponse } from '@/lib/http/file-response';
import { apiRoute } from '@/lib/http/route';
import { ORDER_FORM_LIMITS } from '@/lib/http/write-limits';
import { ZOrderId } from '@/modules/orders';
import { orderForm, reachOf } from '@/modules/orders/server';

export const dynamic = 'force-dynamic';

/**
 * GET /api/orders/:id/order-form: the bon de commande (the signed file once signed), for the buyer and
 * the dealership's staff. The buyer's downloads are limited (ORDER_FORM_LIMITS); staff's are not.
 */
export const GET = apiRoute(
  { name: 'orders.order-form', params: ZOrderId, roles: ['customer', 'dealer_staff', 'dealer_manager'], limits: ORDER_FORM_LIMITS },
  async ({ params, viewer, request }) => {
    const reach = reachOf(viewer!);
    const file = reach ? await orderForm(params.id, reach) : null;
    if (!file) throw new AppError('NOT_FOUND', 'No such order.', { reason: 'ORDER_NOT_FOUND' });
    const inline = new URL(request.url).searchParams.get('view') === '1';
    return fileResponse(file.bytes, {
      contentType: 'application/pdf',
      filename: `bon-de-commande-${file.reference}${file.signed ? '-signe' : ''}.pdf`,
      inline,
    });
  },
);
