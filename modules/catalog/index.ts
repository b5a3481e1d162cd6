// Public API of the catalogue module: pure functions and types, no framework imports.
export { factoryDeliveryWindow, regionFor, type DeliveryWindowInput } from './delivery-window';
export { PRODUCTION_QUEUES, REGION_TRANSPORT, MATTE_PAINT_EXTRA_WEEKS, type ProductionQueue, type RegionTransport } from './data/production';
export type * from './types';
export { catalogue } from './data';
export { co2Grid2025, co2Grid2026, co2Grid2027, co2Grids } from './data/fiscal/co2-grids';
export { massGrid2025, massGrid2026, massGrid2027, massGrids } from './data/fiscal/mass-grids';
export { purchaseAid2025, purchaseAid2026, purchaseAids } from './data/fiscal/purchase-aid';
export { cappedMassTaxCents, evaluateBonus, HOUSEHOLDS, householdName, inForceOn, malusAmountConfirmed, malusCents, massTax, type MassTax } from './fiscal';
export type { Adjustment, AdjustmentKind } from './adjustments';
export { checkConfiguration, type Conflict, type ConflictKind } from './check';
export { proposeChange, type ChangeType, type ConfigurationChange, type Proposal } from './change';
export { listChoices, type Choice, type Choices, type ChoiceState } from './choices';
export { validateCatalogue } from './integrity';
export { defaultConfiguration, normalizeConfiguration, sameConfiguration, type Normalized } from './normalize';
export {
  configuredCo2,
  configuredMassInRunningOrder,
  displayDate,
  htFromTtcCents,
  InvalidConfigurationError,
  priceConfiguration,
  type PriceBreakdown,
  type PriceLine,
  type PriceLineKind,
  type PricingContext,
  type RegistrationBasis,
} from './pricing';
export { resolveConfiguration, type Equipment, type EquipmentSource, type ResolvedConfiguration } from './resolve';
export {
  configurationChangeSchema,
  configurationFromParams,
  configurationInputSchema,
  configurationSchema,
  CONFIGURATION_PARAM_KEYS,
  encodeConfiguration,
  parseConfigurationParams,
  unknownCodesOf,
  type ConfigurationFromParams,
  type ParamsSource,
  type ParsedParams,
  type UnknownCode,
} from './url';
export { hrefOf } from './configurator/href';
export { formatEuros } from './configurator/money';
export {
  STILL_ASPECT,
  STILL_BACKGROUND,
  STILL_JPEG_WIDTH,
  STILL_WIDTHS,
  carStill,
  catalogueStills,
  frontStill,
  stillJpegSrc,
  stillJpegUrl,
  stillSrc,
  stillSrcSet,
  stillStem,
  type ExteriorStill,
  type InteriorStill,
  type StillFormat,
  type StillKey,
  type StillView,
  type StillsManifest,
} from './stills';
export { STILL_ALT_TEMPLATES, stillAlt, stillNames } from './still-names';
export { mailStill } from './still-link';
