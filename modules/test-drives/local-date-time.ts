import { z } from 'zod';

/**
 * Strict readers of the local dates and times typed in forms and queries (`2026-12-04`,
 * `2026-12-04T10:30`). `Date` and date-fns roll impossible values over (`2027-13-01` becomes
 * 2028-01-01, `2026-02-30` becomes March 2): these refuse them instead.
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

export type LocalDateParts = { year: number; month: number; day: number };
export type LocalDateTimeParts = LocalDateParts & { hour: number; minute: number };

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parseStrictLocalDate(text: string): LocalDateParts | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function parseStrictLocalDateTime(text: string): LocalDateTimeParts | null {
  const m = DATE_TIME.exec(text);
  if (!m) return null;
  const date = parseStrictLocalDate(m[1] ?? '');
  const [hour, minute] = [Number(m[2]), Number(m[3])];
  if (!date || hour > 23 || minute > 59) return null;
  return { ...date, hour, minute };
}

/** `YYYY-MM-DD` that exists in the calendar; `message` is the issue text (a translation key in forms). */
export const zLocalDate = (message = 'date') => z.string().trim().refine((v) => parseStrictLocalDate(v) !== null, message);

/** `YYYY-MM-DDTHH:mm` (a `datetime-local` value) that exists in the calendar. */
export const zLocalDateTime = (message = 'dateTime') => z.string().trim().refine((v) => parseStrictLocalDateTime(v) !== null, message);

/**
 * Years a drive may start in. Outside them the instant is refused as input (422) rather than
 * overflowing the calendar arithmetic further on (year 275760, JavaScript's last, plus a day is no
 * date at all, and the database refuses years past 9999).
 */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/** An instant: a Date (server callers) or an ISO 8601 date-time with its offset (JSON, forms); never a number, null or a boolean. */
export const zInstant = (message = 'dateTime') =>
  z
    .union([z.date(), z.iso.datetime({ offset: true }).transform((text) => new Date(text))])
    .refine((date) => date.getUTCFullYear() >= FIRST_YEAR && date.getUTCFullYear() <= LAST_YEAR, message);
