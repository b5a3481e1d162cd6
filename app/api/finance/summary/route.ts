import { getLocale } from 'next-intl/server';
import { AppError } from '@/lib/errors';
import { apiRoute } from '@/lib/http/route';
import { PDF_LIMITS } from '@/lib/http/write-limits';
import { getViewer } from '@/lib/session';
import { computeFinancing, financingRequestFromParams, financingSummaryPdf, saveFinancingSimulation } from '@/modules/finance/server';
import { frenchFirstOfMonth } from '@/lib/i18n/format';

export const dynamic = 'force-dynamic';

/**
 * GET /api/finance/summary?<configuration params>&d=&n=&km=&f=… → the offer summary as a PDF.
 * A visitor who already has an identity (guest or account) finds the simulation in their space
 * afterwards: it is saved for them (no identity is created for a download, and a failed save
 * never fails the PDF).
 */
export const GET = apiRoute({ name: 'finance.summary', limits: PDF_LIMITS }, async ({ request }) => {
  const searchParams = new URL(request.url).searchParams;
  const input = financingRequestFromParams(searchParams);
  if (!input) throw new AppError('BAD_REQUEST', 'Configuration link too long.', { reason: 'CONFIGURATION_LINK_TOO_LONG' });
  const now = new Date();
  const result = computeFinancing(input, now);
  const locale = (await getLocale()) === 'en' ? 'en' : 'fr';
  const issuedOn = frenchFirstOfMonth(new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(now), locale);
  const pdf = await financingSummaryPdf(result, locale, issuedOn);
  const viewer = await getViewer();
  if (viewer && viewer.role === 'customer') {
    await saveFinancingSimulation(viewer.id, searchParams).catch((error: unknown) => console.error('[finance] simulation not saved', error));
  }
  return new Response(Buffer.from(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="virage-simulation-${result.configuration.model}.pdf"`,
      'Cache-Control': 'no-store',
    },
  });
});
