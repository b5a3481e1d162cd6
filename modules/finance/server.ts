// Server entry of finance: the financing of a configured car, its request from a URL, its PDF
// summary, and the buyers' saved simulations.
import 'server-only';
import { db } from '@/lib/db';
import type { ParamsSource } from '@/modules/catalog';
import { deleteSimulation, saveSimulation, simulationsOf } from './server/simulations';

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
export { MAX_SIMULATIONS_PER_OWNER, type FinancingSimulationView, type SavedOffer } from './server/simulations';

/** The saved simulations of an identity (guest or account), newest first. */
export const listFinancingSimulations = (identity: { id: string }) => simulationsOf(db, identity.id);
export const saveFinancingSimulation = (ownerId: string, source: ParamsSource) => saveSimulation(db, ownerId, source, new Date());
export const deleteFinancingSimulation = (ownerId: string, id: string) => deleteSimulation(db, ownerId, id);
