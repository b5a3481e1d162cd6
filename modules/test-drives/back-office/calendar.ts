// Pure calendar maths for the dealer back-office: URL parameters, visible range, and where each
// drive (or blocking period) sits in the day grid. Instants are UTC; everything shown is local
// to the dealership's zone.
import { TZDate } from '@date-fns/tz';
import { addDays, format, startOfISOWeek } from 'date-fns';
import { zonedTimeToUtc } from '../slots/zone';

export const CALENDAR_VIEWS = ['day', 'week'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];
export const CALENDAR_GROUPINGS = ['car', 'staff'] as const;
export type CalendarGrouping = (typeof CALENDAR_GROUPINGS)[number];

export type CalendarParams = { date: string; view: CalendarView; by: CalendarGrouping };

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Local date of an instant in a zone, 'YYYY-MM-DD'. */
export function localDate(instant: Date, timeZone: string): string {
  return format(new TZDate(instant.getTime(), timeZone), 'yyyy-MM-dd');
}

/** Local 'HH:mm' of an instant in a zone. */
export function localTime(instant: Date, timeZone: string): string {
  return format(new TZDate(instant.getTime(), timeZone), 'HH:mm');
}

function isValidLocalDate(value: string): boolean {
  if (!LOCAL_DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const probe = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === (m ?? 0) - 1 && probe.getUTCDate() === d;
}

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

/** Reads `?date=&view=&by=`, falling back to today (local), day view, by car for anything invalid. */
export function parseCalendarParams(search: Record<string, string | string[] | undefined>, now: Date, timeZone: string): CalendarParams {
  const date = first(search.date);
  const view = first(search.view);
  const by = first(search.by);
  return {
    date: date && isValidLocalDate(date) ? date : localDate(now, timeZone),
    view: CALENDAR_VIEWS.find((v) => v === view) ?? 'day',
    by: CALENDAR_GROUPINGS.find((g) => g === by) ?? 'car',
  };
}

/** Midnight at the start of a local date, as a zoned date (DST-safe day arithmetic). */
function startOfLocalDay(date: string, timeZone: string): TZDate {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  return new TZDate(y, m - 1, d, timeZone);
}

export function shiftLocalDate(date: string, days: number, timeZone: string): string {
  return format(addDays(startOfLocalDay(date, timeZone), days), 'yyyy-MM-dd');
}

/** Local dates shown: the day itself, or Monday..Sunday of its ISO week. */
export function visibleDates(params: Pick<CalendarParams, 'date' | 'view'>, timeZone: string): string[] {
  if (params.view === 'day') return [params.date];
  const monday = format(startOfISOWeek(startOfLocalDay(params.date, timeZone)), 'yyyy-MM-dd');
  return Array.from({ length: 7 }, (_, i) => shiftLocalDate(monday, i, timeZone));
}

/** UTC range [start, end) covering the visible local dates. */
export function visibleRange(params: Pick<CalendarParams, 'date' | 'view'>, timeZone: string): { start: Date; end: Date } {
  const dates = visibleDates(params, timeZone);
  const firstDate = dates[0] ?? params.date;
  const lastDate = dates[dates.length - 1] ?? params.date;
  return { start: new Date(startOfLocalDay(firstDate, timeZone).getTime()), end: new Date(startOfLocalDay(shiftLocalDate(lastDate, 1, timeZone), timeZone).getTime()) };
}

/** The dates the prev / next / today links point at. */
export function navigationDates(params: CalendarParams, now: Date, timeZone: string): { prev: string; next: string; today: string } {
  const step = params.view === 'day' ? 1 : 7;
  return { prev: shiftLocalDate(params.date, -step, timeZone), next: shiftLocalDate(params.date, step, timeZone), today: localDate(now, timeZone) };
}

export function calendarHref(base: string, params: CalendarParams): string {
  return `${base}?${new URLSearchParams({ date: params.date, view: params.view, by: params.by }).toString()}`;
}

export type TimedItem = { id: string; start: Date; end: Date };
export type GridWindow = { fromMinute: number; toMinute: number };

function minuteOfDay(instant: Date, date: string, timeZone: string): number {
  const midnight = startOfLocalDay(date, timeZone).getTime();
  return Math.round((instant.getTime() - midnight) / 60_000);
}

/**
 * Hours the day grid spans: the opening hours of that day widened to whole hours and to any item
 * outside them (a late drive stays visible), 08:00-20:00 when the dealership is closed.
 */
export function gridWindow(date: string, timeZone: string, opening: readonly { from: string; to: string }[], items: readonly TimedItem[]): GridWindow {
  const toMinutes = (t: string) => {
    const [h = 0, m = 0] = t.split(':').map(Number);
    return h * 60 + m;
  };
  let from = opening.length ? Math.min(...opening.map((r) => toMinutes(r.from))) : 8 * 60;
  let to = opening.length ? Math.max(...opening.map((r) => toMinutes(r.to))) : 20 * 60;
  for (const item of items) {
    from = Math.min(from, Math.max(0, minuteOfDay(item.start, date, timeZone)));
    to = Math.max(to, Math.min(24 * 60, minuteOfDay(item.end, date, timeZone)));
  }
  return { fromMinute: Math.floor(from / 60) * 60, toMinute: Math.min(24 * 60, Math.ceil(to / 60) * 60) };
}

export type Placement = { leftPct: number; widthPct: number; startTime: string; endTime: string };

/** Where an item sits in a day row, clipped to the grid window; null when it is outside the day. */
export function placeItem(item: TimedItem, date: string, timeZone: string, window: GridWindow): Placement | null {
  const span = window.toMinute - window.fromMinute;
  const start = Math.max(window.fromMinute, minuteOfDay(item.start, date, timeZone));
  const end = Math.min(window.toMinute, minuteOfDay(item.end, date, timeZone));
  if (span <= 0 || end <= start) return null;
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    leftPct: round(((start - window.fromMinute) / span) * 100),
    widthPct: round(((end - start) / span) * 100),
    startTime: localTime(item.start, timeZone),
    endTime: localTime(item.end, timeZone),
  };
}

/** Hour marks of the grid: 'HH:00' labels with their position. */
export function hourMarks(window: GridWindow): { label: string; leftPct: number }[] {
  const span = window.toMinute - window.fromMinute;
  const marks: { label: string; leftPct: number }[] = [];
  for (let m = window.fromMinute; m < window.toMinute; m += 60) {
    marks.push({ label: `${String(m / 60).padStart(2, '0')}:00`, leftPct: Math.round(((m - window.fromMinute) / span) * 10000) / 100 });
  }
  return marks;
}

/** Items grouped by the local date they start on, each day sorted by start. */
export function groupByLocalDate<T extends TimedItem>(items: readonly T[], dates: readonly string[], timeZone: string): Map<string, T[]> {
  const byDate = new Map<string, T[]>(dates.map((d) => [d, []]));
  for (const item of items) byDate.get(localDate(item.start, timeZone))?.push(item);
  for (const list of byDate.values()) list.sort((a, b) => a.start.getTime() - b.start.getTime());
  return byDate;
}

/** A `datetime-local` value ('YYYY-MM-DDTHH:mm') read in the dealership zone → UTC instant. */
export function localInputToUtc(value: string, timeZone: string): Date {
  const [date = '', time = ''] = value.split('T');
  return zonedTimeToUtc(date, time, timeZone);
}

/** The `datetime-local` value of an instant in the dealership zone. */
export function utcToLocalInput(instant: Date, timeZone: string): string {
  return format(new TZDate(instant.getTime(), timeZone), "yyyy-MM-dd'T'HH:mm");
}
