import { AppError } from '@/lib/errors';
import { apiRoute } from '@/lib/http/route';
import { sourceOfQuery, ZDeliveryQuoteQuery } from '@/modules/orders';
import { checkoutDeliveryQuote } from '@/modules/orders/server';

export const dynamic = 'force-dynamic';

/** GET ?config=CODE|vehicle=ID&dealershipId=&street=&postalCode=&city= → the home-delivery fee and the total with it; 422 out of range. */
export const GET = apiRoute(
  { name: 'orders.delivery-quote', query: ZDeliveryQuoteQuery, roles: ['customer'], limits: [{ rule: { name: 'orders-lookup', points: 60, windowSeconds: 60 }, by: 'viewer' }] },
  async ({ query, viewer }) => {
    const source = sourceOfQuery(query);
    if (!source) throw new AppError('VALIDATION_FAILED', 'Name the configuration or the car.', { reason: 'SOURCE_REQUIRED' });
    const { street, postalCode, city } = query;
    return { data: await checkoutDeliveryQuote(source, query.dealershipId, { street, postalCode, city }, viewer!.id) };
  },
);
