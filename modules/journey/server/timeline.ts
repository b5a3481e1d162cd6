import 'server-only';
import type { PrismaClient } from '@/generated/prisma/client';
import type { JourneyChannel, JourneyStep } from '../events';

export type TimelineEntry = {
  id: string;
  channel: JourneyChannel;
  step: JourneyStep;
  dealershipId: string | null;
  modelCode: string | null;
  subjectRef: string | null;
  byStaff: boolean;
  occurredAt: Date;
};

/** A customer's touchpoints, newest first, across channels (the "360°" view for the next person). */
export async function timelineOf(db: PrismaClient, userId: string, take = 100): Promise<TimelineEntry[]> {
  const rows = await db.journeyEvent.findMany({
    where: { userId },
    orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
    take,
    select: { id: true, channel: true, step: true, dealershipId: true, modelCode: true, subjectRef: true, staffUserId: true, occurredAt: true },
  });
  return rows.map(({ staffUserId, ...row }) => ({ ...row, byStaff: staffUserId !== null }));
}
