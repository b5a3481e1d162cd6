// Formats a French-first interface shows (1,6 km; lundi 7 décembre; 15 septembre 2004; 1 234 €),
// in one place so that a raw number, an ISO date or a "-0 €" cannot slip onto a page.

import { formatDecimal, formatEuroAmount } from './decimal';

export type FormatLocale = 'fr' | 'en';

const INTL: Record<FormatLocale, string> = { fr: 'fr-FR', en: 'en-GB' };

export function formatLocale(locale: string): FormatLocale {
  return locale === 'en' ? 'en' : 'fr';
}

/** 1.6 → "1,6" (the number of a distance, for a message that writes the unit itself). */
export function formatKilometres(km: number, locale: FormatLocale): string {
  const digits = Math.abs(km) < 10 ? 1 : 0;
  return formatDecimal(noNegativeZero(km), locale, { maximumFractionDigits: digits });
}

/** 1.6 → "1,6 km"; one decimal under 10 km, whole kilometres beyond. */
export function formatDistanceKm(km: number, locale: FormatLocale): string {
  return `${formatKilometres(km, locale)}\u00a0km`;
}

/** French writes the first of a month « 1er » (« lundi 1er mars », « 1er mars 2027 »); Intl writes « 1 ». */
export function frenchFirstOfMonth(text: string, locale: FormatLocale): string {
  return locale === 'fr' ? text.replace(/(^|\s)1(\s)/, '$11er$2') : text;
}

/** next-intl's named date formats (lib/i18n/request.ts), also read by `withSiteDates` for English. */
export const DATE_FORMATS = {
  short: { day: 'numeric', month: 'short', year: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

const SITE_TIME_ZONE = 'Europe/Paris';

/**
 * next-intl's formatter with the site's dates: « 1er » in French, and in English the British order
 * the site's own helpers write (« 7 December 2026 », never « December 7, 2026 » beside « 1 Mar
 * 2027 »): next-intl formats for the bare locale « en », which Intl reads as American. Pages and
 * components that format dates through next-intl take their formatter through this.
 */
type DateTimeOptions = Intl.DateTimeFormatOptions | keyof typeof DATE_FORMATS;
type DateTimeFormatter = { dateTime(value: Date | number, options?: DateTimeOptions): string };

export function withSiteDates<F extends DateTimeFormatter>(format: F, locale: string): Omit<F, 'dateTime'> & DateTimeFormatter {
  const lang = formatLocale(locale);
  if (lang === 'fr') return { ...format, dateTime: (value, options) => frenchFirstOfMonth(format.dateTime(value, options), lang) };
  return {
    ...format,
    dateTime: (value, options) => {
      // An invalid date goes to next-intl, whose error handler shows a fallback rather than throwing.
      if (Number.isNaN(new Date(value).getTime())) return format.dateTime(value, options);
      const resolved = typeof options === 'string' ? DATE_FORMATS[options] : (options ?? {});
      return new Intl.DateTimeFormat(INTL.en, { timeZone: SITE_TIME_ZONE, ...resolved }).format(value);
    },
  };
}

/** A calendar date 'YYYY-MM-DD' as "lundi 7 décembre" (noon UTC keeps the day in any zone). */
export function formatWeekday(date: string, locale: FormatLocale): string {
  return frenchFirstOfMonth(new Intl.DateTimeFormat(INTL[locale], { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(calendarNoon(date)), locale);
}

/** A calendar date 'YYYY-MM-DD' as "15 septembre 2004"; an unreadable value is shown as given. */
export function formatLongDate(date: string, locale: FormatLocale): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(calendarNoon(date).getTime())) return date;
  return frenchFirstOfMonth(new Intl.DateTimeFormat(INTL[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(calendarNoon(date)), locale);
}

/**
 * A rate as the offers and their legal texts write it, always two decimals: 5.9 → "5,90 %" (fr) /
 * "5.90%" (en). Rounded from the percentage's own digits (1.835 → 1,84: dividing by 100 first, in
 * binary, would give 1,83). One writer for the configurator, /financing and the PDFs, so a TAEG
 * reads the same everywhere.
 */
export function formatPercent(percent: number, locale: FormatLocale): string {
  const digits = formatDecimal(percent, locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return locale === 'fr' ? `${digits}\u00a0%` : `${digits}%`;
}

/** Integer cents as euros; a zero (or a rounded −0) never shows a minus sign. */
export function formatMoney(cents: number, locale: FormatLocale, options: { signed?: boolean } = {}): string {
  const value = noNegativeZero(Math.round(cents)) / 100;
  return formatEuroAmount(noNegativeZero(value), locale, {
    minimumFractionDigits: Math.round(cents) % 100 === 0 ? 0 : 2,
    maximumFractionDigits: 2,
    signDisplay: options.signed ? 'exceptZero' : 'auto',
  });
}

function noNegativeZero(n: number): number {
  return Object.is(n, -0) ? 0 : n;
}

function calendarNoon(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}
