import 'server-only';
import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import type { ExistingBooking } from '../slots';

/**
 * A car handover is a resource booking like a test drive: a staff member and a handover bay for
 * a fixed time. The slot engine sees the bays as "cars" of a model of their own, so the same
 * search (opening hours, staff hours, time off, notice, grid, the other bookings) serves both.
 */
export const HANDOVER_RESOURCE = 'handover-bay';
/** Minutes a handover takes: papers, walk-round, keys, explanations (one of the engine's lengths). */
export const HANDOVER_MINUTES = 45;

export const bayId = (bay: number) => `${HANDOVER_RESOURCE}:${bay}`;
export const bayNumber = (id: string) => Number(id.slice(HANDOVER_RESOURCE.length + 1));

type Client = PrismaClient | Prisma.TransactionClient;

/** Live handovers of these staff members in the window, as the engine's bookings (bay = car). */
export async function staffHandovers(client: Client, staffIds: readonly string[], from: Date, to: Date): Promise<ExistingBooking[]> {
  if (staffIds.length === 0) return [];
  const rows = await client.handoverAppointment.findMany({
    where: { status: { not: 'cancelled' }, staffId: { in: [...staffIds] }, startsAt: { lt: to }, bayReadyAt: { gt: from } },
    select: { id: true, staffId: true, bay: true, startsAt: true, endsAt: true },
  });
  return rows.map(toBooking);
}

export function toBooking(row: { id: string; staffId: string; bay: number; startsAt: Date; endsAt: Date }): ExistingBooking {
  return { id: row.id, carId: bayId(row.bay), staffId: row.staffId, start: row.startsAt, end: row.endsAt, kind: 'showroom', travelBeforeMinutes: 0, travelAfterMinutes: 0 };
}
