import Holidays from 'date-holidays';

/** A local calendar date, YYYY-MM-DD. */
export type LocalDate = string;
export type PublicHoliday = { date: LocalDate; name: string };

/**
 * French public holidays ("jours fériés", Code du travail art. L3133-1) of a year, from date-holidays
 * (a maintained calendar, Easter-based dates computed by it), with the local ones where a postal
 * code falls under them: Alsace-Moselle (departments 57, 67, 68: Vendredi saint and 26 December,
 * Code du travail art. L3134-13) and the overseas departments (abolition of slavery, etc.).
 */
const REGION_BY_DEPARTMENT: Record<string, string> = { '57': '57', '67': '67', '68': '68', '971': 'GP', '972': 'MQ', '973': 'GF', '974': 'RE', '976': 'YT' };

const calendars = new Map<string, Holidays>();
function calendarFor(region: string | undefined): Holidays {
  const key = region ?? '';
  let calendar = calendars.get(key);
  if (!calendar) {
    calendar = region ? new Holidays('FR', region, { languages: ['fr'], types: ['public'] }) : new Holidays('FR', { languages: ['fr'], types: ['public'] });
    calendars.set(key, calendar);
  }
  return calendar;
}

function regionOf(postalCode: string | undefined): string | undefined {
  if (!postalCode) return undefined;
  return REGION_BY_DEPARTMENT[postalCode.slice(0, 3)] ?? REGION_BY_DEPARTMENT[postalCode.slice(0, 2)];
}

/** The public holidays of `year` in mainland France, or at `postalCode` when given, sorted by date. */
export function frenchPublicHolidays(year: number, postalCode?: string): PublicHoliday[] {
  return calendarFor(regionOf(postalCode))
    .getHolidays(year)
    .filter((h) => h.type === 'public')
    .map((h) => ({ date: h.date.slice(0, 10), name: h.name }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** Whether a local date is a public holiday (mainland France, or at `postalCode`). */
export function isFrenchPublicHoliday(date: LocalDate, postalCode?: string): boolean {
  return frenchPublicHolidays(Number(date.slice(0, 4)), postalCode).some((h) => h.date === date);
}
