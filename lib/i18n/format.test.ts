import { describe, expect, it } from 'vitest';
import { createFormatter } from 'next-intl';
import { DATE_FORMATS, formatDistanceKm, formatLongDate, formatMoney, formatPercent, formatWeekday, withSiteDates } from './format';

// Intl separates thousands and units with (narrow) no-break spaces: compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatDistanceKm', () => {
  it('writes a decimal comma in French, a point in English, one decimal under 10 km', () => {
    expect(plain(formatDistanceKm(1.6, 'fr'))).toBe('1,6 km');
    expect(plain(formatDistanceKm(1.6, 'en'))).toBe('1.6 km');
    expect(plain(formatDistanceKm(12.4, 'fr'))).toBe('12 km');
    expect(plain(formatDistanceKm(1234, 'fr'))).toBe('1 234 km');
    expect(plain(formatDistanceKm(-0, 'fr'))).toBe('0 km');
  });
});

describe('formatWeekday', () => {
  it('gives the French day in lower case: "lundi 7 décembre"', () => {
    expect(formatWeekday('2026-12-07', 'fr')).toBe('lundi 7 décembre');
    expect(formatWeekday('2026-12-07', 'en')).toBe('Monday 7 December');
  });
  it('keeps the calendar day whatever the process time zone', () => {
    expect(formatWeekday('2026-03-29', 'fr')).toBe('dimanche 29 mars');
  });
});

describe('formatLongDate', () => {
  it('localises an ISO date, and leaves an unreadable value as given', () => {
    expect(formatLongDate('2004-09-15', 'fr')).toBe('15 septembre 2004');
    expect(formatLongDate('2004-09-15', 'en')).toBe('15 September 2004');
    expect(formatLongDate('not a date', 'fr')).toBe('not a date');
  });
  it('writes the first of the month « 1er » in French, and only the first', () => {
    expect(formatLongDate('2027-03-01', 'fr')).toBe('1er mars 2027');
    expect(formatLongDate('2027-03-01', 'en')).toBe('1 March 2027');
    expect(formatLongDate('2027-03-11', 'fr')).toBe('11 mars 2027');
    expect(formatLongDate('2027-03-21', 'fr')).toBe('21 mars 2027');
    expect(formatWeekday('2027-03-01', 'fr')).toBe('lundi 1er mars');
  });
  it('also in dates formatted through next-intl (order, handover and dealer pages), times and numbers untouched', () => {
    const first = new Date('2027-03-01T09:05:00Z');
    const fr = withSiteDates(createFormatter({ locale: 'fr', timeZone: 'Europe/Paris', formats: { dateTime: DATE_FORMATS } }), 'fr');
    expect(fr.dateTime(first, { dateStyle: 'full', timeStyle: 'short', hourCycle: 'h23' })).toBe('lundi 1er mars 2027 à 10:05');
    expect(fr.dateTime(first, { dateStyle: 'medium' })).toBe('1er mars 2027');
    expect(fr.dateTime(new Date('2027-03-11T09:00:00Z'), { dateStyle: 'long' })).toBe('11 mars 2027');
    expect(fr.dateTime(first, { dateStyle: 'short' })).toBe('01/03/2027');
    expect(plain(fr.number(1, { style: 'currency', currency: 'EUR' }))).toBe('1,00 €');
    // English in the British order the site's own helpers write, with the named formats and the site's zone.
    const en = withSiteDates(createFormatter({ locale: 'en', timeZone: 'Europe/Paris' }), 'en');
    expect(en.dateTime(first, { dateStyle: 'long' })).toBe('1 March 2027');
    expect(en.dateTime(first, { dateStyle: 'full', timeStyle: 'short', hourCycle: 'h23' })).toBe('Monday, 1 March 2027 at 10:05');
    expect(en.dateTime(first, 'short')).toBe('1 Mar 2027');
    expect(en.dateTime(first, 'time')).toBe('10:05');
    // Paris by default, the zone asked for when one is: 02:00 UTC on 1 March is still 28 February in New York.
    const early = new Date('2027-03-01T02:00:00Z');
    expect(en.dateTime(early, { dateStyle: 'long' })).toBe('1 March 2027');
    expect(en.dateTime(early, { dateStyle: 'long', timeZone: 'America/New_York' })).toBe('28 February 2027');
    expect(fr.dateTime(first, 'short')).toBe('1er mars 2027');
  });
});

describe('formatMoney', () => {
  it('writes euros the French way, with cents only when there are some', () => {
    expect(plain(formatMoney(123_456_78, 'fr'))).toBe('123 456,78 €');
    expect(plain(formatMoney(3_000_00, 'fr'))).toBe('3 000 €');
    expect(plain(formatMoney(3_000_00, 'en'))).toBe('€3,000');
  });
  it('never shows "-0 €", signed or not', () => {
    expect(plain(formatMoney(-0, 'fr'))).toBe('0 €');
    expect(plain(formatMoney(-0.4, 'fr'))).toBe('0 €');
    expect(plain(formatMoney(0, 'fr', { signed: true }))).toBe('0 €');
    expect(plain(formatMoney(-0, 'fr', { signed: true }))).toBe('0 €');
    expect(plain(formatMoney(-5_000_00, 'fr', { signed: true }))).toBe('-5 000 €');
    expect(plain(formatMoney(5_000_00, 'fr', { signed: true }))).toBe('+5 000 €');
  });
});

describe('formatPercent', () => {
  // The configurator wrote "5,9 %" where /financing and the legal texts write "5,90 %" for the same TAEG.
  it('always writes two decimals, as the offers and their legal texts do', () => {
    expect(formatPercent(5.9, 'fr')).toBe('5,90\u00a0%');
    expect(formatPercent(6, 'en')).toBe('6.00%');
    expect(formatPercent(6.06, 'fr')).toBe('6,06\u00a0%');
  });
});
