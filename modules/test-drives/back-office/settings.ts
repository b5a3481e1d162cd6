import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { readStoredWeek, type StoredWeek } from './hours';
import type { TSettingsInput } from './schemas';

export type DealershipSettings = {
  id: string;
  name: string;
  city: string;
  timeZone: string;
  openingHours: StoredWeek;
  closures: string[];
  homeDriveRadiusKm: number;
  prepBufferMinutes: number;
  minNoticeMinutes: number;
  horizonDays: number;
  slotStepMinutes: number;
};

export async function getDealershipSettings(dealershipId: string): Promise<DealershipSettings> {
  const row = await db.dealership.findUnique({
    where: { id: dealershipId },
    select: {
      id: true, name: true, city: true, timeZone: true, openingHours: true, closures: true,
      homeDriveRadiusKm: true, prepBufferMinutes: true, minNoticeMinutes: true, horizonDays: true, slotStepMinutes: true,
    },
  });
  if (!row) throw new AppError('NOT_FOUND', 'Dealership not found.');
  return { ...row, openingHours: readStoredWeek(row.openingHours) };
}

/** Manager only (checked by the action): booking rules used by the slot engine from now on. */
export async function updateDealershipSettings(dealershipId: string, input: TSettingsInput): Promise<void> {
  await db.dealership.update({
    where: { id: dealershipId },
    data: {
      openingHours: input.openingHours,
      closures: input.closures,
      homeDriveRadiusKm: input.homeDriveRadiusKm,
      prepBufferMinutes: input.prepBufferMinutes,
      minNoticeMinutes: input.minNoticeMinutes,
      horizonDays: input.horizonDays,
      slotStepMinutes: input.slotStepMinutes,
    },
  });
}
