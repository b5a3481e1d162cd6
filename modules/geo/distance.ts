/** Great-circle distance and a rough road-time estimate between two points. */

export type LatLon = { lat: number; lon: number };

/** Mean Earth radius (IUGG), in km. */
const EARTH_RADIUS_KM = 6371.0088;

/** Haversine distance in kilometres. */
export function distanceKm(a: LatLon, b: LatLon): number {
  const toRad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRad;
  const dLon = (b.lon - a.lon) * toRad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Roads are longer than the straight line: 1.3 is the usual detour factor for French road
 * networks (between ~1.2 on motorway corridors and ~1.4 in hilly or coastal areas).
 */
export const ROAD_DETOUR_FACTOR = 1.3;

/**
 * Average speed by road distance band, in km/h: short trips are town traffic, middle ones mix
 * departmental roads, long ones are mostly motorway (130 km/h limit, minus stops and junctions).
 * Each band applies to the kilometres inside it, so time grows continuously with distance.
 */
export const SPEED_BANDS: ReadonlyArray<{ uptoKm: number; kmh: number }> = [
  { uptoKm: 10, kmh: 35 },
  { uptoKm: 30, kmh: 55 },
  { uptoKm: 80, kmh: 75 },
  { uptoKm: Infinity, kmh: 110 },
];

/**
 * Estimated driving time in minutes for a straight-line distance: road distance is
 * `distanceKm × 1.3`, driven band by band at the speeds above, so it never decreases with
 * distance; 0 for 0 km. Rounded up to the whole minute (a promise to a customer should not be
 * optimistic). Examples: 5 km → 12 min, 20 km → 35 min, 392 km (Paris–Lyon) → 5 h 14 (the
 * 1.3 factor overstates long motorway trips; it is meant for the short local ones).
 */
export function travelMinutes(straightLineKm: number): number {
  if (!Number.isFinite(straightLineKm) || straightLineKm < 0) {
    throw new RangeError(`Invalid distance: ${straightLineKm}`);
  }
  let remaining = straightLineKm * ROAD_DETOUR_FACTOR;
  let previousLimit = 0;
  let hours = 0;
  for (const band of SPEED_BANDS) {
    const inBand = Math.min(remaining, band.uptoKm - previousLimit);
    hours += inBand / band.kmh;
    remaining -= inBand;
    previousLimit = band.uptoKm;
    if (remaining <= 0) break;
  }
  return Math.ceil(hours * 60);
}
