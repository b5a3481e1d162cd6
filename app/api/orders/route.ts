import { apiRoute } from '@/lib/http/route';
import { currentLocale } from '@/lib/i18n/request';
import { ZPlaceOrder } from '@/modules/orders';
import { placeBuyerOrder } from '@/modules/orders/server';

export const dynamic = 'force-dynamic';

/** POST /api/orders: place an order from a saved configuration or a stock car; prices are the server's. */
export const POST = apiRoute(
  { name: 'orders.place', body: ZPlaceOrder, roles: ['customer'], idempotent: true, limits: [{ rule: { name: 'orders-place', points: 10, windowSeconds: 600 }, by: 'viewer' }] },
  async ({ body, viewer }) => {
    const buyer = viewer!;
    const placed = await placeBuyerOrder({ buyer: { id: buyer.id, email: buyer.email, locale: await currentLocale() }, source: body.source, dealershipId: body.dealershipId, details: body.details, financing: body.financing, carried: body.carried, delivery: body.delivery, expectedTotalCents: body.expectedTotalCents }, body.assist);
    return { data: { id: placed.id, reference: placed.reference }, status: 201 };
  },
);
