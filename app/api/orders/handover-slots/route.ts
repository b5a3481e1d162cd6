import { AppError } from '@/lib/errors';
import { apiRoute } from '@/lib/http/route';
import { sourceOfQuery, ZCheckoutSlotsQuery } from '@/modules/orders';
import { checkoutHandoverSlots } from '@/modules/orders/server';

export const dynamic = 'force-dynamic';

/** GET ?config=CODE|vehicle=ID&dealershipId= → free handover slots by local day, from the day the car can be ready (checkout). */
export const GET = apiRoute(
  { name: 'orders.handover-slots', query: ZCheckoutSlotsQuery, roles: ['customer'], limits: [{ rule: { name: 'orders-lookup', points: 60, windowSeconds: 60 }, by: 'viewer' }] },
  async ({ query, viewer }) => {
    const source = sourceOfQuery(query);
    if (!source) throw new AppError('VALIDATION_FAILED', 'Name the configuration or the car.', { reason: 'SOURCE_REQUIRED' });
    return { data: { days: await checkoutHandoverSlots(source, query.dealershipId, viewer!.id) } };
  },
);
