import { apiRoute } from '@/lib/http/route';
import { ZOrderDocument, ZReview } from '@/modules/orders';
import { reviewOrderDocument } from '@/modules/orders/server';
import { DEALER_ROLES, scopeOf } from '@/modules/test-drives/server';

export const dynamic = 'force-dynamic';

/** POST /api/dealer/orders/:id/documents/:documentId {decision: accept | reject, reason}: staff of the order's dealership only (else 404). */
export const POST = apiRoute(
  { name: 'dealer.orders.document-review', params: ZOrderDocument, body: ZReview, roles: DEALER_ROLES },
  async ({ params, body, viewer }) => {
    await reviewOrderDocument(params.id, params.documentId, body, scopeOf(viewer!));
    return { data: { ok: true } };
  },
);
