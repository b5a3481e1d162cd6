import { handleJson, queryObject, ZSlotQuery } from '@/modules/test-drives/server/http';
import { listSlots } from '@/modules/test-drives/server';

export const dynamic = 'force-dynamic';

/** GET ?dealershipId=&model=&trim=&kind=showroom|home&duration=&from=&to=[&street=&postalCode=&city=] → free slots by local day. */
export async function GET(request: Request) {
  return handleJson('slots', async () => {
    const query = ZSlotQuery.parse(queryObject(request));
    return { data: { dealershipId: query.dealershipId, days: await listSlots(query) } };
  });
}
