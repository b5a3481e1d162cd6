import type { Catalogue } from '../types';
import { interiors, paints, wheels } from './appearance';
import { co2Grids } from './fiscal/co2-grids';
import { massGrids } from './fiscal/mass-grids';
import { purchaseAids } from './fiscal/purchase-aid';
import { models } from './models';
import { options } from './options';
import { packs } from './packs';

/** The Virage catalogue: the seed's source of truth. Bump `version` whenever a price or rule changes. */
export const catalogue: Catalogue = {
  version: '2026.1',
  currency: 'EUR',
  vatRatePercent: 20,
  models,
  paints,
  wheels,
  interiors,
  options,
  packs,
  fiscal: { co2Grids, massGrids, aids: purchaseAids },
};
