import { AppError } from '@/lib/errors';
import { geocodeAddress } from '@/modules/geo';
import { deliveryQuote } from '../delivery';

export type HomeAddress = { street: string; postalCode: string; city: string };
export type HomeDeliveryQuote = { address: HomeAddress; roadKm: number; feeCents: number; source: string };

/**
 * The home-delivery fee from the dealership to the buyer's address (its commune, geocoded offline
 * by the geo module). An address we cannot place or beyond the last band is a 422 naming why.
 */
export async function homeDeliveryQuote(dealership: { lat: number; lon: number }, address: HomeAddress): Promise<HomeDeliveryQuote> {
  const place = await geocodeAddress(address);
  if (!place.ok) throw new AppError('VALIDATION_FAILED', 'We could not find this address for the delivery.', { reason: 'ADDRESS_NOT_FOUND' });
  const quote = deliveryQuote(dealership, place);
  if (!quote.ok)
    throw new AppError('VALIDATION_FAILED', `We deliver up to ${quote.maxKm} km by road from the dealership; this address is about ${quote.roadKm} km away.`, {
      reason: 'DELIVERY_OUT_OF_RANGE',
      details: { roadKm: quote.roadKm, maxKm: quote.maxKm },
    });
  return { address: { street: address.street, postalCode: place.place.postalCode, city: place.place.city }, roadKm: quote.roadKm, feeCents: quote.feeCents, source: quote.source };
}
