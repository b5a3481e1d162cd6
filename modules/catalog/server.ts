// Server entry of the catalogue: quotes, saved configurations (the garage), comparisons, QR codes.
import 'server-only';

export { quoteExact, quoteNearest, quoteOf, configurationInputFromJson, localizedAdjustments, type LenientQuote, type Quote } from './server/quote';
export { describeConfiguration, type ConfigurationDescription } from './server/describe';
export {
  findSavedConfiguration,
  findSavedConfigurations,
  listGarage,
  parseShortCode,
  saveConfiguration,
  saveQuote,
  type SaveOrigin,
  type SavedCar,
} from './server/configurations';
export { compareConfigurations, MAX_COMPARED, MIN_COMPARED, type ComparedCar, type ComparisonCell, type ComparisonRow } from './server/comparison';
export { qrSvg } from './server/qr';
export { factoryOrderContext, stockContext } from './server/registration';
export { generateShortCode, normalizeShortCode, shortCodePattern } from './server/short-code';
export { stillPicture, type StillPicture } from './server/still-file';
