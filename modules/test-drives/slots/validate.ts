import { rankAssignment } from './assignment';
import { bookingOccupied, carMatches, prepareSearch, staffMatches, type SearchContext } from './context';
import { normalize, overlaps, type Span } from './intervals';
import { dayRanges, parseWeeklyHours, unavailabilitySpan, weeklySpans } from './schedule';
import type { AvailabilityData, BookingRefusalCode, LocalDate, LocalTime, SlotRequest } from './types';
import { MINUTE_MS, formatLocalDate, formatLocalTime } from './zone';

// Checks one chosen start directly against the data (a scan per resource, no sweep), so the
// server can recheck a slot against fresh data inside its booking transaction. Kept independent
// of findSlots on purpose: the property tests compare the two.

export type BookingTiming = {
  start: Date;
  end: Date;
  /** The span the car and staff member are taken, travel included (car preparation excluded). */
  occupiedStart: Date;
  occupiedEnd: Date;
  travelBeforeMinutes: number;
  travelAfterMinutes: number;
  localDate: LocalDate;
  localTime: LocalTime;
};

export type Refusal = { ok: false; code: BookingRefusalCode; resource?: 'car' | 'staff' };

export type StartCheck = ({ ok: true; carIds: string[]; staffIds: string[] } & BookingTiming) | Refusal;

export type BookingChoice = { start: Date; carId?: string; staffId?: string };

/**
 * `carId`/`staffId` is the preferred pair; `carIds`/`staffIds` every eligible free one in order of
 * preference (the pair first), for a service that finds its first choice claimed concurrently.
 */
export type BookingCheck = ({ ok: true; carId: string; staffId: string; carIds: string[]; staffIds: string[] } & BookingTiming) | Refusal;

/** Every free car and staff member for a drive starting at `start`, or why none can be booked. */
export function checkSlotStart(data: AvailabilityData, request: SlotRequest, start: Date): StartCheck {
  const prepared = prepareSearch(data, request);
  if (!prepared.ok) return { ok: false, code: prepared.code };
  // What the list offers: the full notice (a booking gets the grace, below).
  return checkStart(prepared.context, data, request, start.getTime(), prepared.context.earliestStart);
}

/**
 * Validates a booking about to be written: the request itself, then timing (notice, horizon,
 * hours, closures, grid), then availability. A given car/staff member must fit the request
 * (RESOURCE_MISMATCH) and be free (SLOT_TAKEN); otherwise the least-loaded free pair is chosen.
 */
export function validateBookingRequest(data: AvailabilityData, request: SlotRequest, choice: BookingChoice): BookingCheck {
  const prepared = prepareSearch(data, request);
  if (!prepared.ok) return { ok: false, code: prepared.code };
  const car = choice.carId === undefined ? undefined : data.cars.find((c) => c.id === choice.carId);
  const member = choice.staffId === undefined ? undefined : data.staff.find((s) => s.id === choice.staffId);
  if (choice.carId !== undefined && (!car || !carMatches(car, request))) return { ok: false, code: 'RESOURCE_MISMATCH', resource: 'car' };
  if (choice.staffId !== undefined && (!member || !staffMatches(member, request))) {
    return { ok: false, code: 'RESOURCE_MISMATCH', resource: 'staff' };
  }

  const check = checkStart(prepared.context, data, request, choice.start.getTime(), prepared.context.bookableFrom);
  if (!check.ok) return check;
  const { carIds, staffIds } = check;
  const timing: BookingTiming = {
    start: check.start,
    end: check.end,
    occupiedStart: check.occupiedStart,
    occupiedEnd: check.occupiedEnd,
    travelBeforeMinutes: check.travelBeforeMinutes,
    travelAfterMinutes: check.travelAfterMinutes,
    localDate: check.localDate,
    localTime: check.localTime,
  };
  const cars = choice.carId === undefined ? carIds : carIds.filter((id) => id === choice.carId);
  if (cars.length === 0) return { ok: false, code: 'SLOT_TAKEN', resource: 'car' };
  const staff = choice.staffId === undefined ? staffIds : staffIds.filter((id) => id === choice.staffId);
  if (staff.length === 0) return { ok: false, code: 'SLOT_TAKEN', resource: 'staff' };
  const ranked = rankAssignment({ localDate: timing.localDate, carIds: cars, staffIds: staff }, data.bookings, prepared.context.zone.timeZone);
  const [carId] = ranked.carIds;
  const [staffId] = ranked.staffIds;
  if (carId === undefined || staffId === undefined) return { ok: false, code: 'SLOT_TAKEN' };
  return { ok: true, carId, staffId, ...ranked, ...timing };
}

function checkStart(ctx: SearchContext, data: AvailabilityData, request: SlotRequest, start: number, earliest: number): StartCheck {
  const { zone } = ctx;
  const end = start + ctx.durationMs;
  if (!Number.isFinite(start) || start < earliest) return { ok: false, code: 'TOO_SOON' };
  const day = zone.dayOf(start);
  if (day > ctx.lastBookableDay) return { ok: false, code: 'OUTSIDE_HORIZON' };
  const range = normalize(dayRanges(ctx.opening, day, zone)).find((r) => r.start <= start && end <= r.end);
  if (!range) return { ok: false, code: 'OUTSIDE_HOURS' };
  if (ctx.closures.some((c) => overlaps(c.start, c.end, start, end))) return { ok: false, code: 'CLOSED' };
  if ((start - range.start) % ctx.stepMs !== 0) return { ok: false, code: 'OFF_GRID' };

  const occupied: Span = { start: start - ctx.travelBeforeMinutes * MINUTE_MS, end: end + ctx.travelAfterMinutes * MINUTE_MS };
  const bookings = data.bookings.filter((b) => b.id !== request.excludeBookingId);
  const hits = (s: Span, pad = 0) => overlaps(s.start - pad, s.end + pad, occupied.start, occupied.end);

  const carIds = ctx.cars
    .filter((car) => !car.maintenance.some((m) => hits({ start: m.start.getTime(), end: m.end.getTime() })))
    .filter((car) => !bookings.some((b) => b.carId === car.id && hits(bookingOccupied(b), ctx.prepMs)))
    .map((car) => car.id);

  const firstDay = zone.dayOf(occupied.start) - 1;
  const lastDay = zone.dayOf(occupied.end) + 1;
  const staffIds = ctx.staff
    .filter((m) => weeklySpans(parseWeeklyHours(m.workingHours), firstDay, lastDay, zone).some((w) => w.start <= occupied.start && occupied.end <= w.end))
    .filter((m) => !m.timeOff.some((t) => hits(unavailabilitySpan(t, zone))))
    .filter((m) => !bookings.some((b) => b.staffId === m.id && hits(bookingOccupied(b))))
    .map((m) => m.id);

  if (carIds.length === 0) return { ok: false, code: 'SLOT_TAKEN', resource: 'car' };
  if (staffIds.length === 0) return { ok: false, code: 'SLOT_TAKEN', resource: 'staff' };
  return {
    ok: true,
    carIds,
    staffIds,
    start: new Date(start),
    end: new Date(end),
    occupiedStart: new Date(occupied.start),
    occupiedEnd: new Date(occupied.end),
    travelBeforeMinutes: ctx.travelBeforeMinutes,
    travelAfterMinutes: ctx.travelAfterMinutes,
    localDate: formatLocalDate(day),
    localTime: formatLocalTime(zone.localParts(start).minuteOfDay),
  };
}
