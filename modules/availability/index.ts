// Public pure API of the availability module (server code lives in ./server, actions in ./actions).
export type * from './types';
export { describeDifferences, matchScore, MATCH_WEIGHTS, MAX_CLOSE_SCORE } from './matching';
export { factoryDeliveryWindow, regionFor, type DeliveryWindowInput } from '@/modules/catalog';
export { HOLD_DURATION_MINUTES, holdExpiry } from './holds';
export { PRODUCTION_QUEUES, REGION_TRANSPORT, MATTE_PAINT_EXTRA_WEEKS, type ProductionQueue, type RegionTransport } from '@/modules/catalog';
export { arrivalState, type ArrivalState } from './arrival';
