import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { apiRoute } from '@/lib/http/route';
import { PDF_LIMITS } from '@/lib/http/write-limits';
import { computeFinancing, financingRequestFromParams } from '@/modules/finance/server';
import { fipenPdf } from '@/modules/finance/server';
import { frenchFirstOfMonth } from '@/lib/i18n/format';

export const dynamic = 'force-dynamic';

/**
 * GET /api/finance/fipen?offer=<product id>&<the financing page's parameters> → the pre-contractual
 * information sheet (FIPEN) of that credit or LOA offer, as a PDF.
 */
export const GET = apiRoute({ name: 'finance.fipen', limits: PDF_LIMITS, query: z.looseObject({ offer: z.string().regex(/^[a-z0-9-]{1,40}$/) }) }, async ({ request, query }) => {
  const input = financingRequestFromParams(new URL(request.url).searchParams);
  if (!input) throw new AppError('BAD_REQUEST', 'Configuration link too long.', { reason: 'CONFIGURATION_LINK_TOO_LONG' });
  const now = new Date();
  // The sheet is for the chosen offer: make sure it is among the quoted products.
  const productIds = input.productIds.includes(query.offer) ? input.productIds : [query.offer];
  const result = computeFinancing({ ...input, productIds }, now);
  const locale = (await getLocale()) === 'en' ? 'en' : 'fr';
  const issuedOn = frenchFirstOfMonth(new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(now), locale);
  const pdf = await fipenPdf(result, query.offer, locale, issuedOn);
  return new Response(Buffer.from(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="virage-fipen-${query.offer}.pdf"`,
      'Cache-Control': 'no-store',
    },
  });
});
