/**
 * Factory order lead times: one production queue per model at the (fictional) Sochaux plant, and
 * transport time from the plant to each region. Illustrative figures, kept as data so that
 * planning can update them without touching the code.
 */

export type ProductionQueue = {
  readonly modelCode: string;
  /** Confirmed orders waiting to be built. */
  readonly ordersInQueue: number;
  /** Cars of this model built per week. */
  readonly weeklyOutput: number;
  /** Assembly, paint shop and quality checks once the car's slot comes up. */
  readonly assemblyWeeks: number;
  /** Standard deviation of the production lead time, as a share of its mean (supplier delays, line stops). */
  readonly variability: number;
};

export const PRODUCTION_QUEUES: readonly ProductionQueue[] = [
  { modelCode: 'etincelle', ordersInQueue: 2_400, weeklyOutput: 600, assemblyWeeks: 2, variability: 0.18 },
  { modelCode: 'horizon', ordersInQueue: 3_150, weeklyOutput: 450, assemblyWeeks: 2, variability: 0.2 },
  { modelCode: 'magistrale', ordersInQueue: 1_600, weeklyOutput: 200, assemblyWeeks: 3, variability: 0.22 },
];

/** Matte paints go through a separate paint line with its own queue. */
export const MATTE_PAINT_EXTRA_WEEKS = 1;

export type RegionTransport = {
  /** INSEE region code. */
  readonly regionCode: string;
  readonly name: string;
  /** Days by truck (or ship overseas) from the plant: median and 90th percentile. */
  readonly p50Days: number;
  readonly p90Days: number;
};

export const REGION_TRANSPORT: readonly RegionTransport[] = [
  { regionCode: '27', name: 'Bourgogne-Franche-Comté', p50Days: 2, p90Days: 4 },
  { regionCode: '44', name: 'Grand Est', p50Days: 2, p90Days: 4 },
  { regionCode: '84', name: 'Auvergne-Rhône-Alpes', p50Days: 3, p90Days: 5 },
  { regionCode: '11', name: 'Île-de-France', p50Days: 3, p90Days: 5 },
  { regionCode: '24', name: 'Centre-Val de Loire', p50Days: 3, p90Days: 6 },
  { regionCode: '32', name: 'Hauts-de-France', p50Days: 3, p90Days: 6 },
  { regionCode: '28', name: 'Normandie', p50Days: 4, p90Days: 7 },
  { regionCode: '52', name: 'Pays de la Loire', p50Days: 4, p90Days: 7 },
  { regionCode: '93', name: "Provence-Alpes-Côte d'Azur", p50Days: 4, p90Days: 7 },
  { regionCode: '76', name: 'Occitanie', p50Days: 5, p90Days: 8 },
  { regionCode: '75', name: 'Nouvelle-Aquitaine', p50Days: 5, p90Days: 8 },
  { regionCode: '53', name: 'Bretagne', p50Days: 5, p90Days: 8 },
  { regionCode: '94', name: 'Corse', p50Days: 7, p90Days: 12 },
  { regionCode: '01', name: 'Guadeloupe', p50Days: 24, p90Days: 35 },
  { regionCode: '02', name: 'Martinique', p50Days: 24, p90Days: 35 },
  { regionCode: '03', name: 'Guyane', p50Days: 28, p90Days: 40 },
  { regionCode: '04', name: 'La Réunion', p50Days: 32, p90Days: 45 },
  { regionCode: '06', name: 'Mayotte', p50Days: 35, p90Days: 50 },
];
