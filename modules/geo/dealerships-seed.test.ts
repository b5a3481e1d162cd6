// Checks the seed's dealership network against the geodata: real places, coherent coordinates.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ALSACE_MOSELLE_HOLIDAYS,
  FRENCH_PUBLIC_HOLIDAYS,
  dealershipCode,
  dealerships,
  type Weekday,
} from '@/prisma/seed-data/dealerships';
import { distanceKm } from './distance';
import { departmentAt, departmentBounds, projectToMap } from './france-map';
import { loadPlaceIndex, lookupPlace } from './lookup';
import { normalizePlaceName } from './normalize';

const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

/** Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

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

  it('closes every site on the French public holidays, and Alsace-Moselle sites on theirs too', () => {
    for (const d of dealerships) {
      expect([...d.closures].sort()).toEqual(d.closures);
      expect(new Set(d.closures).size).toBe(d.closures.length);
      for (const date of d.closures) expect(Number.isNaN(Date.parse(`${date}T00:00:00Z`))).toBe(false);
      for (const holiday of FRENCH_PUBLIC_HOLIDAYS) expect(d.closures).toContain(holiday.date);
      const alsaceMoselle = ['57', '67', '68'].includes(d.postalCode.slice(0, 2));
      for (const holiday of ALSACE_MOSELLE_HOLIDAYS) expect(d.closures.includes(holiday.date)).toBe(alsaceMoselle);
    }
  });

  it('dates the movable holidays from Easter', () => {
    for (const year of [2026, 2027]) {
      const easter = easterSunday(year);
      const named = (name: string) => FRENCH_PUBLIC_HOLIDAYS.find((h) => h.name === name && h.date.startsWith(String(year)))?.date;
      expect(named('Lundi de Pâques')).toBe(plusDays(easter, 1));
      expect(named('Ascension')).toBe(plusDays(easter, 39));
      expect(named('Lundi de Pentecôte')).toBe(plusDays(easter, 50));
      expect(ALSACE_MOSELLE_HOLIDAYS.find((h) => h.name === 'Vendredi saint' && h.date.startsWith(String(year)))?.date).toBe(plusDays(easter, -2));
    }
    expect(FRENCH_PUBLIC_HOLIDAYS).toHaveLength(22);
  });
});
