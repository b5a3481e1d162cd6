import { describe, expect, it } from 'vitest';
import { findSlots } from './engine';
import { advisor, booking, car, dealership, home, paris, showroom, specialist, world } from './test-fixtures';
import { checkSlotStart, validateBookingRequest } from './validate';

const TUE = '2026-03-03';
const at = (time: string, date = TUE) => ({ start: paris(`${date} ${time}`) });

describe('validateBookingRequest: refusal codes', () => {
  it.each([
    ['TOO_SOON', world(), showroom(), { start: paris('2026-03-02 10:30') }],
    ['TOO_SOON (in the past)', world(), showroom(), { start: paris('2026-03-01 10:00') }],
    ['OUTSIDE_HORIZON', world(), showroom(), { start: paris('2026-04-02 10:00') }],
    ['OUTSIDE_HOURS (Sunday)', world(), showroom(), at('10:00', '2026-03-08')],
    ['OUTSIDE_HOURS (over lunch)', world(), showroom(), at('12:00')],
    ['OUTSIDE_HOURS (before opening)', world(), showroom(), at('08:45')],
    ['CLOSED', world({ dealership: dealership({ closures: [{ kind: 'day', date: TUE }] }) }), showroom(), at('10:00')],
    ['OFF_GRID', world(), showroom(), at('10:07')],
    ['INVALID_DURATION', world(), showroom({ durationMinutes: 90 }), at('10:00')],
    ['HOME_ADDRESS_REQUIRED', world(), showroom({ kind: 'home' }), at('10:00')],
    ['OUT_OF_RANGE', world(), home(55), at('10:00')],
    ['NO_MATCHING_CAR', world(), showroom({ modelCode: 'X' }), at('10:00')],
    ['NO_ELIGIBLE_STAFF', world({ staff: [advisor('s1')] }), home(10), at('10:00')],
  ] as const)('%s', (label, data, request, choice) => {
    const result = validateBookingRequest(data, request, choice);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe(label.split(' ')[0]);
  });

  it('SLOT_TAKEN when every car is out, naming the resource', () => {
    const bookings = [booking('b1', 'c1', 's1', `${TUE} 10:00`, `${TUE} 11:00`), booking('b2', 'c2', 'p1', `${TUE} 09:30`, `${TUE} 10:30`)];
    expect(validateBookingRequest(world({ bookings }), showroom(), at('10:30'))).toEqual({ ok: false, code: 'SLOT_TAKEN', resource: 'car' });
    expect(validateBookingRequest(world({ bookings }), showroom(), at('10:45'))).toMatchObject({ ok: true, carId: 'c2' });
  });

  it('SLOT_TAKEN for the staff member asked for, RESOURCE_MISMATCH for one who cannot run it', () => {
    const bookings = [booking('b1', 'c1', 's1', `${TUE} 10:00`, `${TUE} 11:00`)];
    expect(validateBookingRequest(world({ bookings }), showroom(), { ...at('10:30'), staffId: 's1' })).toEqual({ ok: false, code: 'SLOT_TAKEN', resource: 'staff' });
    expect(validateBookingRequest(world(), home(10), { ...at('10:30'), staffId: 's1' })).toEqual({ ok: false, code: 'RESOURCE_MISMATCH', resource: 'staff' });
    expect(validateBookingRequest(world(), showroom(), { ...at('10:30'), carId: 'c3' })).toEqual({ ok: false, code: 'RESOURCE_MISMATCH', resource: 'car' });
    expect(validateBookingRequest(world(), showroom(), { ...at('10:30'), carId: 'nope' })).toMatchObject({ code: 'RESOURCE_MISMATCH' });
  });
});

describe('validateBookingRequest: accepted bookings', () => {
  it('returns the timing to store, a least-loaded assignment and every free alternative in order', () => {
    const bookings = [booking('b1', 'c1', 's1', `${TUE} 14:00`, `${TUE} 15:00`)];
    const result = validateBookingRequest(world({ bookings }), showroom(), at('10:00'));
    expect(result).toEqual({
      ok: true,
      carId: 'c2',
      staffId: 'p1',
      carIds: ['c2', 'c1'],
      staffIds: ['p1', 's1'],
      start: paris(`${TUE} 10:00`),
      end: paris(`${TUE} 11:00`),
      occupiedStart: paris(`${TUE} 10:00`),
      occupiedEnd: paris(`${TUE} 11:00`),
      travelBeforeMinutes: 0,
      travelAfterMinutes: 0,
      localDate: TUE,
      localTime: '10:00',
    });
  });

  it('honours a chosen car and staff member when they are free', () => {
    expect(validateBookingRequest(world(), showroom(), { ...at('10:00'), carId: 'c1', staffId: 's1' })).toMatchObject({ ok: true, carId: 'c1', staffId: 's1' });
  });

  it('includes home travel in the occupied span', () => {
    const result = validateBookingRequest(world(), home(20), at('09:00'));
    expect(result).toMatchObject({ ok: true, staffId: 'p1', travelBeforeMinutes: 45, occupiedStart: paris(`${TUE} 08:15`), occupiedEnd: paris(`${TUE} 10:45`) });
    expect(validateBookingRequest(world(), home(20), at('17:30'))).toEqual({ ok: false, code: 'SLOT_TAKEN', resource: 'staff' });
  });

  it('rechecks a slot offered earlier against fresh data', () => {
    const data = world({ cars: [car('c1', 'ZEN')], staff: [specialist('p1')] });
    const offered = findSlots(data, showroom()).slots.find((s) => s.localDate === TUE && s.localTime === '10:00');
    expect(offered).toBeDefined();
    if (!offered) return;
    expect(validateBookingRequest(data, showroom(), { start: offered.start }).ok).toBe(true);
    const fresh = { ...data, bookings: [booking('other', 'c1', 'p1', `${TUE} 10:30`, `${TUE} 11:00`)] };
    expect(validateBookingRequest(fresh, showroom(), { start: offered.start })).toEqual({ ok: false, code: 'SLOT_TAKEN', resource: 'car' });
    expect(validateBookingRequest(fresh, showroom({ excludeBookingId: 'other' }), { start: offered.start }).ok).toBe(true);
  });
});

describe('checkSlotStart', () => {
  it('lists every free resource like findSlots', () => {
    const check = checkSlotStart(world(), showroom(), paris(`${TUE} 10:00`));
    expect(check).toMatchObject({ ok: true, carIds: ['c1', 'c2'], staffIds: ['s1', 'p1'] });
  });
});

describe('a slot offered on the page stays bookable while the buyer fills in the form', () => {
  const MON = '2026-03-02';
  const offeredAt = paris(`${MON} 09:00`);
  const minutesLater = (m: number) => new Date(offeredAt.getTime() + m * 60_000);

  it('11:00 is offered at 09:00 (two hours of notice), accepted at 09:10 and at 09:15, refused at 09:16', () => {
    expect(findSlots(world(), showroom({ now: offeredAt })).slots.some((s) => s.localDate === MON && s.localTime === '11:00')).toBe(true);
    expect(validateBookingRequest(world(), showroom({ now: minutesLater(10) }), at('11:00', MON))).toMatchObject({ ok: true });
    expect(validateBookingRequest(world(), showroom({ now: minutesLater(15) }), at('11:00', MON))).toMatchObject({ ok: true });
    expect(validateBookingRequest(world(), showroom({ now: minutesLater(16) }), at('11:00', MON))).toEqual({ ok: false, code: 'TOO_SOON' });
  });

  it('the grace is for accepting, not offering: at 09:10 the list starts at the next step, 11:15', () => {
    const first = findSlots(world(), showroom({ now: minutesLater(10) })).slots.find((s) => s.localDate === MON);
    expect(first?.localTime).toBe('11:15');
  });

  it('never shortens the travel before a home drive', () => {
    // No notice at all: only the drive out to the buyer bounds the first slot (09:00 + travel, on the grid).
    const data = world({ dealership: dealership({ minNoticeMinutes: 0 }) });
    const [first] = findSlots(data, home(10, { now: offeredAt })).slots;
    expect(first?.localTime).toBe('09:30');
    expect(validateBookingRequest(data, home(10, { now: offeredAt }), at('09:30', MON))).toMatchObject({ ok: true });
    expect(validateBookingRequest(data, home(10, { now: offeredAt }), at('09:15', MON))).toEqual({ ok: false, code: 'TOO_SOON' });
  });
});
