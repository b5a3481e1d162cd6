import { distanceKm, ROAD_DETOUR_FACTOR, type LatLon } from '@/modules/geo';
import { DELIVERY_FEE_BANDS, DELIVERY_FEE_SOURCE, MAX_DELIVERY_KM } from './data/delivery-fees';

export type DeliveryQuote = { ok: true; roadKm: number; feeCents: number; source: string } | { ok: false; roadKm: number; maxKm: number };

/** The home-delivery fee from the dealership to the buyer's commune (pure: the caller geocodes). */
export function deliveryQuote(dealership: LatLon, home: LatLon): DeliveryQuote {
  const roadKm = Math.ceil(distanceKm(dealership, home) * ROAD_DETOUR_FACTOR);
  const band = DELIVERY_FEE_BANDS.find((b) => roadKm <= b.uptoKm);
  if (!band || roadKm > MAX_DELIVERY_KM) return { ok: false, roadKm, maxKm: MAX_DELIVERY_KM };
  return { ok: true, roadKm, feeCents: band.feeCents, source: DELIVERY_FEE_SOURCE };
}
