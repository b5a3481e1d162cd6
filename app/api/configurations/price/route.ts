import { z } from 'zod';
import { apiRoute } from '@/lib/http/route';
import { quoteExact } from '@/modules/catalog/server/quote';

export const dynamic = 'force-dynamic';

/** POST a configuration (codes only) → the server's price breakdown and monthly estimate; quoteExact validates the body. */
export const POST = apiRoute({ name: 'configurations.price', body: z.unknown() }, async ({ body }) => ({ data: quoteExact(body) }));
