import type { Catalogue } from '../types';
import { interiors, paints, wheels } from './appearance';
import { bonus2025 } from './bonus-2025';
import { malus2025 } from './malus-2025';
import { models } from './models';
import { options } from './options';
import { packs } from './packs';

/** The Virage catalogue: the seed's source of truth. Bump `version` whenever a price or rule changes. */
export const catalogue: Catalogue = {
  version: '2025.2',
  currency: 'EUR',
  vatRatePercent: 20,
  models,
  paints,
  wheels,
  interiors,
  options,
  packs,
  fiscal: { malus: malus2025, bonus: bonus2025 },
};
