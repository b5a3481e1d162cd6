import { z } from 'zod';
import { checkHomeAddress, findShowrooms } from '@/modules/test-drives/server';
import { handleJson, queryObject } from '@/modules/test-drives/server/http';

export const dynamic = 'force-dynamic';

const ZQuery = z.object({
  model: z.string().min(1).max(64),
  trim: z.string().min(1).max(64).optional(),
  powertrain: z.string().min(1).max(32).optional(),
  near: z.string().trim().max(100).optional(),
  street: z.string().trim().min(1).max(200).optional(),
  postalCode: z.string().trim().regex(/^\d{5}$/).optional(),
  city: z.string().trim().max(100).optional(),
});

/** GET ?model=&trim=&near= → showrooms nearest first; with street+postalCode → dealerships driving to that home. */
export async function GET(request: Request) {
  return handleJson('showrooms', async () => {
    const q = ZQuery.parse(queryObject(request));
    const base = { modelCode: q.model, trimCode: q.trim, powertrain: q.powertrain };
    if (q.street && q.postalCode) {
      const { home, options } = await checkHomeAddress({ ...base, street: q.street, postalCode: q.postalCode, city: q.city ?? '' });
      return { data: { kind: 'home', home: { street: home.street, postalCode: home.postalCode, city: home.city }, dealerships: options } };
    }
    return { data: { kind: 'showroom', dealerships: await findShowrooms({ ...base, near: q.near }) } };
  });
}
