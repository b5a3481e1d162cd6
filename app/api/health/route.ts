import { AppError } from '@/lib/errors';
import { apiRoute } from '@/lib/http/route';
import { databaseReachable } from '@/lib/db';

export const dynamic = 'force-dynamic';

/** GET → {data:{status:'ok'}}, or 503 UNAVAILABLE when the database does not answer. */
export const GET = apiRoute({ name: 'health' }, async () => {
  if (!(await databaseReachable())) throw new AppError('UNAVAILABLE', 'Database unreachable.', { reason: 'DATABASE_UNREACHABLE' });
  return { data: { status: 'ok' } };
});
