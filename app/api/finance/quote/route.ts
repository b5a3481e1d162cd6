import { z } from 'zod';
import { apiRoute } from '@/lib/http/route';
import { computeFinancing } from '@/modules/finance/server';

export const dynamic = 'force-dynamic';

/**
 * POST /api/finance/quote {configuration, cashDepositCents, durationMonths, annualMileageKm, productIds, tradeIn?, useTradeIn?}
 * The body is validated by computeFinancing itself (the same check as the page's server action).
 */
export const POST = apiRoute({ name: 'finance.quote', body: z.unknown() }, async ({ body }) => ({ data: computeFinancing(body, new Date()) }));
