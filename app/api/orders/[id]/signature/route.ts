import { apiRoute } from '@/lib/http/route';
import { ZOrderId, ZSignatureConfirm } from '@/modules/orders';
import { signOrder } from '@/modules/orders/server';

export const dynamic = 'force-dynamic';

/**
 * POST /api/orders/:id/signature {code}: signs the order form with the e-mailed code, once. The
 * evidence records the client address as the pipeline resolved it (lib/http/client-address.ts).
 */
export const POST = apiRoute(
  {
    name: 'orders.signature',
    params: ZOrderId,
    body: ZSignatureConfirm,
    roles: ['customer'],
    limits: [{ rule: { name: 'orders-signature', points: 20, windowSeconds: 900 }, by: 'viewer' }],
  },
  async ({ params, body, viewer, ip, request }) => ({
    data: await signOrder({ orderId: params.id, buyerId: viewer!.id, code: body.code, clientAddress: ip, userAgent: request.headers.get('user-agent') }),
  }),
);
