// Public API of the catalogue module: pure functions and types, no framework imports.
export type * from './types';
export { catalogue } from './data';
export { malus2025 } from './data/malus-2025';
export { bonus2025 } from './data/bonus-2025';
export type { Adjustment, AdjustmentKind } from './adjustments';
export { checkConfiguration, type Conflict, type ConflictKind } from './check';
export { proposeChange, type ChangeType, type ConfigurationChange, type Proposal } from './change';
export { listChoices, type Choice, type Choices, type ChoiceState } from './choices';
export { validateCatalogue } from './integrity';
export { defaultConfiguration, normalizeConfiguration, sameConfiguration, type Normalized } from './normalize';
export {
  configuredCo2,
  evaluateBonus,
  htFromTtcCents,
  InvalidConfigurationError,
  malusCents,
  priceConfiguration,
  type PriceBreakdown,
  type PriceLine,
  type PriceLineKind,
  type PricingOptions,
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
