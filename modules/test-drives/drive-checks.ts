// Plausibility rules for the day-of-drive lifecycle run by dealership staff. A drive of Wednesday
// must not be checked in on Sunday, and a 30-minute drive does not cover 83,000 km.

/** By default the driver may be checked in this long before the booked start (early arrivals), not earlier. */
export const CHECK_IN_MARGIN_MINUTES = 60;
/** Beyond this distance a test drive's mileage is implausible unless staff confirm it with a reason. */
export const MAX_PLAUSIBLE_DRIVE_KM = 300;

export function checkInOpensAt(startsAt: Date, marginMinutes = CHECK_IN_MARGIN_MINUTES): Date {
  return new Date(startsAt.getTime() - marginMinutes * 60_000);
}

export function canCheckIn(startsAt: Date, now: Date, marginMinutes = CHECK_IN_MARGIN_MINUTES): boolean {
  return now.getTime() >= checkInOpensAt(startsAt, marginMinutes).getTime();
}

export type MileageIssue = 'lower' | 'implausible' | null;

/** What is wrong with a finish reading given the start reading (null when either is unknown or it is plausible). */
export function mileageIssue(startKm: number | null | undefined, finishKm: number | null | undefined): MileageIssue {
  if (startKm == null || finishKm == null) return null;
  if (finishKm < startKm) return 'lower';
  if (finishKm - startKm > MAX_PLAUSIBLE_DRIVE_KM) return 'implausible';
  return null;
}
