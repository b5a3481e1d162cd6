/** Offline French geodata: postal code / commune lookup, distances, map projection. Server-side. */
export { lookupPlace, geocodeAddress, loadPlaceIndex } from './lookup';
export type { StreetAddress, GeocodeResult, GeocodeErrorCode } from './lookup';
export type { Place, LookupResult, LookupErrorCode } from './place-index';
export type { CentrePrecision } from './commune-data';
export { distanceKm, travelMinutes, ROAD_DETOUR_FACTOR, SPEED_BANDS } from './distance';
export type { LatLon } from './distance';
export { normalizePlaceName } from './normalize';
