import { normalize, type Span } from './intervals';
import { WEEKDAYS, type Unavailability, type WeeklyHours } from './types';
import { parseLocalDate, parseLocalTime, weekdayOf, type ZoneCalendar } from './zone';

/** Minute ranges per weekday (index 0 = Sunday), sorted and merged. */
export type ParsedWeek = readonly (readonly (readonly [number, number])[])[];

export function parseWeeklyHours(hours: WeeklyHours): ParsedWeek {
  return WEEKDAYS.map((weekday) => {
    const ranges = (hours[weekday] ?? []).map((r): [number, number] => {
      const from = parseLocalTime(r.from);
      const to = parseLocalTime(r.to);
      if (to <= from) throw new RangeError(`Empty or reversed range ${r.from}-${r.to} on ${weekday}`);
      return [from, to];
    });
    ranges.sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const r of ranges) {
      const last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push([r[0], r[1]]);
    }
    return merged;
  });
}

/** The ranges of one local day as instants (DST days give their real length). */
export function dayRanges(week: ParsedWeek, dayNumber: number, zone: ZoneCalendar): Span[] {
  const ranges = week[weekdayOf(dayNumber)] ?? [];
  return ranges.map(([from, to]) => ({ start: zone.toInstant(dayNumber, from), end: zone.toInstant(dayNumber, to) }));
}

/** Weekly hours over [firstDay, lastDay] (day numbers, inclusive) as normalized instants. */
export function weeklySpans(week: ParsedWeek, firstDay: number, lastDay: number, zone: ZoneCalendar): Span[] {
  const spans: Span[] = [];
  for (let day = firstDay; day <= lastDay; day++) spans.push(...dayRanges(week, day, zone));
  return normalize(spans);
}

export function unavailabilitySpan(u: Unavailability, zone: ZoneCalendar): Span {
  if (u.kind === 'day') {
    const day = parseLocalDate(u.date);
    return { start: zone.startOfDay(day), end: zone.startOfDay(day + 1) };
  }
  return { start: u.start.getTime(), end: u.end.getTime() };
}

export function unavailabilitySpans(list: readonly Unavailability[], zone: ZoneCalendar): Span[] {
  return normalize(list.map((u) => unavailabilitySpan(u, zone)));
}
