// Server entry of availability: stock near a place, showrooms, holds and their expiry job.
import 'server-only';

export {
  availabilityNear,
  cancelHold,
  configurationRequest,
  extendHoldForCheckout,
  holdableStock,
  holdableVehicle,
  holdsOf,
  placeHold,
  resolvePlace,
  SHOWROOM_LIMIT,
  stockCarToFinance,
  type AvailabilityPage,
  type ConfigurationRequest,
  type HoldableVehicle,
  type HoldOrigin,
  type HoldSummary,
  type PlaceOutcome,
  type StockCarForFinancing,
} from './server/service';
export { scheduleHoldExpiry, startHoldWorkers } from './server/hold-jobs';
export { receiveArrivedStock, startStockArrivalWorker } from './server/arrivals';
