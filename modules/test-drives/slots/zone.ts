import { tzOffset } from '@date-fns/tz';
import type { LocalDate, LocalTime } from './types';

// Local dates are handled as "day numbers" (days since 1970-01-01 on the civil calendar) and wall
// times as minutes since local midnight. Converting a wall time to an instant goes through
// `tzOffset` from @date-fns/tz rather than `new TZDate(y, m, d, h, min, zone)`: measured here,
// TZDate picks a different instant for an ambiguous autumn time depending on the host's own TZ
// (02:30 on the last Sunday of October is 00:30Z with TZ=Europe/Paris, 01:30Z with TZ=UTC), and
// each construction costs ~25 µs, too slow for thousands of conversions per search.

export const DEFAULT_TIME_ZONE = 'Europe/Paris';
export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^(\d{2}):(\d{2})$/;

export function parseLocalDate(date: LocalDate): number {
  const m = LOCAL_DATE.exec(date);
  if (!m) throw new RangeError(`Invalid local date "${date}", expected YYYY-MM-DD`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  // Both checks: Date.UTC rolls 2027-13-01 over to 2028-01-01, whose day still matches.
  if (month < 1 || month > 12 || new Date(ms).getUTCDate() !== day) throw new RangeError(`Invalid local date "${date}"`);
  return ms / DAY_MS;
}

export function formatLocalDate(dayNumber: number): LocalDate {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday, like `Date.getDay()`. */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** 'HH:mm' → minutes since midnight; '24:00' → 1440. */
export function parseLocalTime(time: LocalTime): number {
  const m = LOCAL_TIME.exec(time);
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
  if (!m || Number(m[2]) > 59 || minutes > 1440) throw new RangeError(`Invalid local time "${time}", expected HH:mm`);
  return minutes;
}

const TIME_LABELS: readonly LocalTime[] = Array.from({ length: 1441 }, (_, m) => formatTime(m));

export function formatLocalTime(minuteOfDay: number): LocalTime {
  return TIME_LABELS[minuteOfDay] ?? formatTime(minuteOfDay);
}

function formatTime(minuteOfDay: number): LocalTime {
  const h = Math.floor(minuteOfDay / 60);
  const m = minuteOfDay % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Offsets (minutes east of UTC) around a local day, and the instant the zone switches from
 * `before` to `after` (Infinity when nothing changes near that day). */
type DayFrame = { before: number; after: number; change: number };

/**
 * Wall-clock ↔ instant conversions in one IANA zone, memoised per local day so that, once a day
 * is known, conversions are plain arithmetic (no Intl call).
 * Disambiguation follows Temporal's 'compatible' rule: a wall time skipped by a spring change
 * (02:30 on the last Sunday of March in Paris) moves forward by the gap (→ 03:30 CEST); a wall
 * time that happens twice in autumn resolves to its first occurrence (02:30 CEST).
 */
export class ZoneCalendar {
  private readonly frames = new Map<number, DayFrame>();

  constructor(readonly timeZone: string) {
    if (Number.isNaN(tzOffset(timeZone, new Date(0)))) throw new RangeError(`Unknown time zone "${timeZone}"`);
  }

  offsetAt(instantMs: number): number {
    return tzOffset(this.timeZone, new Date(instantMs));
  }

  private frame(dayNumber: number): DayFrame {
    let frame = this.frames.get(dayNumber);
    if (!frame) {
      // No zone changes offset twice within three days, so sampling a day before and two days
      // after the local day brackets every offset that can apply during it.
      const from = dayNumber * DAY_MS - DAY_MS;
      const to = dayNumber * DAY_MS + 2 * DAY_MS;
      const before = this.offsetAt(from);
      const after = this.offsetAt(to);
      frame = { before, after, change: before === after ? Infinity : this.findChange(from, to, before) };
      this.frames.set(dayNumber, frame);
    }
    return frame;
  }

  /** First minute in (from, to] whose offset differs from `before` (binary search). */
  private findChange(from: number, to: number, before: number): number {
    let lo = from / MINUTE_MS;
    let hi = to / MINUTE_MS;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (this.offsetAt(mid * MINUTE_MS) === before) lo = mid;
      else hi = mid;
    }
    return hi * MINUTE_MS;
  }

  private static offsetIn(frame: DayFrame, instantMs: number): number {
    return instantMs < frame.change ? frame.before : frame.after;
  }

  /** Instant (UTC ms) of a wall time on a local day; `minuteOfDay` may be 1440 (next midnight). */
  toInstant(dayNumber: number, minuteOfDay: number): number {
    const wall = dayNumber * DAY_MS + minuteOfDay * MINUTE_MS;
    const frame = this.frame(dayNumber);
    const early = wall - frame.before * MINUTE_MS;
    if (frame.change === Infinity) return early;
    const late = wall - frame.after * MINUTE_MS;
    const earlyValid = ZoneCalendar.offsetIn(frame, early) === frame.before;
    const lateValid = ZoneCalendar.offsetIn(frame, late) === frame.after;
    if (earlyValid && lateValid) return Math.min(early, late);
    if (lateValid) return late;
    // Either only the pre-change reading exists, or the wall time falls in a gap: reading it with
    // the pre-change offset lands just after the change, i.e. shifted forward by the gap.
    return early;
  }

  startOfDay(dayNumber: number): number {
    return this.toInstant(dayNumber, 0);
  }

  /** Local day number and minute of day of an instant. */
  localParts(instantMs: number): { dayNumber: number; minuteOfDay: number } {
    const wall = instantMs + this.offsetAt(instantMs) * MINUTE_MS;
    const dayNumber = Math.floor(wall / DAY_MS);
    return { dayNumber, minuteOfDay: Math.floor((wall - dayNumber * DAY_MS) / MINUTE_MS) };
  }

  /** Minute of day of an instant known to fall on local day `dayNumber` (no Intl call). */
  minuteOfDayOn(dayNumber: number, instantMs: number): number {
    const offset = ZoneCalendar.offsetIn(this.frame(dayNumber), instantMs);
    return Math.floor((instantMs + offset * MINUTE_MS - dayNumber * DAY_MS) / MINUTE_MS);
  }

  dayOf(instantMs: number): number {
    return this.localParts(instantMs).dayNumber;
  }
}

const calendars = new Map<string, ZoneCalendar>();

/** One shared calendar per zone, so its per-day offsets are computed once per process. */
export function zoneCalendar(timeZone: string = DEFAULT_TIME_ZONE): ZoneCalendar {
  let calendar = calendars.get(timeZone);
  if (!calendar) {
    calendar = new ZoneCalendar(timeZone);
    calendars.set(timeZone, calendar);
  }
  return calendar;
}

/** Local calendar date of an instant in a zone. */
export function localDateOf(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): LocalDate {
  return formatLocalDate(zoneCalendar(timeZone).dayOf(instant.getTime()));
}

/** Local 'HH:mm' of an instant in a zone. */
export function localTimeOf(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): LocalTime {
  return formatLocalTime(zoneCalendar(timeZone).localParts(instant.getTime()).minuteOfDay);
}

/** Instant of a local date + wall time (same disambiguation as ZoneCalendar). */
export function zonedTimeToUtc(date: LocalDate, time: LocalTime, timeZone: string = DEFAULT_TIME_ZONE): Date {
  return new Date(zoneCalendar(timeZone).toInstant(parseLocalDate(date), parseLocalTime(time)));
}
