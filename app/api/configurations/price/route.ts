import { z } from 'zod';
import { apiRoute } from '@/lib/http/route';
import { quoteExact } from '@/modules/catalog/server';

export const dynamic = 'force-dynamic';

/** A configuration is codes only, under 2 KB: 16 KB leaves room and refuses padding early. */
const CONFIGURATION_BODY_BYTES = 16 * 1024;

/** POST a configuration (codes only) → the server's price breakdown and monthly estimate; quoteExact validates the body. */
export const POST = apiRoute({ name: 'configurations.price', body: z.unknown(), maxBodyBytes: CONFIGURATION_BODY_BYTES }, async ({ body }) => ({ data: quoteExact(body) }));
