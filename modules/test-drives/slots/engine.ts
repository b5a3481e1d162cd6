import { bookingOccupied, carBusySpans, prepareSearch, type SearchContext } from './context';
import { ContainmentCursor, normalize, subtract, type Span } from './intervals';
import { dayRanges, parseWeeklyHours, unavailabilitySpans, weeklySpans } from './schedule';
import type { AvailabilityData, ExistingBooking, Slot, SlotDay, SlotRequest, SlotSearch } from './types';
import { DAY_MS, MINUTE_MS, formatLocalDate, formatLocalTime, parseLocalDate } from './zone';

/**
 * Bookable slots for a request: opening hours minus closures, on the slot grid, after the minimum
 * notice and up to the horizon, where at least one matching demo car and one eligible staff member
 * are free for the drive plus any home travel (and the car for its preparation buffer too).
 *
 * Cost: each resource's busy time is sorted and merged once, then slot starts are swept in time
 * order with one cursor per resource — O(B log B + days × slots a day × resources).
 */
export function findSlots(data: AvailabilityData, request: SlotRequest): SlotSearch {
  const prepared = prepareSearch(data, request);
  if (!prepared.ok) return { slots: [], travelBeforeMinutes: 0, travelAfterMinutes: 0, refusal: prepared.code };
  const ctx = prepared.context;
  const search: SlotSearch = { slots: [], travelBeforeMinutes: ctx.travelBeforeMinutes, travelAfterMinutes: ctx.travelAfterMinutes };

  const firstDay = Math.max(ctx.today, request.fromDate ? parseLocalDate(request.fromDate) : ctx.today);
  const lastDay = Math.min(ctx.lastBookableDay, request.toDate ? parseLocalDate(request.toDate) : ctx.lastBookableDay);
  if (firstDay > lastDay) return search;

  const beforeMs = ctx.travelBeforeMinutes * MINUTE_MS;
  const afterMs = ctx.travelAfterMinutes * MINUTE_MS;
  // Every occupied interval of a slot in [firstDay, lastDay] lies inside this window.
  const window: Span = { start: ctx.zone.startOfDay(firstDay) - beforeMs - DAY_MS, end: ctx.zone.startOfDay(lastDay + 1) + afterMs + DAY_MS };
  const { carFree, staffFree } = freeTimeByResource(data.bookings, request.excludeBookingId, ctx, window);

  const carCursors = carFree.map((free) => new ContainmentCursor(free));
  const staffCursors = staffFree.map((free) => new ContainmentCursor(free));
  const { durationMs, stepMs, earliestStart, zone } = ctx;

  for (let day = firstDay; day <= lastDay; day++) {
    const opening = normalize(dayRanges(ctx.opening, day, zone));
    const open = subtract(opening, ctx.closures);
    if (open.length === 0) continue;
    const localDate = formatLocalDate(day);
    for (const range of opening) {
      for (const piece of open) {
        if (piece.start < range.start || piece.end > range.end) continue;
        // The grid counts from the opening time, so a closure or the notice never shifts it.
        const from = Math.max(piece.start, earliestStart);
        let start = range.start + Math.max(0, Math.ceil((from - range.start) / stepMs)) * stepMs;
        for (; start + durationMs <= piece.end; start += stepMs) {
          const occupiedStart = start - beforeMs;
          const occupiedEnd = start + durationMs + afterMs;
          const carIds: string[] = [];
          for (let i = 0; i < carCursors.length; i++) {
            if (carCursors[i]!.contains(occupiedStart, occupiedEnd)) carIds.push(ctx.cars[i]!.id);
          }
          if (carIds.length === 0) continue;
          const staffIds: string[] = [];
          for (let i = 0; i < staffCursors.length; i++) {
            if (staffCursors[i]!.contains(occupiedStart, occupiedEnd)) staffIds.push(ctx.staff[i]!.id);
          }
          if (staffIds.length === 0) continue;
          search.slots.push({
            start: new Date(start),
            end: new Date(start + durationMs),
            localDate,
            localTime: formatLocalTime(zone.minuteOfDayOn(day, start)),
            carIds,
            staffIds,
          });
        }
      }
    }
  }
  return search;
}

/** Free time of each eligible car and staff member inside `window`, sorted and merged. */
function freeTimeByResource(
  bookings: readonly ExistingBooking[],
  excludeBookingId: string | undefined,
  ctx: SearchContext,
  window: Span,
): { carFree: Span[][]; staffFree: Span[][] } {
  const byCar = new Map<string, ExistingBooking[]>(ctx.cars.map((c) => [c.id, []]));
  const byStaff = new Map<string, ExistingBooking[]>(ctx.staff.map((s) => [s.id, []]));
  const margin = ctx.prepMs;
  for (const b of bookings) {
    if (b.id === excludeBookingId) continue;
    const o = bookingOccupied(b);
    if (o.end + margin <= window.start || o.start - margin >= window.end) continue;
    byCar.get(b.carId)?.push(b);
    byStaff.get(b.staffId)?.push(b);
  }

  const carFree = ctx.cars.map((car) => subtract([window], normalize(carBusySpans(car, byCar.get(car.id) ?? [], ctx.prepMs))));

  const firstDay = ctx.zone.dayOf(window.start);
  const lastDay = ctx.zone.dayOf(window.end);
  const staffFree = ctx.staff.map((member) => {
    const working = weeklySpans(parseWeeklyHours(member.workingHours), firstDay, lastDay, ctx.zone);
    const busy = unavailabilitySpans(member.timeOff, ctx.zone);
    for (const b of byStaff.get(member.id) ?? []) busy.push(bookingOccupied(b));
    return subtract(working, normalize(busy));
  });
  return { carFree, staffFree };
}

/** Slots grouped by their local date, days in order of first appearance. */
export function groupSlotsByLocalDay(slots: readonly Slot[]): SlotDay[] {
  const days = new Map<string, SlotDay>();
  for (const slot of slots) {
    const day = days.get(slot.localDate);
    if (day) day.slots.push(slot);
    else days.set(slot.localDate, { date: slot.localDate, slots: [slot] });
  }
  return [...days.values()];
}
