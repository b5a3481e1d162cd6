/**
 * Offline French geodata, server-side: postal code / commune lookup, street-address geocoding to
 * the commune, distances and travel times, and the projection of the departments map
 * (components/FranceMap.tsx draws it).
 */
export { lookupPlace, geocodeAddress, loadPlaceIndex } from './lookup';
export type { StreetAddress, GeocodeResult, GeocodeErrorCode } from './lookup';
export { MAX_SUGGESTIONS } from './place-index';
export type { Place, LookupResult, LookupErrorCode, PlaceIndex } from './place-index';
export type { CentrePrecision } from './commune-data';
export { distanceKm, travelMinutes, ROAD_DETOUR_FACTOR, SPEED_BANDS } from './distance';
export type { LatLon } from './distance';
export { normalizePlaceName } from './normalize';
export { projectToMap, isOnMap, departmentAt, departmentBounds, MAP_WIDTH, MAP_HEIGHT } from './france-map';
export type { MapPoint } from './france-map';
