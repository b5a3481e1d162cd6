// Weekly hours as the back-office edits them: one text field per weekday, "09:00-12:30, 14:00-19:00"
// (empty = closed), stored as the Dealership.openingHours / Staff.workingHours JSON
// ({ mon: [["09:00","12:30"], ...], ... }).
import { z } from 'zod';

export const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekdayKey = (typeof WEEKDAY_KEYS)[number];
export type StoredRange = [string, string];
export type StoredWeek = Record<WeekdayKey, StoredRange[]>;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

/** Stable message keys (translated under dealer.hours.errors). */
export type HoursIssue = 'format' | 'order' | 'overlap';

/** Parses one weekday's text; returns the sorted ranges or the first problem found. */
export function parseDayHours(text: string): { ok: true; ranges: StoredRange[] } | { ok: false; issue: HoursIssue } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, ranges: [] };
  const ranges: StoredRange[] = [];
  for (const part of trimmed.split(/[,;]/)) {
    const match = /^\s*(\d{1,2}:\d{2})\s*[-–à]\s*(\d{1,2}:\d{2})\s*$/.exec(part);
    const from = match?.[1]?.padStart(5, '0');
    const to = match?.[2]?.padStart(5, '0');
    if (!from || !to || !TIME.test(from) || !TIME.test(to)) return { ok: false, issue: 'format' };
    if (minutes(to) <= minutes(from)) return { ok: false, issue: 'order' };
    ranges.push([from, to]);
  }
  ranges.sort((a, b) => minutes(a[0]) - minutes(b[0]));
  for (let i = 1; i < ranges.length; i++) {
    const previous = ranges[i - 1];
    const current = ranges[i];
    if (previous && current && minutes(current[0]) < minutes(previous[1])) return { ok: false, issue: 'overlap' };
  }
  return { ok: true, ranges };
}

export function formatDayHours(ranges: readonly (readonly [string, string])[] | undefined): string {
  return (ranges ?? []).map(([from, to]) => `${from}-${to}`).join(', ');
}

const dayText = z.string().max(100).default('');

/** A zod schema for the seven weekday fields; issues carry the weekday as path and a message key. */
export const ZWeekText = z
  .object({ mon: dayText, tue: dayText, wed: dayText, thu: dayText, fri: dayText, sat: dayText, sun: dayText })
  .transform((week, ctx): StoredWeek => {
    const out = {} as StoredWeek;
    for (const day of WEEKDAY_KEYS) {
      const parsed = parseDayHours(week[day]);
      if (parsed.ok) out[day] = parsed.ranges;
      else {
        out[day] = [];
        ctx.addIssue({ code: 'custom', path: [day], message: parsed.issue });
      }
    }
    return out;
  });

/** Reads the stored JSON defensively (it is typed Json in Prisma). */
export function readStoredWeek(value: unknown): StoredWeek {
  const out = {} as StoredWeek;
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  for (const day of WEEKDAY_KEYS) {
    const ranges = record[day];
    out[day] = Array.isArray(ranges)
      ? ranges.flatMap((r): StoredRange[] => (Array.isArray(r) && typeof r[0] === 'string' && typeof r[1] === 'string' ? [[r[0], r[1]]] : []))
      : [];
  }
  return out;
}

/** The engine's shape ({ from, to }) for one weekday of stored hours. */
export function rangesOf(week: StoredWeek, day: WeekdayKey): { from: string; to: string }[] {
  return week[day].map(([from, to]) => ({ from, to }));
}

/** Weekday key of a local date 'YYYY-MM-DD'. */
export function weekdayOfLocalDate(date: string): WeekdayKey {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  const js = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return WEEKDAY_KEYS[(js + 6) % 7] ?? 'mon';
}
