/**
 * In-memory index of French communes by postal code and by name, built once from the compact
 * data file, and the lookups on it (exact, then "did you mean" suggestions).
 */
import { departementOfInsee, precisionFromLetter, type CentrePrecision, type CompactCommuneData } from './commune-data';
import { boundedEditDistance, normalizePlaceName } from './normalize';

export type Place = {
  postalCode: string;
  /** Commune name as written officially; "Paris", "Lyon", "Marseille" for their arrondissements. */
  city: string;
  lat: number;
  lon: number;
  /** Department code: "01"…"95", "2A", "2B", "971"…"976". */
  departement: string;
  inseeCode: string;
  /** How the centre was obtained; anything but 'commune' is an estimate (see commune-data.ts). */
  precision: CentrePrecision;
};

export type LookupErrorCode = 'UNKNOWN_POSTAL_CODE' | 'UNKNOWN_CITY' | 'INVALID_QUERY';

export type LookupResult =
  /** `alternatives`: other communes with the same postal code, or homonyms elsewhere (≤ 5). */
  | { ok: true; place: Place; alternatives: Place[] }
  /** `suggestions`: close postal codes or similar names (≤ 5), best first. */
  | { ok: false; code: LookupErrorCode; suggestions: Place[] };

export const MAX_SUGGESTIONS = 5;

/**
 * Column arrays rather than one object per commune: ~35 000 communes fit in a few MB and the
 * index builds in tens of milliseconds.
 */
export type PlaceIndex = {
  inseeCodes: string[];
  /** Display name: official name, or the city's name for a Paris/Lyon/Marseille arrondissement. */
  cities: string[];
  /** Position of the parent city for an arrondissement, else -1. */
  parents: Int32Array;
  lats: Float64Array;
  lons: Float64Array;
  populations: Uint32Array;
  precisions: CentrePrecision[];
  /** Postal codes of each commune, sorted; the first is the one shown for a name search. */
  postalCodes: string[][];
  /** Postal code → commune positions, preferred first (arrondissement over its city, then by population). */
  byPostalCode: Map<string, number[]>;
  /** Normalised name (official names, former communes, "paris 15") → positions, most populated first. */
  byName: Map<string, number[]>;
  /** Keys of byName, for fuzzy search. */
  names: string[];
  /** Every postal code, sorted. */
  sortedPostalCodes: string[];
};

export function buildPlaceIndex(data: CompactCommuneData): PlaceIndex {
  const count = data.inseeCodes.length;
  for (const column of [data.names, data.normalizedNames, data.lats, data.lons, data.populations, data.postalCodes]) {
    if (column.length !== count) throw new Error('Commune data columns differ in length');
  }
  if (data.precisions.length !== count || data.aliasNames.length !== data.aliasInseeCodes.length) throw new Error('Commune data columns differ in length');

  const positionByInsee = new Map<string, number>();
  data.inseeCodes.forEach((code, position) => positionByInsee.set(code, position));
  const cities = [...data.names];
  const parents = new Int32Array(count).fill(-1);
  for (const [child, parent] of Object.entries(data.parents)) {
    const childPosition = positionByInsee.get(child);
    const parentPosition = positionByInsee.get(parent);
    if (childPosition === undefined || parentPosition === undefined) continue;
    parents[childPosition] = parentPosition;
    cities[childPosition] = data.names[parentPosition]!;
  }
  const precisions = Array.from(data.precisions, precisionFromLetter);
  const postalCodes = data.postalCodes.map((codes) => codes.split(' ').sort());

  const byPostalCode = new Map<string, number[]>();
  postalCodes.forEach((codes, position) => {
    for (const code of codes) {
      const list = byPostalCode.get(code);
      if (list) list.push(position);
      else byPostalCode.set(code, [position]);
    }
  });
  const byName = new Map<string, number[]>();
  const addName = (name: string, position: number) => {
    const list = byName.get(name);
    if (!list) byName.set(name, [position]);
    else if (!list.includes(position)) list.push(position);
  };
  data.normalizedNames.forEach((name, position) => {
    addName(name, position);
    // "Lyon 7e Arrondissement" is also found as "lyon 7e" and "lyon 7".
    const arrondissement = parents[position] === -1 ? null : /^(.*) (\d+)(?:e|er) arrondissement$/.exec(name);
    if (arrondissement) {
      const [, city, number] = arrondissement;
      addName(`${city} ${number}`, position);
      addName(`${city} ${number}${number === '1' ? 'er' : 'e'}`, position);
    }
  });
  data.aliasNames.forEach((name, i) => {
    const position = positionByInsee.get(data.aliasInseeCodes[i] ?? '');
    if (position !== undefined && !byName.has(name)) addName(name, position);
  });

  const populations = Uint32Array.from(data.populations);
  const byPopulation = (a: number, b: number) => populations[b]! - populations[a]!;
  for (const list of byName.values()) if (list.length > 1) list.sort(byPopulation);
  for (const list of byPostalCode.values()) {
    if (list.length > 1) list.sort((a, b) => Number(parents[b] !== -1) - Number(parents[a] !== -1) || byPopulation(a, b));
  }
  return {
    inseeCodes: data.inseeCodes,
    cities,
    parents,
    lats: Float64Array.from(data.lats),
    lons: Float64Array.from(data.lons),
    populations,
    precisions,
    postalCodes,
    byPostalCode,
    byName,
    names: [...byName.keys()],
    sortedPostalCodes: [...byPostalCode.keys()].sort(),
  };
}

function toPlace(index: PlaceIndex, position: number, postalCode?: string): Place {
  const inseeCode = index.inseeCodes[position]!;
  return {
    postalCode: postalCode ?? index.postalCodes[position]![0]!,
    city: index.cities[position]!,
    lat: index.lats[position]!,
    lon: index.lons[position]!,
    departement: departementOfInsee(inseeCode),
    inseeCode,
    precision: index.precisions[position]!,
  };
}

/** Communes of a postal code, without a city whose arrondissement already carries that code. */
function positionsForPostalCode(index: PlaceIndex, postalCode: string): number[] {
  const positions = index.byPostalCode.get(postalCode) ?? [];
  const parents = new Set(positions.map((p) => index.parents[p]!));
  return positions.filter((p) => !parents.has(p));
}

export function placesForPostalCode(index: PlaceIndex, postalCode: string): Place[] {
  return positionsForPostalCode(index, postalCode).map((p) => toPlace(index, p, postalCode));
}

/** The main commune of each code, as a Place carrying that code. */
function mainPlaces(index: PlaceIndex, codes: string[]): Place[] {
  return codes.slice(0, MAX_SUGGESTIONS).map((code) => toPlace(index, positionsForPostalCode(index, code)[0]!, code));
}

/** Every commune known under this (normalised) name, most populated first. */
export function placesNamed(index: PlaceIndex, normalizedName: string): Place[] {
  const seen = new Set<string>();
  const places: Place[] = [];
  for (const position of index.byName.get(normalizedName) ?? []) {
    const place = toPlace(index, position);
    if (!seen.has(place.inseeCode)) places.push(place);
    seen.add(place.inseeCode);
  }
  return places;
}

/**
 * Accepts "69007", "69 007", "Lyon", "saint etienne", "69007 Lyon" or "Lyon (69007)".
 * A postal code wins over the name; with both, the name picks among the code's communes.
 */
export function lookupInIndex(index: PlaceIndex, query: string): LookupResult {
  const text = query.trim();
  if (text.length === 0 || text.length > 120) return { ok: false, code: 'INVALID_QUERY', suggestions: [] };

  const compactDigits = text.replace(/\s+/g, '');
  if (/^\d+$/.test(compactDigits)) {
    if (compactDigits.length === 5) return lookupPostalCode(index, compactDigits, '');
    return { ok: false, code: 'INVALID_QUERY', suggestions: postalCodePrefixSuggestions(index, compactDigits) };
  }
  const embeddedCode = /(?:^|\D)(\d{5})(?:\D|$)/.exec(text)?.[1];
  const name = normalizePlaceName(embeddedCode ? text.replace(embeddedCode, ' ') : text);
  if (embeddedCode) return lookupPostalCode(index, embeddedCode, name);
  if (!/[a-z]/.test(name)) return { ok: false, code: 'INVALID_QUERY', suggestions: [] };
  // One letter is a real commune ("Y", Somme) but no basis for suggestions.
  if (name.length < 2 && !index.byName.has(name)) return { ok: false, code: 'INVALID_QUERY', suggestions: [] };
  return lookupName(index, name);
}

function lookupPostalCode(index: PlaceIndex, postalCode: string, normalizedName: string): LookupResult {
  const places = placesForPostalCode(index, postalCode);
  if (places.length === 0) {
    const byName = normalizedName ? lookupName(index, normalizedName) : undefined;
    const suggestions = byName?.ok ? [byName.place, ...byName.alternatives] : nearPostalCodes(index, postalCode);
    return { ok: false, code: 'UNKNOWN_POSTAL_CODE', suggestions: suggestions.slice(0, MAX_SUGGESTIONS) };
  }
  const chosen = normalizedName ? bestNameMatch(index, places, normalizedName) : 0;
  const place = places[chosen]!;
  return { ok: true, place, alternatives: places.filter((_, i) => i !== chosen).slice(0, MAX_SUGGESTIONS) };
}

/** Position in `places` whose name is the closest to the typed one (0 when nothing is close). */
function bestNameMatch(index: PlaceIndex, places: Place[], normalizedName: string): number {
  const named = new Set(placesNamed(index, normalizedName).map((p) => p.inseeCode));
  const exact = places.findIndex((p) => named.has(p.inseeCode) || normalizePlaceName(p.city) === normalizedName);
  if (exact >= 0) return exact;
  let best = 0;
  let bestDistance = Infinity;
  places.forEach((place, i) => {
    const distance = boundedEditDistance(normalizePlaceName(place.city), normalizedName, 3);
    if (distance < bestDistance) [best, bestDistance] = [i, distance];
  });
  return best;
}

function lookupName(index: PlaceIndex, normalizedName: string): LookupResult {
  const places = placesNamed(index, normalizedName);
  if (places.length > 0) {
    return { ok: true, place: places[0]!, alternatives: places.slice(1, 1 + MAX_SUGGESTIONS) };
  }
  return { ok: false, code: 'UNKNOWN_CITY', suggestions: similarNames(index, normalizedName) };
}

/**
 * Names within a small edit distance (typos), then names starting with the query (unfinished
 * typing), each group by size of town: the big town is the likelier intent.
 */
export function similarNames(index: PlaceIndex, normalizedName: string): Place[] {
  const maxDistance = normalizedName.length <= 4 ? 1 : normalizedName.length <= 8 ? 2 : 3;
  type Candidate = { position: number; rank: number };
  const candidates: Candidate[] = [];
  const queryCounts = characterCounts(normalizedName);
  for (const name of index.names) {
    const isPrefix = name.startsWith(normalizedName);
    if (!isPrefix && (Math.abs(name.length - normalizedName.length) > maxDistance || !countsWithin(queryCounts, name, 2 * maxDistance))) continue;
    const distance = boundedEditDistance(normalizedName, name, maxDistance);
    if (distance > maxDistance && !isPrefix) continue;
    // Rank: 1-typo matches, then prefixes, then 2-3 typos.
    const rank = distance <= 1 ? distance : isPrefix ? 2 : 1 + distance;
    for (const position of index.byName.get(name) ?? []) candidates.push({ position, rank });
  }
  candidates.sort(
    (a, b) => a.rank - b.rank || index.populations[b.position]! - index.populations[a.position]!,
  );
  return uniquePlaces(index, candidates.map((c) => c.position));
}

/** Letter/digit/space counts of a normalised name ([a-z0-9 ] only). */
function characterCounts(text: string): Int16Array {
  const counts = new Int16Array(37);
  for (let i = 0; i < text.length; i++) counts[slot(text.charCodeAt(i))]!++;
  return counts;
}

const slot = (code: number) => (code >= 97 ? code - 97 : code >= 48 ? 26 + code - 48 : 36);
const scratch = new Int16Array(37);

/**
 * Cheap pre-check before the edit distance: one edit changes the character counts by at most 2,
 * so names whose counts differ by more than 2 × maxDistance cannot match.
 */
function countsWithin(queryCounts: Int16Array, name: string, limit: number): boolean {
  scratch.set(queryCounts);
  for (let i = 0; i < name.length; i++) scratch[slot(name.charCodeAt(i))]!--;
  let difference = 0;
  for (let i = 0; i < 37; i++) difference += Math.abs(scratch[i]!);
  return difference <= limit;
}

/**
 * Known codes that differ by one digit or two swapped digits (typos), then the numerically
 * closest codes of the same department (a neighbouring office).
 */
export function nearPostalCodes(index: PlaceIndex, postalCode: string): Place[] {
  const target = Number(postalCode);
  const best: Array<{ code: string; score: number }> = [];
  for (const code of index.sortedPostalCodes) {
    const typo = boundedEditDistance(code, postalCode, 1) <= 1;
    const sameDepartement = code.slice(0, 2) === postalCode.slice(0, 2);
    // Group first (typo, same department), then numeric gap (< 1e6 for 5-digit codes).
    const score = ((typo ? 0 : 2) + (sameDepartement ? 0 : 1)) * 1e6 + Math.abs(Number(code) - target);
    if (best.length === MAX_SUGGESTIONS && score >= best[best.length - 1]!.score) continue;
    best.push({ code, score });
    best.sort((a, b) => a.score - b.score);
    if (best.length > MAX_SUGGESTIONS) best.pop();
  }
  return mainPlaces(index, best.map(({ code }) => code));
}

/** Codes starting with the digits typed so far, the biggest towns first. */
function postalCodePrefixSuggestions(index: PlaceIndex, digits: string): Place[] {
  if (digits.length < 2 || digits.length > 4) return [];
  const population = (code: string) => index.populations[positionsForPostalCode(index, code)[0]!]!;
  const codes = index.sortedPostalCodes.filter((code) => code.startsWith(digits));
  return mainPlaces(index, codes.sort((a, b) => population(b) - population(a)));
}

function uniquePlaces(index: PlaceIndex, positions: number[]): Place[] {
  const seen = new Set<string>();
  const places: Place[] = [];
  for (const position of positions) {
    const place = toPlace(index, position);
    if (seen.has(place.inseeCode)) continue;
    seen.add(place.inseeCode);
    places.push(place);
    if (places.length === MAX_SUGGESTIONS) break;
  }
  return places;
}
