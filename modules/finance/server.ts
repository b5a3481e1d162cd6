// Server entry of finance: the financing of a configured car, its request from a URL, its PDF summary.
import 'server-only';

export {
  computeFinancing,
  DEFAULT_PRODUCT_IDS,
  DEPOSIT_STEP_CENTS,
  DURATION_STEPS_MONTHS,
  financingRequestSchema,
  MILEAGE_STEPS_KM,
  quoteChosenFinancing,
  type ChosenFinancing,
  type ChosenFinancingQuote,
  type FinancingRequest,
  type FinancingResult,
  type OfferColumn,
} from './server/financing';
export { DEFAULT_TERMS, financingRequestFromParams, readFinancingParams, termsToParams } from './server/request';
export { financingSummaryPdf } from './server/summary-pdf';
export { fipenPdf } from './server/fipen-pdf';
