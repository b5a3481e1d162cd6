import { z } from 'zod';
import { apiRoute } from '@/lib/http/route';
import { checkHomeAddress, findShowrooms } from '@/modules/test-drives/server';

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
export const GET = apiRoute({ name: 'test-drives.showrooms', query: ZQuery }, async ({ query: q }) => {
  const base = { modelCode: q.model, trimCode: q.trim, powertrain: q.powertrain };
  if (q.street && q.postalCode) {
    const { home, options } = await checkHomeAddress({ ...base, street: q.street, postalCode: q.postalCode, city: q.city ?? '' });
    return { data: { kind: 'home', home: { street: home.street, postalCode: home.postalCode, city: home.city }, dealerships: options } };
  }
  return { data: { kind: 'showroom', dealerships: await findShowrooms({ ...base, near: q.near }) } };
});
