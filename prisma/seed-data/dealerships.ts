/**
 * The Virage dealership network used by the seed: 43 sites in metropolitan France, fixed data
 * (no randomness) so that ids, maps and tests are stable.
 *
 * Addresses are plausible commercial streets of each city; coordinates are the street's area.
 * Phone numbers are in the ranges ARCEP reserves for fiction (01 99 00, 02 61 91, 03 53 01,
 * 04 65 71, 05 36 49), so none rings a real line.
 */
import { frenchPublicHolidays, type PublicHoliday } from '../../lib/calendar/public-holidays';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
/** 'HH:mm' local time in the dealership's zone. */
export type LocalTime = string;
/** 'YYYY-MM-DD' local date. */
export type LocalDate = string;
/** Same shape as the Dealership.openingHours JSON column: [from, to) local ranges per weekday, [] = closed. */
export type OpeningHours = Record<Weekday, Array<[LocalTime, LocalTime]>>;

export type DealershipSeed = {
  /** Slug of the name without "Virage ": "Virage Lyon Gerland" → 'lyon-gerland'. */
  code: string;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  lat: number;
  lon: number;
  /** French national format, e.g. '04 65 71 10 07'. */
  phone: string;
  email: string;
  timeZone: 'Europe/Paris';
  openingHours: OpeningHours;
  /** Local dates the site is closed: public holidays, plus a summer week for some. */
  closures: LocalDate[];
  homeDriveRadiusKm: number;
};

/**
 * The years whose public holidays close the sites: from the demo's first year to next year, so a
 * seed made on any later day still has its closures (lib/calendar, date-holidays).
 */
export const CLOSURE_YEARS: readonly number[] = Array.from({ length: new Date().getUTCFullYear() + 2 - 2026 }, (_, i) => 2026 + i);

/** Public holidays that apply at a postal code (Alsace-Moselle's included), sorted. */
export function publicHolidaysFor(postalCode: string): PublicHoliday[] {
  return CLOSURE_YEARS.flatMap((year) => frenchPublicHolidays(year, postalCode));
}

type Range = [LocalTime, LocalTime];
const week = (weekdays: Range[], saturday: Range[], overrides: Partial<OpeningHours> = {}): OpeningHours => ({
  mon: weekdays,
  tue: weekdays,
  wed: weekdays,
  thu: weekdays,
  fri: weekdays,
  sat: saturday,
  sun: [],
  ...overrides,
});

/** The usual French dealership: lunch break on weekdays, open all Saturday. */
const STANDARD = week(
  [
    ['09:00', '12:30'],
    ['14:00', '19:00'],
  ],
  [['09:00', '18:00']],
);
/** Big-city sites: no lunch break, late Saturday. */
const CONTINUOUS = week([['09:00', '19:00']], [['09:30', '19:00']]);
/** Late opening on Thursday for buyers who work. */
const LATE_THURSDAY = week(
  [
    ['09:00', '12:30'],
    ['14:00', '19:00'],
  ],
  [['09:30', '18:30']],
  {
    thu: [
      ['09:00', '12:30'],
      ['14:00', '20:30'],
    ],
  },
);
/** Smaller sites: closed Monday morning, lunch break on Saturday too. */
const SMALL_SITE = week(
  [
    ['09:00', '12:00'],
    ['14:00', '19:00'],
  ],
  [
    ['09:00', '12:00'],
    ['14:00', '18:00'],
  ],
  { mon: [['14:00', '19:00']] },
);

/** Week of 15 August, when smaller sites close. */
const SUMMER_BREAK_2026: LocalDate[] = ['2026-08-10', '2026-08-11', '2026-08-12', '2026-08-13', '2026-08-14'];

const PHONE_PREFIX = { idf: '01 99 00', nw: '02 61 91', ne: '03 53 01', se: '04 65 71', sw: '05 36 49' } as const;

type Site = {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  lat: number;
  lon: number;
  zone: keyof typeof PHONE_PREFIX;
  hours: OpeningHours;
  radiusKm: number;
  summerBreak?: boolean;
};

const SITES: readonly Site[] = [
  { name: 'Virage Paris Vaugirard', street: '112 rue de la Croix-Nivert', postalCode: '75015', city: 'Paris', lat: 48.841, lon: 2.296, zone: 'idf', hours: CONTINUOUS, radiusKm: 15 },
  { name: 'Virage Paris Batignolles', street: '35 boulevard Berthier', postalCode: '75017', city: 'Paris', lat: 48.889, lon: 2.301, zone: 'idf', hours: CONTINUOUS, radiusKm: 15 },
  { name: 'Virage Boulogne-Billancourt', street: '120 route de la Reine', postalCode: '92100', city: 'Boulogne-Billancourt', lat: 48.8405, lon: 2.2395, zone: 'idf', hours: LATE_THURSDAY, radiusKm: 15 },
  { name: 'Virage Saint-Denis Pleyel', street: '14 rue Pleyel', postalCode: '93200', city: 'Saint-Denis', lat: 48.919, lon: 2.347, zone: 'idf', hours: STANDARD, radiusKm: 20 },
  { name: 'Virage Créteil', street: '5 avenue du Général de Gaulle', postalCode: '94000', city: 'Créteil', lat: 48.78, lon: 2.456, zone: 'idf', hours: STANDARD, radiusKm: 20 },
  { name: 'Virage Versailles', street: '24 rue de la Porte de Buc', postalCode: '78000', city: 'Versailles', lat: 48.792, lon: 2.126, zone: 'idf', hours: LATE_THURSDAY, radiusKm: 25 },
  { name: 'Virage Lyon Gerland', street: '240 avenue Jean Jaurès', postalCode: '69007', city: 'Lyon', lat: 45.732, lon: 4.836, zone: 'se', hours: CONTINUOUS, radiusKm: 25 },
  { name: 'Virage Lyon Vaise', street: '45 rue de Bourgogne', postalCode: '69009', city: 'Lyon', lat: 45.777, lon: 4.805, zone: 'se', hours: STANDARD, radiusKm: 20 },
  { name: 'Virage Marseille La Valentine', street: '12 route de la Sablière', postalCode: '13011', city: 'Marseille', lat: 43.296, lon: 5.483, zone: 'se', hours: CONTINUOUS, radiusKm: 25 },
  { name: 'Virage Aix-en-Provence', street: '40 avenue du Club Hippique', postalCode: '13090', city: 'Aix-en-Provence', lat: 43.52, lon: 5.423, zone: 'se', hours: STANDARD, radiusKm: 30 },
  { name: 'Virage Toulouse Minimes', street: '120 avenue des Minimes', postalCode: '31200', city: 'Toulouse', lat: 43.623, lon: 1.435, zone: 'sw', hours: CONTINUOUS, radiusKm: 25 },
  { name: 'Virage Nice Saint-Isidore', street: '27 boulevard du Mercantour', postalCode: '06200', city: 'Nice', lat: 43.714, lon: 7.215, zone: 'se', hours: LATE_THURSDAY, radiusKm: 25 },
  { name: 'Virage Nantes Beaujoire', street: '3 route de Saint-Joseph', postalCode: '44300', city: 'Nantes', lat: 47.256, lon: -1.528, zone: 'nw', hours: LATE_THURSDAY, radiusKm: 30 },
  { name: 'Virage Strasbourg Meinau', street: '21 rue de la Plaine des Bouchers', postalCode: '67100', city: 'Strasbourg', lat: 48.558, lon: 7.748, zone: 'ne', hours: STANDARD, radiusKm: 30 },
  { name: 'Virage Montpellier Pompignane', street: '150 avenue de la Pompignane', postalCode: '34000', city: 'Montpellier', lat: 43.613, lon: 3.895, zone: 'se', hours: STANDARD, radiusKm: 30 },
  { name: 'Virage Bordeaux Lac', street: '8 rue Jean-Gabriel Domergue', postalCode: '33300', city: 'Bordeaux', lat: 44.883, lon: -0.57, zone: 'sw', hours: CONTINUOUS, radiusKm: 30 },
  { name: 'Virage Lille Fives', street: '80 rue Pierre Legrand', postalCode: '59800', city: 'Lille', lat: 50.632, lon: 3.088, zone: 'ne', hours: LATE_THURSDAY, radiusKm: 25 },
  { name: 'Virage Rennes Alma', street: '5 rue du Bosphore', postalCode: '35200', city: 'Rennes', lat: 48.087, lon: -1.677, zone: 'nw', hours: STANDARD, radiusKm: 30 },
  { name: 'Virage Reims', street: '18 avenue Paul Marchandeau', postalCode: '51100', city: 'Reims', lat: 49.248, lon: 4.017, zone: 'ne', hours: STANDARD, radiusKm: 35 },
  { name: 'Virage Toulon', street: '60 avenue Franklin Roosevelt', postalCode: '83000', city: 'Toulon', lat: 43.119, lon: 5.94, zone: 'se', hours: STANDARD, radiusKm: 25 },
  { name: 'Virage Grenoble', street: '32 avenue Jean Perrot', postalCode: '38100', city: 'Grenoble', lat: 45.173, lon: 5.737, zone: 'se', hours: LATE_THURSDAY, radiusKm: 30 },
  { name: 'Virage Dijon', street: '9 boulevard de Chicago', postalCode: '21000', city: 'Dijon', lat: 47.333, lon: 5.053, zone: 'ne', hours: STANDARD, radiusKm: 35 },
  { name: 'Virage Angers', street: '45 avenue Montaigne', postalCode: '49100', city: 'Angers', lat: 47.472, lon: -0.534, zone: 'nw', hours: SMALL_SITE, radiusKm: 35 },
  { name: 'Virage Nîmes', street: '210 avenue du Maréchal Juin', postalCode: '30900', city: 'Nîmes', lat: 43.826, lon: 4.348, zone: 'se', hours: STANDARD, radiusKm: 35 },
  { name: 'Virage Clermont-Ferrand', street: '70 boulevard Gustave Flaubert', postalCode: '63000', city: 'Clermont-Ferrand', lat: 45.764, lon: 3.112, zone: 'se', hours: STANDARD, radiusKm: 35 },
  { name: 'Virage Le Mans', street: '150 avenue Georges Durand', postalCode: '72100', city: 'Le Mans', lat: 47.979, lon: 0.208, zone: 'nw', hours: SMALL_SITE, radiusKm: 35 },
  { name: 'Virage Brest', street: '95 rue de Gouesnou', postalCode: '29200', city: 'Brest', lat: 48.414, lon: -4.489, zone: 'nw', hours: SMALL_SITE, radiusKm: 40, summerBreak: true },
  { name: 'Virage Tours', street: '100 avenue de Grammont', postalCode: '37000', city: 'Tours', lat: 47.382, lon: 0.689, zone: 'nw', hours: STANDARD, radiusKm: 35 },
  { name: 'Virage Amiens', street: '25 rue Jules Barni', postalCode: '80000', city: 'Amiens', lat: 49.885, lon: 2.295, zone: 'ne', hours: SMALL_SITE, radiusKm: 40 },
  { name: 'Virage Limoges', street: '120 avenue du Général Leclerc', postalCode: '87100', city: 'Limoges', lat: 45.845, lon: 1.269, zone: 'sw', hours: SMALL_SITE, radiusKm: 40, summerBreak: true },
  { name: 'Virage Annecy', street: '52 avenue de Genève', postalCode: '74000', city: 'Annecy', lat: 45.912, lon: 6.129, zone: 'se', hours: LATE_THURSDAY, radiusKm: 30 },
  { name: 'Virage Perpignan', street: '130 avenue d’Espagne', postalCode: '66100', city: 'Perpignan', lat: 42.676, lon: 2.892, zone: 'se', hours: STANDARD, radiusKm: 35 },
  { name: 'Virage Metz', street: '14 rue aux Arènes', postalCode: '57000', city: 'Metz', lat: 49.108, lon: 6.182, zone: 'ne', hours: STANDARD, radiusKm: 35 },
  { name: 'Virage Besançon', street: '80 rue de Dole', postalCode: '25000', city: 'Besançon', lat: 47.235, lon: 6.005, zone: 'ne', hours: SMALL_SITE, radiusKm: 40 },
  { name: 'Virage Orléans', street: '150 rue du Faubourg Bannier', postalCode: '45000', city: 'Orléans', lat: 47.916, lon: 1.9, zone: 'nw', hours: STANDARD, radiusKm: 35 },
  { name: 'Virage Rouen', street: '66 avenue du Mont-Riboudet', postalCode: '76000', city: 'Rouen', lat: 49.451, lon: 1.076, zone: 'nw', hours: LATE_THURSDAY, radiusKm: 30 },
  { name: 'Virage Caen', street: '40 rue d’Authie', postalCode: '14000', city: 'Caen', lat: 49.195, lon: -0.385, zone: 'nw', hours: STANDARD, radiusKm: 35 },
  { name: 'Virage Nancy', street: '35 boulevard d’Austrasie', postalCode: '54000', city: 'Nancy', lat: 48.693, lon: 6.201, zone: 'ne', hours: STANDARD, radiusKm: 35 },
  { name: 'Virage Avignon', street: '400 route de Marseille', postalCode: '84000', city: 'Avignon', lat: 43.932, lon: 4.826, zone: 'se', hours: SMALL_SITE, radiusKm: 35 },
  { name: 'Virage Poitiers', street: '180 avenue de Nantes', postalCode: '86000', city: 'Poitiers', lat: 46.591, lon: 0.325, zone: 'sw', hours: SMALL_SITE, radiusKm: 40, summerBreak: true },
  { name: 'Virage La Rochelle', street: '70 avenue Jean Moulin', postalCode: '17000', city: 'La Rochelle', lat: 46.163, lon: -1.16, zone: 'sw', hours: STANDARD, radiusKm: 35 },
  { name: 'Virage Pau', street: '20 boulevard de la Paix', postalCode: '64000', city: 'Pau', lat: 43.319, lon: -0.36, zone: 'sw', hours: SMALL_SITE, radiusKm: 40, summerBreak: true },
  { name: 'Virage Bayonne', street: '55 avenue du Maréchal Soult', postalCode: '64100', city: 'Bayonne', lat: 43.486, lon: -1.488, zone: 'sw', hours: STANDARD, radiusKm: 35 },
];

export function dealershipCode(name: string): string {
  return name
    .replace(/^Virage /, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export const dealerships: readonly DealershipSeed[] = SITES.map((site, i) => {
  const code = dealershipCode(site.name);
  // Deterministic line numbers: the site's rank, spread over the reserved block.
  const line = String(1000 + i * 137).padStart(4, '0');
  const holidays = publicHolidaysFor(site.postalCode).map((h) => h.date);
  return {
    code,
    name: site.name,
    street: site.street,
    postalCode: site.postalCode,
    city: site.city,
    lat: site.lat,
    lon: site.lon,
    phone: `${PHONE_PREFIX[site.zone]} ${line.slice(0, 2)} ${line.slice(2)}`,
    email: `contact@${code}.virage.example`,
    timeZone: 'Europe/Paris',
    // A copy each: the seed may hand these objects to code that edits them.
    openingHours: structuredClone(site.hours),
    closures: [...holidays, ...(site.summerBreak ? SUMMER_BREAK_2026 : [])].sort(),
    homeDriveRadiusKm: site.radiusKm,
  };
});
