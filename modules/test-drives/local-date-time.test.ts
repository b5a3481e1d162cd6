import { describe, expect, it } from 'vitest';
import { parseStrictLocalDate, parseStrictLocalDateTime, zInstant, zLocalDate, zLocalDateTime } from './local-date-time';

describe('strict local dates', () => {
  it('reads real dates, leap days included', () => {
    expect(parseStrictLocalDate('2026-12-04')).toEqual({ year: 2026, month: 12, day: 4 });
    expect(parseStrictLocalDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
  });

  it.each(['2026-13-45', '2027-13-01', '2026-00-10', '2026-02-29', '2026-04-31', '2026-12-00', '2026-1-4', '26-12-04', '2026-12-04T10:00', ''])(
    'refuses %s instead of rolling it over',
    (text) => {
      expect(parseStrictLocalDate(text)).toBeNull();
      expect(zLocalDate().safeParse(text).success).toBe(false);
    },
  );
});

describe('strict local date-times', () => {
  it('reads a datetime-local value', () => {
    expect(parseStrictLocalDateTime('2027-12-01T10:05')).toEqual({ year: 2027, month: 12, day: 1, hour: 10, minute: 5 });
    expect(parseStrictLocalDateTime('2026-01-01T00:00')).toMatchObject({ hour: 0, minute: 0 });
    expect(zLocalDateTime().parse(' 2026-01-01T23:59 ')).toBe('2026-01-01T23:59');
  });

  it.each(['2027-13-01T10:00', '2026-02-30T10:00', '2026-12-04T24:00', '2026-12-04T10:60', '2026-12-04 10:00', '2026-12-04T10:00:00', '4/12/2026'])(
    'refuses %s',
    (text) => {
      expect(parseStrictLocalDateTime(text)).toBeNull();
      const parsed = zLocalDateTime().safeParse(text);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe('dateTime');
    },
  );
});

describe('a drive start instant', () => {
  it('reads ISO date-times with their offset and Dates', () => {
    expect(zInstant().parse('2026-12-10T10:00:00+01:00').toISOString()).toBe('2026-12-10T09:00:00.000Z');
    expect(zInstant().parse(new Date('2026-12-10T09:00:00Z')).toISOString()).toBe('2026-12-10T09:00:00.000Z');
  });

  it('refuses what z.coerce.date() let through: numbers, null, booleans, local times and dates the calendar cannot step from', () => {
    for (const value of [8_640_000_000_000_000, null, true, '+275760-09-13T00:00:00Z', '9999-12-31T23:59:59Z', '2026-12-10T09:00', '1970-01-01T00:00:00Z', '2027-13-01T10:00:00Z', '2027-02-30T10:00:00Z', '2027-02-28T25:00:00Z', new Date(Number.NaN)]) {
      expect(zInstant().safeParse(value).success, String(value)).toBe(false);
    }
  });
});
