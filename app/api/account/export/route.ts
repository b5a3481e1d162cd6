import { apiRoute } from '@/lib/http/route';
import { AppError } from '@/lib/errors';
import { exportData } from '@/modules/customers/server';

export const dynamic = 'force-dynamic';

/** GET → the signed-in customer's data as a JSON download (RGPD art. 15 and 20), staff lookups of them included. */
export const GET = apiRoute({ name: 'account.export', roles: ['customer'] }, async ({ viewer }) => {
  if (!viewer) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  const data = await exportData(viewer.id);
  return new Response(JSON.stringify(data, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8', 'content-disposition': 'attachment; filename="virage-mes-donnees.json"', 'cache-control': 'no-store' },
  });
});
