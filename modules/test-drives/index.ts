// Pure entry of the test-drive module: the booking flow's URL state, names, dates and hours as pages show them.
export type * from './types';
export { energyName, modelEnergies, modelName, trimName, type Lang } from './catalog-names';
export { addDays, dayLabel } from './day-label';
export { flowHref, hiddenFlow, readFlow, type FlowParams } from './flow';
export { formatDriveTime } from './mails';
export { localDateOf } from './slots';
export { zInstant } from './local-date-time';
export {
  calendarHref,
  localDate,
  localTime,
  parseCalendarParams,
  utcToLocalInput,
  visibleDates,
  type CalendarGrouping,
  type CalendarParams,
  type CalendarView,
} from './back-office/calendar';
export { formatDayHours, WEEKDAY_KEYS, type StoredWeek, type WeekdayKey } from './back-office/hours';
export { ZSlotSearch } from './back-office/schemas';
export { summarizeScores, type ScoreSummary } from './back-office/surveys';
