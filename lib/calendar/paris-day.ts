import { defaultTimeZone } from '@/lib/i18n/config';

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: defaultTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The calendar day (YYYY-MM-DD) in France at `instant`: the day the network's dealerships, prices and
 * surveys count in, which is not the UTC day between midnight in Paris and midnight UTC.
 */
export function parisDay(instant: Date): string {
  return dayFormat.format(instant);
}
