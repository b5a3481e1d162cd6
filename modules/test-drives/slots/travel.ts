import type { DealershipSchedule, HomeLocation, HomeTravelPolicy } from './types';

/**
 * Defaults for home drives: 35 km/h door to door is a mixed urban/suburban average (French city
 * traffic is ~20-30 km/h, ring roads faster); 15 minutes is the least a leg costs once the
 * specialist has left the showroom and parked; legs round up to 5 minutes.
 */
export const DEFAULT_HOME_TRAVEL: HomeTravelPolicy = { averageSpeedKmh: 35, minimumMinutes: 15, roundUpToMinutes: 5 };

/** One-way travel minutes for a road distance: max(minimum, distance / speed) rounded up. */
export function travelMinutesForDistance(distanceKm: number, policy: Partial<HomeTravelPolicy> = {}): number {
  const { averageSpeedKmh, minimumMinutes, roundUpToMinutes } = { ...DEFAULT_HOME_TRAVEL, ...policy };
  if (!(distanceKm >= 0) || !(averageSpeedKmh > 0)) throw new RangeError('distance must be ≥ 0 and speed > 0');
  const raw = Math.max(minimumMinutes, (distanceKm / averageSpeedKmh) * 60);
  const step = Math.max(1, roundUpToMinutes);
  return Math.ceil(raw / step - 1e-9) * step;
}

/** Minutes away before and after a home drive (each leg + the dealership's extra minutes). */
export function homeTravelLegs(dealership: DealershipSchedule, home: HomeLocation): { before: number; after: number } {
  const leg = home.travelMinutes ?? travelMinutesForDistance(home.distanceKm, dealership.homeTravel);
  const total = Math.ceil(leg) + (dealership.homeDriveExtraMinutes ?? 0);
  return { before: total, after: total };
}
