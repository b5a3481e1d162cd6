import { describe, expect, it } from 'vitest';
import { frenchPublicHolidays, isFrenchPublicHoliday } from './public-holidays';

// Expected dates as published by the administration (service-public.fr, "Jours fériés et ponts",
// consulted 2026-12-06): eleven holidays in mainland France (Code du travail art. L3133-1); Easter
// is 5 April 2026 and 28 March 2027. Alsace-Moselle adds Good Friday and 26 December (L3134-13).
const MAINLAND_2027 = ['2027-01-01', '2027-03-29', '2027-05-01', '2027-05-06', '2027-05-08', '2027-05-17', '2027-07-14', '2027-08-15', '2027-11-01', '2027-11-11', '2027-12-25'];

describe('French public holidays', () => {
  it('lists the eleven mainland holidays of 2027 with the Easter-based ones', () => {
    expect(frenchPublicHolidays(2027).map((h) => h.date)).toEqual(MAINLAND_2027);
  });

  it('dates Easter Monday, Ascension and Whit Monday of 2026', () => {
    const dates = frenchPublicHolidays(2026).map((h) => h.date);
    expect(dates).toEqual(expect.arrayContaining(['2026-04-06', '2026-05-14', '2026-05-25']));
    expect(dates).toHaveLength(11);
  });

  it('adds Good Friday and 26 December in Alsace-Moselle only', () => {
    const strasbourg = frenchPublicHolidays(2027, '67000').map((h) => h.date);
    expect(strasbourg).toEqual(expect.arrayContaining(['2027-03-26', '2027-12-26']));
    expect(strasbourg).toHaveLength(13);
    expect(isFrenchPublicHoliday('2027-03-26', '57000')).toBe(true);
    expect(isFrenchPublicHoliday('2027-03-26', '69002')).toBe(false);
    expect(isFrenchPublicHoliday('2027-03-26')).toBe(false);
  });

  it('a working day is no holiday', () => {
    expect(isFrenchPublicHoliday('2026-12-07')).toBe(false);
    expect(isFrenchPublicHoliday('2026-12-25')).toBe(true);
  });
});
