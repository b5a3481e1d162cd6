import { describe, expect, it } from 'vitest';
import { findSlots, groupSlotsByLocalDay } from './engine';
import { advisor, booking, car, dealership, home, paris, showroom, specialist, timeGrid, timesOn, world } from './test-fixtures';

const TUE = '2026-03-03';
const oneDay = (date: string) => ({ fromDate: date, toDate: date });

describe('findSlots: opening hours and grid', () => {
  it('offers every 15-minute start whose drive fits a local opening range, with all free resources', () => {
    const { slots, travelBeforeMinutes, refusal } = findSlots(world(), showroom(oneDay(TUE)));
    expect(refusal).toBeUndefined();
    expect(travelBeforeMinutes).toBe(0);
    expect(timesOn(slots, TUE)).toEqual([...timeGrid('09:00', '11:30', 15), ...timeGrid('14:00', '18:00', 15)]);
    expect(slots[0]).toMatchObject({ start: paris(`${TUE} 09:00`), end: paris(`${TUE} 10:00`), carIds: ['c1', 'c2'], staffIds: ['s1', 'p1'] });
  });

  it('gives 30, 45 and 60 minute drives and refuses other lengths', () => {
    const count = (durationMinutes: number) => findSlots(world(), showroom({ ...oneDay(TUE), durationMinutes })).slots.length;
    expect(count(30)).toBe(13 + 19);
    expect(count(45)).toBe(12 + 18);
    expect(count(60)).toBe(11 + 17);
    expect(findSlots(world(), showroom({ ...oneDay(TUE), durationMinutes: 40 })).refusal).toBe('INVALID_DURATION');
  });

  it('is closed on Sunday and open on Saturday', () => {
    const { slots } = findSlots(world(), showroom({ fromDate: '2026-03-07', toDate: '2026-03-08' }));
    expect(timesOn(slots, '2026-03-07')).toEqual(timeGrid('09:00', '17:00', 15));
    expect(timesOn(slots, '2026-03-08')).toEqual([]);
  });

  it('filters cars by model, trim and powertrain', () => {
    const cars = [car('c1', 'ZEN', { trimCode: 'E-TECH', powertrain: 'hybrid' }), car('c2', 'ZEN', { trimCode: 'TECHNO', powertrain: 'ev' })];
    expect(findSlots(world({ cars }), showroom({ ...oneDay(TUE), trimCode: 'E-TECH' })).slots[0]?.carIds).toEqual(['c1']);
    expect(findSlots(world({ cars }), showroom({ ...oneDay(TUE), powertrain: 'ev' })).slots[0]?.carIds).toEqual(['c2']);
    expect(findSlots(world({ cars }), showroom({ modelCode: 'NOPE' })).refusal).toBe('NO_MATCHING_CAR');
  });

  it('groups slots by local day in order', () => {
    const days = groupSlotsByLocalDay(findSlots(world(), showroom({ fromDate: '2026-03-06', toDate: '2026-03-09' })).slots);
    expect(days.map((d) => [d.date, d.slots.length])).toEqual([
      ['2026-03-06', 28],
      ['2026-03-07', 33],
      ['2026-03-09', 28],
    ]);
  });
});

describe('findSlots: notice, horizon and closures', () => {
  it('starts after the minimum notice, on the unchanged grid', () => {
    const now = paris(`${TUE} 10:05`);
    const slots = findSlots(world({ dealership: dealership({ minNoticeMinutes: 60 }) }), showroom({ now, ...oneDay(TUE) })).slots;
    expect(timesOn(slots, TUE).slice(0, 3)).toEqual(['11:15', '11:30', '14:00']);
  });

  it('with the default 120-minute notice, nothing is left today before the afternoon', () => {
    const slots = findSlots(world(), showroom({ now: paris(`${TUE} 10:05`) })).slots;
    expect(slots[0]?.localDate).toBe(TUE);
    expect(slots[0]?.localTime).toBe('14:00');
  });

  it('stops at the horizon (today + horizonDays, local dates) and ignores dates in the past', () => {
    const slots = findSlots(world(), showroom({ fromDate: '2026-02-01', toDate: '2026-12-31' })).slots;
    expect(slots[0]?.localDate).toBe('2026-03-02');
    expect(slots[0]?.localTime).toBe('11:00');
    expect(slots.at(-1)?.localDate).toBe('2026-04-01');
    expect(slots.at(-1)?.localTime).toBe('18:00');
  });

  it('skips closed days and closed time ranges', () => {
    const closures = [
      { kind: 'day' as const, date: '2026-03-04', reason: 'inventory' },
      { kind: 'range' as const, start: paris('2026-03-05 15:00'), end: paris('2026-03-05 16:00') },
    ];
    const { slots } = findSlots(world({ dealership: dealership({ closures }) }), showroom({ fromDate: '2026-03-04', toDate: '2026-03-05' }));
    expect(timesOn(slots, '2026-03-04')).toEqual([]);
    expect(timesOn(slots, '2026-03-05')).toEqual([...timeGrid('09:00', '11:30', 15), '14:00', ...timeGrid('16:00', '18:00', 15)]);
  });
});

describe('findSlots: cars', () => {
  it('keeps the preparation buffer around a car’s drives (but not around staff)', () => {
    const bookings = [booking('b1', 'c1', 's1', `${TUE} 10:00`, `${TUE} 11:00`)];
    const slots = findSlots(world({ bookings }), showroom(oneDay(TUE))).slots;
    const at = (t: string) => slots.find((s) => s.localTime === t && s.localDate === TUE);
    expect(at('08:45')).toBeUndefined();
    expect(at('09:00')?.carIds).toEqual(['c2']); // ends 10:00, but c1 needs 10:00 - 15 min
    expect(at('11:00')).toMatchObject({ carIds: ['c2'], staffIds: ['s1', 'p1'] });
    expect(at('11:15')).toMatchObject({ carIds: ['c1', 'c2'] });
    expect(at('10:00')?.staffIds).toEqual(['p1']);
  });

  it('drops a slot when no car is free, and ignores the booking being rescheduled', () => {
    const bookings = [booking('b1', 'c1', 's1', `${TUE} 10:00`, `${TUE} 11:00`), booking('b2', 'c2', 'p1', `${TUE} 10:00`, `${TUE} 11:00`)];
    const taken = timesOn(findSlots(world({ bookings }), showroom(oneDay(TUE))).slots, TUE);
    expect(taken.slice(0, 2)).toEqual(['11:15', '11:30']);
    const moving = findSlots(world({ bookings }), showroom({ ...oneDay(TUE), excludeBookingId: 'b2' })).slots;
    expect(moving.find((s) => s.localTime === '10:00')?.carIds).toEqual(['c2']);
  });

  it('blocks maintenance windows exactly', () => {
    const cars = [car('c1', 'ZEN', { maintenance: [{ start: paris(`${TUE} 08:00`), end: paris(`${TUE} 14:30`) }] }), car('c2', 'ZEN', { maintenance: [{ start: paris(`${TUE} 00:00`), end: paris('2026-03-04 00:00') }] })];
    const slots = findSlots(world({ cars }), showroom(oneDay(TUE))).slots;
    expect(timesOn(slots, TUE)).toEqual(timeGrid('14:30', '18:00', 15));
  });
});

describe('findSlots: staff', () => {
  it('respects working hours and time off (whole local days and ranges)', () => {
    const staff = [
      advisor('s1', { workingHours: { tue: [{ from: '10:00', to: '16:00' }] } }),
      specialist('p1', { timeOff: [{ kind: 'day', date: TUE }] }),
      advisor('s2', { timeOff: [{ kind: 'range', start: paris(`${TUE} 09:00`), end: paris(`${TUE} 17:00`) }] }),
    ];
    const slots = findSlots(world({ staff }), showroom(oneDay(TUE))).slots;
    // s1 until 16:00, p1 off all day, s2 back at 17:00.
    expect(timesOn(slots, TUE)).toEqual([...timeGrid('10:00', '11:30', 15), ...timeGrid('14:00', '15:00', 15), ...timeGrid('17:00', '18:00', 15)]);
    const at = (t: string) => slots.find((s) => s.localTime === t)?.staffIds;
    expect(at('15:00')).toEqual(['s1']);
    expect(at('17:00')).toEqual(['s2']);
  });
});

describe('findSlots: home drives', () => {
  it('reserves travel there and back for a product specialist and the car', () => {
    // 20 km at 35 km/h = 34.3 → 35 min, + 10 extra = 45 min each way.
    const search = findSlots(world(), home(20, oneDay(TUE)));
    expect(search).toMatchObject({ travelBeforeMinutes: 45, travelAfterMinutes: 45 });
    expect(search.slots.every((s) => s.staffIds.join() === 'p1')).toBe(true);
    // p1 works 08:00-19:00: start-45 ≥ 08:00 is always true from 09:00; end+45 ≤ 19:00 → start ≤ 17:15.
    expect(timesOn(search.slots, TUE)).toEqual([...timeGrid('09:00', '11:30', 15), ...timeGrid('14:00', '17:15', 15)]);
  });

  it('keeps the car and specialist away during an existing home drive’s travel', () => {
    const bookings = [booking('h1', 'c2', 'p1', `${TUE} 10:00`, `${TUE} 11:00`, { kind: 'home', travelBeforeMinutes: 30, travelAfterMinutes: 30 })];
    const slots = findSlots(world({ bookings }), showroom(oneDay(TUE))).slots;
    const at = (t: string) => slots.find((s) => s.localTime === t);
    expect(at('11:15')?.staffIds).toEqual(['s1']);
    expect(at('11:30')).toMatchObject({ staffIds: ['s1', 'p1'], carIds: ['c1'] }); // c2 back 11:30 + 15 prep
    expect(at('08:30')).toBeUndefined();
    expect(at('09:00')?.carIds).toEqual(['c1']); // c2 leaves 09:30, needs prep before → 09:15
  });

  it('refuses addresses out of range or missing, and dealerships without product specialists', () => {
    expect(findSlots(world(), home(40.5)).refusal).toBe('OUT_OF_RANGE');
    expect(findSlots(world(), home(40)).refusal).toBeUndefined();
    expect(findSlots(world(), showroom({ kind: 'home' })).refusal).toBe('HOME_ADDRESS_REQUIRED');
    expect(findSlots(world({ staff: [advisor('s1')] }), home(5)).refusal).toBe('NO_ELIGIBLE_STAFF');
  });

  it('uses a routed travel time when one is given', () => {
    const search = findSlots(world(), home(3, { ...oneDay(TUE), home: { distanceKm: 3, travelMinutes: 50 } }));
    expect(search.travelBeforeMinutes).toBe(60);
    expect(timesOn(search.slots, TUE).at(-1)).toBe('17:00');
  });
});

describe('findSlots: home drives and the clock', () => {
  it('never sends a specialist out before now, even without a minimum notice', () => {
    const data = world({ dealership: dealership({ minNoticeMinutes: 0 }) });
    const now = paris(`${TUE} 10:00`);
    const first = findSlots(data, home(20, { now, ...oneDay(TUE) })).slots[0];
    expect(first?.localTime).toBe('10:45'); // leaves at 10:00 for 45 minutes of travel
    expect(findSlots(data, showroom({ now, ...oneDay(TUE) })).slots[0]?.localTime).toBe('10:00');
  });
});
