import { apiRoute } from '@/lib/http/route';
import { ZOrderId, ZSignatureCodeRequest } from '@/modules/orders';
import { askSignatureCode } from '@/modules/orders/server';

export const dynamic = 'force-dynamic';

/** POST /api/orders/:id/signature/code {name}: the buyer typed their name; a one-time code goes to their e-mail. */
export const POST = apiRoute(
  {
    name: 'orders.signature.code',
    params: ZOrderId,
    body: ZSignatureCodeRequest,
    roles: ['customer'],
    limits: [{ rule: { name: 'orders-signature-code', points: 5, windowSeconds: 900 }, by: 'viewer' }],
  },
  async ({ params, body, viewer }) => ({ data: await askSignatureCode(params.id, viewer!.id, body.name) }),
);
