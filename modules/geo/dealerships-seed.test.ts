// Checks the seed's dealership network against the geodata: real places, coherent coordinates.
import { beforeAll, describe, expect, it } from 'vitest';
import { frenchPublicHolidays } from '@/lib/calendar/public-holidays';
import { CLOSURE_YEARS, dealershipCode, dealerships, type Weekday } from '@/prisma/seed-data/dealerships';
import { distanceKm } from './distance';
import { departmentAt, departmentBounds, projectToMap } from './france-map';
import { loadPlaceIndex, lookupPlace } from './lookup';
import { normalizePlaceName } from './normalize';

const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

describe('dealership seed data', () => {
  // The first load of the commune index takes seconds under vitest's JSON transform.
  beforeAll(() => loadPlaceIndex(), 60_000);

  it('has about forty dealerships with unique codes derived from their names', () => {
    expect(dealerships.length).toBeGreaterThanOrEqual(38);
    expect(dealerships.length).toBeLessThanOrEqual(46);
    expect(new Set(dealerships.map((d) => d.code)).size).toBe(dealerships.length);
    expect(new Set(dealerships.map((d) => d.email)).size).toBe(dealerships.length);
    expect(new Set(dealerships.map((d) => d.phone)).size).toBe(dealerships.length);
    for (const d of dealerships) {
      expect(d.code).toBe(dealershipCode(d.name));
      expect(d.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(d.name).toMatch(/^Virage /);
      expect(d.timeZone).toBe('Europe/Paris');
      expect(d.phone).toMatch(/^0[1-5] \d\d \d\d \d\d \d\d$/);
      expect(d.email).toBe(`contact@${d.code}.virage.example`);
      expect(d.homeDriveRadiusKm).toBeGreaterThanOrEqual(15);
      expect(d.homeDriveRadiusKm).toBeLessThanOrEqual(40);
    }
  });

  it('keeps the code the demo dealer accounts belong to', () => {
    expect(dealerships.map((d) => d.code)).toContain('lyon-gerland');
  });

  it('is spread over the country: at least 35 departments, several sites around Paris', () => {
    expect(new Set(dealerships.map((d) => d.postalCode.slice(0, 2))).size).toBeGreaterThanOrEqual(35);
    const ileDeFrance = dealerships.filter((d) => ['75', '77', '78', '91', '92', '93', '94', '95'].includes(d.postalCode.slice(0, 2)));
    expect(ileDeFrance.length).toBeGreaterThanOrEqual(4);
  });

  it.each(dealerships.map((d) => [d.code, d] as const))('%s sits in its city and department', async (_, d) => {
    const result = await lookupPlace(d.postalCode);
    if (!result.ok) throw new Error(`${d.postalCode}: ${result.code}`);
    const communes = [result.place, ...result.alternatives];
    const commune = communes.find((p) => normalizePlaceName(p.city) === normalizePlaceName(d.city));
    expect(commune, `${d.city} is not served by ${d.postalCode}`).toBeDefined();
    expect(distanceKm(d, commune!)).toBeLessThan(8);
    // On the map, within its department's box give or take 2 units (~3.5 km, the fit's precision).
    const bounds = departmentBounds(d.postalCode.slice(0, 2))!;
    const { x, y } = projectToMap(d.lat, d.lon);
    expect(x).toBeGreaterThan(bounds.minX - 2);
    expect(x).toBeLessThan(bounds.maxX + 2);
    expect(y).toBeGreaterThan(bounds.minY - 2);
    expect(y).toBeLessThan(bounds.maxY + 2);
  });

  it('draws nearly every site inside its own department outline', () => {
    const inside = dealerships.filter((d) => departmentAt(d.lat, d.lon) === d.postalCode.slice(0, 2));
    // Paris is ~6 map units wide: a site near the périphérique may land in the next department.
    expect(inside.length).toBeGreaterThanOrEqual(dealerships.length - 2);
  });

  it('has well-formed opening hours: sorted, non-overlapping HH:mm ranges, closed on Sunday', () => {
    for (const d of dealerships) {
      expect(Object.keys(d.openingHours).sort()).toEqual([...WEEKDAYS].sort());
      expect(d.openingHours.sun).toEqual([]);
      let openDays = 0;
      for (const day of WEEKDAYS) {
        const ranges = d.openingHours[day];
        if (ranges.length > 0) openDays++;
        let previousEnd = -1;
        for (const [from, to] of ranges) {
          expect(from).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
          expect(to).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
          expect(minutes(from)).toBeLessThan(minutes(to));
          expect(minutes(from)).toBeGreaterThan(previousEnd);
          previousEnd = minutes(to);
        }
      }
      expect(openDays).toBe(6);
    }
  });

  it('closes every site on the French public holidays of each year, and Alsace-Moselle sites on theirs too', () => {
    expect(CLOSURE_YEARS).toEqual(expect.arrayContaining([2026, 2027]));
    for (const d of dealerships) {
      expect([...d.closures].sort()).toEqual(d.closures);
      expect(new Set(d.closures).size).toBe(d.closures.length);
      for (const date of d.closures) expect(Number.isNaN(Date.parse(`${date}T00:00:00Z`))).toBe(false);
      for (const year of CLOSURE_YEARS) for (const holiday of frenchPublicHolidays(year)) expect(d.closures).toContain(holiday.date);
      const alsaceMoselle = ['57', '67', '68'].includes(d.postalCode.slice(0, 2));
      // Good Friday 2027 (Easter 28 March) and 26 December: Code du travail art. L3134-13.
      expect(d.closures.includes('2027-03-26')).toBe(alsaceMoselle);
      expect(d.closures.includes('2026-12-26')).toBe(alsaceMoselle);
    }
  });
});
