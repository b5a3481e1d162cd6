import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { findSlots } from './engine';
import { advisor, dealership, everyDay, paris, parisLabel, PARIS, showroom, timeGrid, timesOn, world } from './test-fixtures';
import type { AvailabilityData } from './types';
import { localDateOf, localTimeOf, zonedTimeToUtc } from './zone';

// Last Sundays of March and October 2026 in Europe/Paris: 29 March 02:00 CET → 03:00 CEST
// (a 23-hour day), 25 October 03:00 CEST → 02:00 CET (a 25-hour day).
const SPRING = '2026-03-29';
const AUTUMN = '2026-10-25';
const HOUR = 3_600_000;

const openEveryDay = (from: string, to: string, staffFrom = '08:00', staffTo = '20:00'): AvailabilityData =>
  world({
    dealership: dealership({ openingHours: everyDay(from, to), horizonDays: 400, minNoticeMinutes: 0 }),
    staff: [advisor('s1', { workingHours: everyDay(staffFrom, staffTo) })],
  });
const request = (date: string) => showroom({ now: paris('2026-03-01 12:00'), fromDate: date, toDate: date });

describe.each([
  { date: SPRING, before: '2026-03-28', opensAtUtc: '2026-03-29T07:00:00.000Z', dayBeforeOpensAtUtc: '2026-03-28T08:00:00.000Z' },
  { date: AUTUMN, before: '2026-10-24', opensAtUtc: '2026-10-25T08:00:00.000Z', dayBeforeOpensAtUtc: '2026-10-24T07:00:00.000Z' },
])('DST Sunday $date, open 09:00-18:00 local', ({ date, before, opensAtUtc, dayBeforeOpensAtUtc }) => {
  const slots = findSlots(openEveryDay('09:00', '18:00'), showroom({ now: paris('2026-03-01 12:00'), fromDate: before, toDate: date })).slots;
  const onDay = slots.filter((s) => s.localDate === date);

  it('has the same 33 one-hour slots as any other day, 09:00 to 17:00 local', () => {
    expect(timesOn(slots, date)).toEqual(timeGrid('09:00', '17:00', 15));
    expect(timesOn(slots, before)).toEqual(timeGrid('09:00', '17:00', 15));
  });

  it('places them at the right instants, each exactly 60 real minutes long', () => {
    expect(onDay[0]?.start.toISOString()).toBe(opensAtUtc);
    expect(slots[0]?.start.toISOString()).toBe(dayBeforeOpensAtUtc);
    for (const s of onDay) {
      expect(parisLabel(s.start)).toBe(`${date} ${s.localTime}`);
      expect(s.end.getTime() - s.start.getTime()).toBe(HOUR);
    }
  });
});

describe('DST hours at night (dealership open 00:00-06:00, staff round the clock)', () => {
  const data = openEveryDay('00:00', '06:00', '00:00', '24:00');

  it('spring: the missing 02:00-03:00 hour leaves 5 real hours → 17 one-hour slots', () => {
    const slots = findSlots(data, request(SPRING)).slots;
    expect(timesOn(slots, SPRING)).toEqual([...timeGrid('00:00', '01:45', 15), ...timeGrid('03:00', '05:00', 15)]);
    expect(slots[0]?.start.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(slots.at(-1)?.end.toISOString()).toBe('2026-03-29T04:00:00.000Z');
    const crossing = slots.find((s) => s.localTime === '01:30');
    expect(crossing && parisLabel(crossing.end)).toBe(`${SPRING} 03:30`);
  });

  it('autumn: 02:00-03:00 happens twice, 7 real hours → 25 one-hour slots', () => {
    const slots = findSlots(data, request(AUTUMN)).slots;
    expect(timesOn(slots, AUTUMN)).toEqual([...timeGrid('00:00', '02:45', 15), ...timeGrid('02:00', '05:00', 15)]);
    expect(slots[0]?.start.toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(slots.at(-1)?.end.toISOString()).toBe('2026-10-25T05:00:00.000Z');
    const starts = slots.map((s) => s.start.getTime());
    expect(starts.every((t, i) => i === 0 || t - starts[i - 1]! === 15 * 60_000)).toBe(true);
  });

  it('a whole-day time off covers the 25-hour local day and no more', () => {
    const staff = [advisor('s1', { workingHours: everyDay('00:00', '24:00'), timeOff: [{ kind: 'day', date: AUTUMN }] }), advisor('s2', { workingHours: everyDay('00:00', '24:00') })];
    const slots = findSlots({ ...data, staff }, showroom({ now: paris('2026-10-01 12:00'), fromDate: '2026-10-24', toDate: '2026-10-26' })).slots;
    const staffAt = (date: string, time: string) => slots.find((s) => s.localDate === date && s.localTime === time)?.staffIds;
    expect(staffAt('2026-10-24', '05:00')).toEqual(['s1', 's2']);
    expect(slots.filter((s) => s.localDate === AUTUMN).every((s) => s.staffIds.join() === 's2')).toBe(true);
    expect(staffAt('2026-10-26', '00:00')).toEqual(['s1', 's2']);
  });
});

describe('minimum notice across a DST change', () => {
  it('counts real minutes: 10 h after Saturday 23:00 is Sunday 10:00 CEST, not 09:00', () => {
    const data = openEveryDay('09:00', '18:00');
    data.dealership.minNoticeMinutes = 600;
    const slots = findSlots(data, showroom({ now: paris('2026-03-28 23:00'), toDate: SPRING })).slots;
    expect(slots[0]?.localDate).toBe(SPRING);
    expect(slots[0]?.localTime).toBe('10:00');
  });
});

describe('zone conversions', () => {
  it('moves a skipped spring time forward and takes the first of a repeated autumn time', () => {
    expect(zonedTimeToUtc(SPRING, '02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(zonedTimeToUtc(SPRING, '03:00').toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(zonedTimeToUtc(AUTUMN, '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(zonedTimeToUtc(AUTUMN, '03:00').toISOString()).toBe('2026-10-25T02:00:00.000Z');
    expect(zonedTimeToUtc(AUTUMN, '24:00').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('agrees with TZDate on every unambiguous quarter hour around both changes', () => {
    for (const date of ['2026-03-28', SPRING, '2026-03-30', '2026-10-24', AUTUMN, '2026-10-26']) {
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      for (let minute = 0; minute < 1440; minute += 15) {
        if (date === AUTUMN && minute >= 120 && minute < 180) continue; // ambiguous: TZDate depends on the host TZ
        const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
        const expected = new TZDate(y, m - 1, d, Math.floor(minute / 60), minute % 60, PARIS).getTime();
        expect(zonedTimeToUtc(date, time).getTime(), `${date} ${time}`).toBe(expected);
      }
    }
  });

  it('reads local dates and times of instants', () => {
    expect(localDateOf(new Date('2026-03-28T23:30:00Z'))).toBe(SPRING);
    expect(localTimeOf(new Date('2026-03-29T01:00:00Z'))).toBe('03:00');
    expect(localTimeOf(new Date('2026-10-25T01:15:00Z'))).toBe('02:15');
    expect(localDateOf(new Date('2026-10-25T22:59:00Z'))).toBe(AUTUMN);
    expect(localDateOf(new Date('2026-10-25T23:00:00Z'))).toBe('2026-10-26');
  });
});
