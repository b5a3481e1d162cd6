import { describe, expect, it } from 'vitest';
import { formatDayHours, parseDayHours, readStoredWeek, weekdayOfLocalDate, ZWeekText } from './hours';

describe('weekly hours text', () => {
  it('parses ranges, sorted, with flexible separators', () => {
    expect(parseDayHours(' 14:00-19:00, 9:00 – 12:30 ')).toEqual({ ok: true, ranges: [['09:00', '12:30'], ['14:00', '19:00']] });
    expect(parseDayHours('')).toEqual({ ok: true, ranges: [] });
    expect(parseDayHours('10:00-24:00')).toEqual({ ok: true, ranges: [['10:00', '24:00']] });
  });

  it('names the problem', () => {
    expect(parseDayHours('9h-12h')).toEqual({ ok: false, issue: 'format' });
    expect(parseDayHours('25:00-26:00')).toEqual({ ok: false, issue: 'format' });
    expect(parseDayHours('12:00-09:00')).toEqual({ ok: false, issue: 'order' });
    expect(parseDayHours('09:00-13:00, 12:00-14:00')).toEqual({ ok: false, issue: 'overlap' });
  });

  it('round-trips through the stored shape', () => {
    expect(formatDayHours([['09:00', '12:30'], ['14:00', '19:00']])).toBe('09:00-12:30, 14:00-19:00');
    const stored = readStoredWeek({ mon: [['09:00', '12:30']], tue: 'junk', sun: [] });
    expect(stored.mon).toEqual([['09:00', '12:30']]);
    expect(stored.tue).toEqual([]);
    expect(stored.sat).toEqual([]);
  });

  it('validates a whole week and points at the wrong day', () => {
    const ok = ZWeekText.safeParse({ mon: '09:00-18:00', sat: '10:00-12:00' });
    expect(ok.success && ok.data.mon).toEqual([['09:00', '18:00']]);
    expect(ok.success && ok.data.sun).toEqual([]);
    const bad = ZWeekText.safeParse({ tue: '18:00-09:00' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['tue', 'order']]);
  });

  it('knows the weekday of a local date', () => {
    expect(weekdayOfLocalDate('2026-11-23')).toBe('mon');
    expect(weekdayOfLocalDate('2026-11-29')).toBe('sun');
  });
});
