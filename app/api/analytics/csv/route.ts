import { AppError } from '@/lib/errors';
import { apiRoute } from '@/lib/http/route';
import { analyticsPeriod, buildFunnel, funnelCsv, ZAnalyticsQuery } from '@/modules/journey';
import { funnelExport } from '@/modules/journey/server';

export const dynamic = 'force-dynamic';

/** GET ?from&to&model[&dealership] → the funnel as CSV. Dealer users get their own dealership whatever they ask. */
export const GET = apiRoute({ name: 'analytics.csv', query: ZAnalyticsQuery, roles: ['dealer_staff', 'dealer_manager', 'admin'] }, async ({ query, viewer }) => {
  if (!viewer) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  const dealershipId = viewer.role === 'admin' ? query.dealership || null : viewer.dealershipId;
  if (viewer.role !== 'admin' && !dealershipId) throw new AppError('FORBIDDEN', 'No dealership.', { reason: 'NO_DEALERSHIP' });
  const period = analyticsPeriod(query, new Date());
  const { counts, cohort } = await funnelExport({ dealershipId, modelCode: query.model, from: period.from, to: period.to });
  return new Response(funnelCsv(counts, buildFunnel(counts, cohort)), {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="virage-funnel-${period.fromDay}-${period.toDay}.csv"`, 'cache-control': 'no-store' },
  });
});
