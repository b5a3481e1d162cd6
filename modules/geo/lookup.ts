/**
 * Server-side entry points for French places: the commune index is loaded and built on first use
 * (~2 MB JSON chunk) and kept for the life of the process.
 */
import type { CompactCommuneData } from './commune-data';
import { normalizePlaceName, boundedEditDistance } from './normalize';
import {
  buildPlaceIndex,
  lookupInIndex,
  MAX_SUGGESTIONS,
  nearPostalCodes,
  placesForPostalCode,
  type LookupResult,
  type Place,
  type PlaceIndex,
} from './place-index';

let indexPromise: Promise<PlaceIndex> | undefined;

/** The shared index; the first call loads it, concurrent callers share the same load. */
export function loadPlaceIndex(): Promise<PlaceIndex> {
  indexPromise ??= import('./data/communes-fr.json')
    .then((module) => buildPlaceIndex(module.default satisfies CompactCommuneData))
    .catch((error: unknown) => {
      indexPromise = undefined;
      throw error;
    });
  return indexPromise;
}

/** A 5-digit postal code or a commune name (any case, with or without accents). */
export async function lookupPlace(query: string): Promise<LookupResult> {
  return lookupInIndex(await loadPlaceIndex(), query);
}

export type StreetAddress = { street: string; postalCode: string; city: string };

export type GeocodeErrorCode = 'INVALID_ADDRESS' | 'UNKNOWN_POSTAL_CODE' | 'CITY_NOT_IN_POSTAL_CODE';

export type GeocodeResult =
  /**
   * `lat`/`lon` are the centre of the commune, not of the street: without an address database
   * offline, that is the best this can do. Good enough for a delivery radius of 15-40 km;
   * `place.precision` says whether even the commune centre is an estimate.
   */
  | { ok: true; lat: number; lon: number; level: 'commune'; place: Place }
  /** `suggestions`: the communes of that postal code, or close postal codes. */
  | { ok: false; code: GeocodeErrorCode; suggestions: Place[] };

/**
 * Geocodes a street address to its commune (postal code + city). The street is checked for
 * presence only. The city may be slightly misspelled ("Villeurbane"), be a former commune's name,
 * or be left empty (the postal code's main commune is taken).
 */
export async function geocodeAddress(address: StreetAddress): Promise<GeocodeResult> {
  const index = await loadPlaceIndex();
  const postalCode = address.postalCode.replace(/\s+/g, '');
  if (!/^\d{5}$/.test(postalCode) || address.street.trim().length === 0) {
    return { ok: false, code: 'INVALID_ADDRESS', suggestions: [] };
  }
  const places = placesForPostalCode(index, postalCode);
  if (places.length === 0) return { ok: false, code: 'UNKNOWN_POSTAL_CODE', suggestions: nearPostalCodes(index, postalCode) };

  const city = normalizePlaceName(address.city);
  const place = city === '' ? places[0] : findCity(index, places, city);
  if (!place) return { ok: false, code: 'CITY_NOT_IN_POSTAL_CODE', suggestions: places.slice(0, MAX_SUGGESTIONS) };
  return { ok: true, lat: place.lat, lon: place.lon, level: 'commune', place };
}

function findCity(index: PlaceIndex, places: Place[], city: string): Place | undefined {
  const exact = places.find((p) => normalizePlaceName(p.city) === city);
  if (exact) return exact;
  // Former commune names ("Annecy-le-Vieux" in 74940) resolve to the commune they joined.
  const named = new Set((index.byName.get(city) ?? []).map((p) => index.inseeCodes[p]!));
  const alias = places.find((p) => named.has(p.inseeCode));
  if (alias) return alias;
  const maxTypos = city.length <= 8 ? 1 : 2;
  return places.find((p) => boundedEditDistance(normalizePlaceName(p.city), city, maxTypos) <= maxTypos);
}
