import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pickAssignment } from './assignment';
import { findSlots } from './engine';
import { booking as fixtureBooking, car, dealership, paris, parisLabel, PARIS } from './test-fixtures';
import type { AvailabilityData, ExistingBooking, InstantRange, Slot, SlotRequest, StaffMember, Unavailability, WeeklyHours } from './types';
import { WEEKDAYS } from './types';
import { checkSlotStart, validateBookingRequest } from './validate';

// Random dealerships around both 2026 DST changes and an ordinary week. The oracle below reads
// wall times with TZDate instant by instant, independently of the engine's zone code.

const MIN = 60_000;
const DAY = 86_400_000;
const BASES = [paris('2026-03-26 07:00'), paris('2026-10-22 07:00'), paris('2026-06-10 07:00')];

// No boundary between 02:00 and 03:00, where wall times are skipped or repeated.
const SHIFTS: readonly (readonly [string, string][])[] = [
  [['08:00', '19:00']],
  [['00:00', '24:00']],
  [['00:00', '06:00'], ['22:00', '24:00']],
  [['09:00', '12:30'], ['14:00', '19:00']],
  [],
];
const weeklyArb: fc.Arbitrary<WeeklyHours> = fc
  .array(fc.constantFrom(...SHIFTS), { minLength: 7, maxLength: 7 })
  .map((days) => Object.fromEntries(WEEKDAYS.map((w, i) => [w, (days[i] ?? []).map(([from, to]) => ({ from, to }))])));

const scenarioArb = fc
  .record({ base: fc.constantFrom(...BASES), offsetMin: fc.integer({ min: 0, max: 3 * 288 }).map((k) => k * 5) })
  .chain(({ base, offsetMin }) => {
    const now = base.getTime() + offsetMin * MIN;
    const instant = (maxDays: number) => fc.integer({ min: -288, max: maxDays * 288 }).map((k) => now + k * 5 * MIN);
    const range: fc.Arbitrary<InstantRange> = fc.tuple(instant(6), fc.integer({ min: 1, max: 60 })).map(([s, k]) => ({ start: new Date(s), end: new Date(s + k * 5 * MIN) }));
    const dayOff: fc.Arbitrary<Unavailability> = fc.integer({ min: 0, max: 6 }).map((d) => ({ kind: 'day', date: parisLabel(new Date(now + d * DAY)).slice(0, 10) }));
    const unavailability = fc.array(fc.oneof(dayOff, range.map((r): Unavailability => ({ kind: 'range', ...r }))), { maxLength: 2 });
    const staffArb = (id: string, role: StaffMember['role']) =>
      fc.record({ workingHours: weeklyArb, timeOff: unavailability }).map((s): StaffMember => ({ id, role, ...s }));
    const bookingArb = fc
      .record({
        id: fc.uuid(),
        carId: fc.constantFrom('c1', 'c2', 'c3'),
        staffId: fc.constantFrom('s1', 's2', 'p1', 'p2'),
        start: instant(6),
        minutes: fc.constantFrom(30, 45, 60),
        travel: fc.option(fc.tuple(fc.integer({ min: 3, max: 12 }), fc.integer({ min: 3, max: 12 }))),
      })
      .map(({ id, carId, staffId, start, minutes, travel }): ExistingBooking => ({
        ...fixtureBooking(id, carId, staffId, '2026-01-01 00:00', '2026-01-01 00:00'),
        start: new Date(start),
        end: new Date(start + minutes * MIN),
        kind: travel ? 'home' : 'showroom',
        travelBeforeMinutes: travel ? travel[0] * 5 : 0,
        travelAfterMinutes: travel ? travel[1] * 5 : 0,
      }));
    const data: fc.Arbitrary<AvailabilityData> = fc
      .record({
        opening: weeklyArb,
        closures: unavailability,
        step: fc.constantFrom(10, 15, 30),
        prep: fc.constantFrom(0, 15, 20),
        notice: fc.constantFrom(0, 60, 120, 1440),
        horizon: fc.integer({ min: 1, max: 6 }),
        extra: fc.constantFrom(0, 10),
        maintenance: fc.array(fc.array(range, { maxLength: 2 }), { minLength: 3, maxLength: 3 }),
        staff: fc.tuple(staffArb('s1', 'sales_advisor'), staffArb('s2', 'sales_advisor'), staffArb('p1', 'product_specialist'), staffArb('p2', 'product_specialist')),
        bookings: fc.array(bookingArb, { maxLength: 40 }),
      })
      .map((r) => ({
        dealership: dealership({ openingHours: r.opening, closures: r.closures, slotStepMinutes: r.step, prepBufferMinutes: r.prep, minNoticeMinutes: r.notice, horizonDays: r.horizon, homeDriveExtraMinutes: r.extra }),
        cars: [car('c1', 'ZEN', { trimCode: 'A', maintenance: r.maintenance[0] }), car('c2', 'ZEN', { trimCode: 'B', maintenance: r.maintenance[1] }), car('c3', 'ARO', { maintenance: r.maintenance[2] })],
        staff: [...r.staff],
        bookings: r.bookings,
      }));
    const request: fc.Arbitrary<SlotRequest> = fc
      .record({
        modelCode: fc.constantFrom('ZEN', 'ARO'),
        trim: fc.constantFrom(undefined, 'A'),
        kind: fc.constantFrom('showroom' as const, 'home' as const),
        durationMinutes: fc.constantFrom(30, 45, 60),
        distanceKm: fc.integer({ min: 0, max: 45 }),
      })
      .map((r) => ({
        modelCode: r.modelCode,
        ...(r.trim ? { trimCode: r.trim } : {}),
        kind: r.kind,
        durationMinutes: r.durationMinutes,
        home: { distanceKm: r.distanceKm },
        now: new Date(now),
        fromDate: parisLabel(new Date(now)).slice(0, 10),
        toDate: parisLabel(new Date(now + 4 * DAY)).slice(0, 10),
      }));
    return fc.record({ data, request });
  });

type Wall = { label: string; date: string; weekday: number; minute: number };
const walls = new Map<number, Wall>();

/** Local date, weekday and minute of an instant, read with TZDate (memoised: TZDate is slow). */
function wall(instant: number): Wall {
  let w = walls.get(instant);
  if (!w) {
    const t = new TZDate(instant, PARIS);
    const label = parisLabel(new Date(instant));
    w = { label, date: label.slice(0, 10), weekday: t.getDay(), minute: t.getHours() * 60 + t.getMinutes() };
    walls.set(instant, w);
  }
  return w;
}

/** Every 5-minute instant of [start, end) falls in the weekly hours. */
function within(hours: WeeklyHours, start: number, end: number): boolean {
  for (let t = start; t < end; t += 5 * MIN) {
    const { weekday, minute } = wall(t);
    const ranges = hours[WEEKDAYS[weekday]!] ?? [];
    const toMin = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3));
    if (!ranges.some((r) => toMin(r.from) <= minute && minute < toMin(r.to))) return false;
  }
  return true;
}

function hitsUnavailability(list: readonly Unavailability[], start: number, end: number): boolean {
  return list.some((u) => {
    if (u.kind === 'range') return u.start.getTime() < end && start < u.end.getTime();
    for (let t = start; t < end; t += 5 * MIN) if (wall(t).date === u.date) return true;
    return false;
  });
}

const overlap = (a: number, b: number, c: number, d: number) => a < d && c < b;

/** The first rule a slot breaks, or null. Plain checks: expect() per comparison is too slow here. */
function slotViolation(data: AvailabilityData, request: SlotRequest, slot: Slot, travel: [number, number]): string | null {
  const d = data.dealership;
  const start = slot.start.getTime();
  const end = slot.end.getTime();
  const occStart = start - travel[0] * MIN;
  const occEnd = end + travel[1] * MIN;
  const label = wall(start).label;
  if (end - start !== request.durationMinutes * MIN) return `${label}: wrong length`;
  if (`${slot.localDate} ${slot.localTime}` !== label) return `${label}: labelled ${slot.localDate} ${slot.localTime}`;
  if (start < request.now.getTime() + d.minNoticeMinutes * MIN) return `${label}: too soon`;
  if (occStart < request.now.getTime()) return `${label}: leaves in the past`;
  const today = new Date(`${parisLabel(request.now).slice(0, 10)}T00:00:00Z`).getTime();
  if (new Date(`${slot.localDate}T00:00:00Z`).getTime() > today + d.horizonDays * DAY) return `${label}: beyond horizon`;
  if (!within(d.openingHours, start, end)) return `${label}: outside opening hours`;
  if (hitsUnavailability(d.closures, start, end)) return `${label}: closed`;
  if (slot.carIds.length === 0 || slot.staffIds.length === 0) return `${label}: no resources`;
  for (const carId of slot.carIds) {
    const c = data.cars.find((x) => x.id === carId);
    if (c?.modelCode !== request.modelCode) return `${label}: car ${carId} is not a ${request.modelCode}`;
    if (c.maintenance.some((m) => overlap(m.start.getTime(), m.end.getTime(), occStart, occEnd))) return `${label}: car ${carId} in maintenance`;
    for (const b of data.bookings) {
      if (b.carId !== carId) continue;
      const bStart = b.start.getTime() - (b.travelBeforeMinutes + d.prepBufferMinutes) * MIN;
      const bEnd = b.end.getTime() + (b.travelAfterMinutes + d.prepBufferMinutes) * MIN;
      if (overlap(bStart, bEnd, occStart, occEnd)) return `${label}: car ${carId} taken by ${b.id}`;
    }
  }
  for (const staffId of slot.staffIds) {
    const s = data.staff.find((x) => x.id === staffId);
    if (!s) return `${label}: unknown staff ${staffId}`;
    if (request.kind === 'home' && s.role !== 'product_specialist') return `${label}: ${staffId} cannot drive to homes`;
    if (!within(s.workingHours, occStart, occEnd)) return `${label}: ${staffId} not working`;
    if (hitsUnavailability(s.timeOff, occStart, occEnd)) return `${label}: ${staffId} off`;
    for (const b of data.bookings) {
      if (b.staffId !== staffId) continue;
      if (overlap(b.start.getTime() - b.travelBeforeMinutes * MIN, b.end.getTime() + b.travelAfterMinutes * MIN, occStart, occEnd)) return `${label}: ${staffId} taken by ${b.id}`;
    }
  }
  const pick = pickAssignment(slot, data.bookings, PARIS);
  if (!pick || !slot.carIds.includes(pick.carId) || !slot.staffIds.includes(pick.staffId)) return `${label}: bad assignment`;
  return null;
}

describe('findSlots properties', () => {
  it('never offers a car or staff member that is busy, off, closed or out of hours', () => {
    fc.assert(
      fc.property(scenarioArb, ({ data, request }) => {
        const search = findSlots(data, request);
        const travel: [number, number] = [search.travelBeforeMinutes, search.travelAfterMinutes];
        const violations = search.slots.map((slot) => slotViolation(data, request, slot, travel)).filter((v) => v !== null);
        expect(violations).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('offers exactly the starts the per-slot check accepts, with the same resources', () => {
    fc.assert(
      fc.property(scenarioArb, ({ data, request }) => {
        // Three local days, every 5 minutes (all generated times are on that grid).
        const first = paris(`${request.fromDate} 00:00`);
        const last = paris(`${parisLabel(new Date(first.getTime() + 3 * DAY + 12 * 3_600_000)).slice(0, 10)} 00:00`);
        const toDate = parisLabel(new Date(last.getTime() - 1)).slice(0, 10);
        const search = findSlots(data, { ...request, toDate });
        const byStart = new Map(search.slots.map((s) => [s.start.getTime(), s]));
        const mismatches: string[] = [];
        for (let t = first.getTime(); t < last.getTime(); t += 5 * MIN) {
          const check = checkSlotStart(data, request, new Date(t));
          const slot = byStart.get(t);
          const label = new Date(t).toISOString();
          if (!check.ok) {
            if (slot) mismatches.push(`${label} offered but refused with ${check.code}`);
            continue;
          }
          byStart.delete(t);
          if (!slot) mismatches.push(`${label} accepted but not offered`);
          else if (slot.carIds.join() !== check.carIds.join() || slot.staffIds.join() !== check.staffIds.join()) mismatches.push(`${label} resources differ`);
          const validated = validateBookingRequest(data, request, { start: new Date(t) });
          if (!validated.ok || !check.carIds.includes(validated.carId) || !check.staffIds.includes(validated.staffId)) mismatches.push(`${label} not validated`);
        }
        for (const t of byStart.keys()) mismatches.push(`${new Date(t).toISOString()} offered outside the checked days`);
        expect(mismatches).toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
