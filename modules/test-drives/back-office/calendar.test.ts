import { describe, expect, it } from 'vitest';
import {
  calendarHref,
  gridWindow,
  groupByLocalDate,
  hourMarks,
  localDate,
  localInputToUtc,
  utcToLocalInput,
  navigationDates,
  parseCalendarParams,
  placeItem,
  visibleDates,
  visibleRange,
} from './calendar';

const PARIS = 'Europe/Paris';
const now = new Date('2026-11-22T23:30:00Z'); // already Monday 23 Nov in Paris

describe('calendar parameters', () => {
  it('defaults to today in the dealership zone, day view, by car', () => {
    expect(parseCalendarParams({}, now, PARIS)).toEqual({ date: '2026-11-23', view: 'day', by: 'car' });
  });

  it('keeps valid values and drops invalid ones', () => {
    expect(parseCalendarParams({ date: '2026-12-01', view: 'week', by: 'staff' }, now, PARIS)).toEqual({ date: '2026-12-01', view: 'week', by: 'staff' });
    expect(parseCalendarParams({ date: '2026-02-30', view: 'month', by: ['staff', 'car'] }, now, PARIS)).toEqual({ date: '2026-11-23', view: 'day', by: 'staff' });
  });

  it('steps one day or one week and links back to today', () => {
    expect(navigationDates({ date: '2026-11-30', view: 'day', by: 'car' }, now, PARIS)).toEqual({ prev: '2026-11-29', next: '2026-12-01', today: '2026-11-23' });
    expect(navigationDates({ date: '2026-03-26', view: 'week', by: 'car' }, now, PARIS)).toEqual({ prev: '2026-03-19', next: '2026-04-02', today: '2026-11-23' });
    expect(calendarHref('/dealer', { date: '2026-11-23', view: 'week', by: 'staff' })).toBe('/dealer?date=2026-11-23&view=week&by=staff');
  });
});

describe('visible range', () => {
  it('covers one local day, 23 hours on the spring DST change', () => {
    const range = visibleRange({ date: '2026-03-29', view: 'day' }, PARIS);
    expect(range.start.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(range.end.toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('covers Monday to Sunday of the week', () => {
    expect(visibleDates({ date: '2026-11-26', view: 'week' }, PARIS)).toEqual([
      '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29',
    ]);
    const range = visibleRange({ date: '2026-11-29', view: 'week' }, PARIS);
    expect(range.start.toISOString()).toBe('2026-11-22T23:00:00.000Z');
    expect(range.end.toISOString()).toBe('2026-11-29T23:00:00.000Z');
  });
});

describe('day grid', () => {
  const opening = [{ from: '09:00', to: '12:30' }, { from: '14:00', to: '19:00' }];
  const drive = { id: 'd1', start: new Date('2026-11-23T09:00:00Z'), end: new Date('2026-11-23T09:45:00Z') }; // 10:00-10:45 Paris

  it('spans the opening hours in whole hours', () => {
    expect(gridWindow('2026-11-23', PARIS, opening, [drive])).toEqual({ fromMinute: 540, toMinute: 1140 });
  });

  it('widens to a drive outside opening hours', () => {
    const late = { id: 'd2', start: new Date('2026-11-23T18:30:00Z'), end: new Date('2026-11-23T19:15:00Z') }; // 19:30-20:15
    expect(gridWindow('2026-11-23', PARIS, opening, [late])).toEqual({ fromMinute: 540, toMinute: 1260 });
    expect(gridWindow('2026-11-22', PARIS, [], [])).toEqual({ fromMinute: 480, toMinute: 1200 });
  });

  it('places a drive by its local time', () => {
    const window = { fromMinute: 540, toMinute: 1140 };
    expect(placeItem(drive, '2026-11-23', PARIS, window)).toEqual({ leftPct: 10, widthPct: 7.5, startTime: '10:00', endTime: '10:45' });
    expect(placeItem(drive, '2026-11-24', PARIS, window)).toBeNull();
  });

  it('clips a multi-day block to the visible day', () => {
    const maintenance = { id: 'm', start: new Date('2026-11-20T08:00:00Z'), end: new Date('2026-11-30T08:00:00Z') };
    expect(placeItem(maintenance, '2026-11-23', PARIS, { fromMinute: 540, toMinute: 1140 })).toMatchObject({ leftPct: 0, widthPct: 100 });
  });

  it('marks each hour', () => {
    expect(hourMarks({ fromMinute: 540, toMinute: 720 })).toEqual([
      { label: '09:00', leftPct: 0 },
      { label: '10:00', leftPct: 33.33 },
      { label: '11:00', leftPct: 66.67 },
    ]);
  });
});

describe('week list', () => {
  it('groups by the local date a drive starts on, in time order', () => {
    const items = [
      { id: 'b', start: new Date('2026-11-24T15:00:00Z'), end: new Date('2026-11-24T15:30:00Z') },
      { id: 'a', start: new Date('2026-11-24T08:00:00Z'), end: new Date('2026-11-24T08:30:00Z') },
      { id: 'late', start: new Date('2026-11-23T23:30:00Z'), end: new Date('2026-11-24T00:00:00Z') }, // 00:30 on the 24th in Paris
    ];
    const grouped = groupByLocalDate(items, ['2026-11-23', '2026-11-24'], PARIS);
    expect(grouped.get('2026-11-23')).toEqual([]);
    expect(grouped.get('2026-11-24')?.map((i) => i.id)).toEqual(['late', 'a', 'b']);
    expect(localDate(new Date('2026-11-23T23:30:00Z'), PARIS)).toBe('2026-11-24');
  });
});

describe('datetime-local values', () => {
  it('are read and written in the dealership zone', () => {
    expect(localInputToUtc('2026-11-23T10:15', PARIS).toISOString()).toBe('2026-11-23T09:15:00.000Z');
    expect(localInputToUtc('2026-07-01T10:15', PARIS).toISOString()).toBe('2026-07-01T08:15:00.000Z');
    expect(utcToLocalInput(new Date('2026-11-23T09:15:00Z'), PARIS)).toBe('2026-11-23T10:15');
  });
});
