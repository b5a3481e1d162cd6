import { bookingOccupied } from './context';
import type { Assignment, ExistingBooking, Slot } from './types';
import { DEFAULT_TIME_ZONE, MINUTE_MS, parseLocalDate, zoneCalendar } from './zone';

type Load = { day: number; total: number };

/** Every free car and staff member of a slot, best first (see pickAssignment for the order). */
export type RankedAssignment = { carIds: string[]; staffIds: string[] };

/**
 * Orders the cars and staff members a slot lists as free, least-loaded first: fewest minutes
 * already taken (travel included) on the slot's local day, then fewest in all of `bookings`, then
 * the smaller id — so the same data always gives the same order. The booking service walks these
 * lists when concurrent requests have already claimed the first choices.
 */
export function rankAssignment(
  slot: Pick<Slot, 'localDate' | 'carIds' | 'staffIds'>,
  bookings: readonly ExistingBooking[],
  timeZone: string = DEFAULT_TIME_ZONE,
): RankedAssignment {
  const zone = zoneCalendar(timeZone);
  const day = parseLocalDate(slot.localDate);
  const dayStart = zone.startOfDay(day);
  const dayEnd = zone.startOfDay(day + 1);
  const carLoad = new Map<string, Load>(slot.carIds.map((id) => [id, { day: 0, total: 0 }]));
  const staffLoad = new Map<string, Load>(slot.staffIds.map((id) => [id, { day: 0, total: 0 }]));
  for (const b of bookings) {
    const car = carLoad.get(b.carId);
    const staff = staffLoad.get(b.staffId);
    if (!car && !staff) continue;
    const o = bookingOccupied(b);
    const minutes = (o.end - o.start) / MINUTE_MS;
    const start = b.start.getTime();
    const sameDay = dayStart <= start && start < dayEnd;
    for (const load of [car, staff]) {
      if (!load) continue;
      load.total += minutes;
      if (sameDay) load.day += minutes;
    }
  }
  return { carIds: byLoad(carLoad), staffIds: byLoad(staffLoad) };
}

/**
 * Picks one car and one staff member among those a slot lists as free: the first of each
 * ranking above. Cars and staff are independent resources: any free car goes with any free staff member.
 */
export function pickAssignment(
  slot: Pick<Slot, 'localDate' | 'carIds' | 'staffIds'>,
  bookings: readonly ExistingBooking[],
  timeZone: string = DEFAULT_TIME_ZONE,
): Assignment | null {
  if (slot.carIds.length === 0 || slot.staffIds.length === 0) return null;
  const ranked = rankAssignment(slot, bookings, timeZone);
  const [carId] = ranked.carIds;
  const [staffId] = ranked.staffIds;
  return carId !== undefined && staffId !== undefined ? { carId, staffId } : null;
}

function byLoad(loads: Map<string, Load>): string[] {
  return [...loads].sort(compare).map(([id]) => id);
}

function compare([idA, a]: [string, Load], [idB, b]: [string, Load]): number {
  return a.day - b.day || a.total - b.total || (idA < idB ? -1 : idA > idB ? 1 : 0);
}
