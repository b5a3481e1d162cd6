import type { Span } from './intervals';
import { parseWeeklyHours, unavailabilitySpans, type ParsedWeek } from './schedule';
import { homeTravelLegs } from './travel';
import {
  DRIVE_DURATIONS,
  type AvailabilityData,
  type DealershipSchedule,
  type DemoCar,
  type ExistingBooking,
  type RequestRefusalCode,
  type SlotRequest,
  type StaffMember,
} from './types';
import { DEFAULT_TIME_ZONE, MINUTE_MS, zoneCalendar, type ZoneCalendar } from './zone';

/** What both the slot search and the booking check derive from one request. */
export type SearchContext = {
  zone: ZoneCalendar;
  dealership: DealershipSchedule;
  opening: ParsedWeek;
  closures: Span[];
  cars: readonly DemoCar[];
  staff: readonly StaffMember[];
  durationMs: number;
  travelBeforeMinutes: number;
  travelAfterMinutes: number;
  stepMs: number;
  prepMs: number;
  /** Local day numbers. */
  today: number;
  lastBookableDay: number;
  /** Earliest slot offered: now + max(minimum notice, travel before), UTC ms. */
  earliestStart: number;
  /**
   * Earliest start a booking is accepted for: the notice less OFFERED_SLOT_GRACE_MS, never less
   * than the travel before it. A slot offered on the page stays bookable while the buyer fills in
   * the form, instead of being refused as too soon when the clock passes the notice meanwhile.
   */
  bookableFrom: number;
};

/** How long after it was offered a slot stays bookable though it now breaks the notice by that much. */
export const OFFERED_SLOT_GRACE_MS = 15 * 60_000;

export type Prepared = { ok: true; context: SearchContext } | { ok: false; code: RequestRefusalCode };

export function isDriveDuration(minutes: number): boolean {
  return (DRIVE_DURATIONS as readonly number[]).includes(minutes);
}

export function carMatches(car: DemoCar, request: SlotRequest): boolean {
  return (
    car.modelCode === request.modelCode &&
    (request.trimCode === undefined || car.trimCode === request.trimCode) &&
    (request.powertrain === undefined || car.powertrain === request.powertrain)
  );
}

/** Home drives are run by product specialists only; anyone may run a showroom drive. */
export function staffMatches(member: StaffMember, request: SlotRequest): boolean {
  return request.kind === 'showroom' || member.role === 'product_specialist';
}

export function prepareSearch(data: AvailabilityData, request: SlotRequest): Prepared {
  const { dealership } = data;
  if (!isDriveDuration(request.durationMinutes)) return { ok: false, code: 'INVALID_DURATION' };
  let travel = { before: 0, after: 0 };
  if (request.kind === 'home') {
    const home = request.home;
    if (!home || !(home.distanceKm >= 0) || (home.travelMinutes !== undefined && !(home.travelMinutes >= 0))) {
      return { ok: false, code: 'HOME_ADDRESS_REQUIRED' };
    }
    if (home.distanceKm > dealership.homeRadiusKm) return { ok: false, code: 'OUT_OF_RANGE' };
    travel = homeTravelLegs(dealership, home);
  }
  const cars = data.cars.filter((c) => carMatches(c, request));
  if (cars.length === 0) return { ok: false, code: 'NO_MATCHING_CAR' };
  const staff = data.staff.filter((s) => staffMatches(s, request));
  if (staff.length === 0) return { ok: false, code: 'NO_ELIGIBLE_STAFF' };
  if (!(dealership.slotStepMinutes > 0)) throw new RangeError('slotStepMinutes must be > 0');

  const zone = zoneCalendar(dealership.timeZone ?? DEFAULT_TIME_ZONE);
  const now = request.now.getTime();
  const today = zone.dayOf(now);
  return {
    ok: true,
    context: {
      zone,
      dealership,
      opening: parseWeeklyHours(dealership.openingHours),
      closures: unavailabilitySpans(dealership.closures, zone),
      cars,
      staff,
      durationMs: request.durationMinutes * MINUTE_MS,
      travelBeforeMinutes: travel.before,
      travelAfterMinutes: travel.after,
      stepMs: dealership.slotStepMinutes * MINUTE_MS,
      prepMs: dealership.prepBufferMinutes * MINUTE_MS,
      today,
      lastBookableDay: today + dealership.horizonDays,
      // A home drive also cannot send anyone out in the past, whatever the notice.
      earliestStart: now + Math.max(dealership.minNoticeMinutes, travel.before) * MINUTE_MS,
      bookableFrom: now + Math.max(dealership.minNoticeMinutes * MINUTE_MS - OFFERED_SLOT_GRACE_MS, travel.before * MINUTE_MS, 0),
    },
  };
}

/** Time the car and staff member are taken by a booking, travel included. */
export function bookingOccupied(b: ExistingBooking): Span {
  return {
    start: b.start.getTime() - b.travelBeforeMinutes * MINUTE_MS,
    end: b.end.getTime() + b.travelAfterMinutes * MINUTE_MS,
  };
}

/** A car is blocked for its bookings plus the preparation buffer on both sides, so two drives of
 * the same car are always at least `prepMs` apart; maintenance blocks count as they are. */
export function carBusySpans(car: DemoCar, bookings: readonly ExistingBooking[], prepMs: number): Span[] {
  const spans: Span[] = car.maintenance.map((m) => ({ start: m.start.getTime(), end: m.end.getTime() }));
  for (const b of bookings) {
    if (b.carId !== car.id) continue;
    const o = bookingOccupied(b);
    spans.push({ start: o.start - prepMs, end: o.end + prepMs });
  }
  return spans;
}
