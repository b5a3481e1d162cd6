import 'server-only';
import { db } from '@/lib/db';
import { classifyDbError } from '@/lib/db-errors';

/**
 * The name and zone of a dealership named in a booking link; null when there is none. An id the
 * database cannot even read (a NUL byte from the URL: SQLSTATE 22021) names no dealership either.
 */
export async function dealershipHeader(dealershipId: string): Promise<{ name: string; timeZone: string } | null> {
  try {
    return await db.dealership.findUnique({ where: { id: dealershipId }, select: { name: true, timeZone: true } });
  } catch (error) {
    if (classifyDbError(error) === 'bad-text') return null;
    throw error;
  }
}

/** Models a dealership can offer for a drive: those of its active, drivable demo cars. */
export async function drivableModels(dealershipId: string): Promise<string[]> {
  const rows = await db.demoCar.findMany({
    where: { dealershipId, active: true, displayOnly: false },
    distinct: ['modelCode'],
    select: { modelCode: true },
    orderBy: { modelCode: 'asc' },
  });
  return rows.map((r) => r.modelCode);
}
