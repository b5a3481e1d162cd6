import { formatWeekday } from '@/lib/i18n/format';
import type { Lang } from './catalog-names';

/** "jeudi 3 décembre" for a local date 'YYYY-MM-DD', lower case as French writes it. */
export function dayLabel(date: string, lang: Lang): string {
  return formatWeekday(date, lang);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
