import { db } from '@/lib/db';

export const dynamic = 'force-dynamic';

export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: 'ok' });
  } catch {
    return Response.json({ status: 'degraded', error: { code: 'UNAVAILABLE', message: 'Database unreachable' } }, { status: 503 });
  }
}
