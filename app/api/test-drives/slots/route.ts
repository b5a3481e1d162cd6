import { apiRoute } from '@/lib/http/route';
import { listSlots, ZSlotQuery } from '@/modules/test-drives/server';

export const dynamic = 'force-dynamic';

/** GET ?dealershipId=&model=&trim=&kind=showroom|home&duration=&from=&to=[&street=&postalCode=&city=] → free slots by local day. */
export const GET = apiRoute({ name: 'test-drives.slots', query: ZSlotQuery }, async ({ query }) => ({
  data: { dealershipId: query.dealershipId, days: await listSlots(query) },
}));
