/**
 * How far a stock vehicle is from a configuration. The same weights are used in SQL (to select
 * and order candidates) and here (to list each difference), so the two never disagree.
 */
import type { Catalogue, Configuration, Localized } from '@/modules/catalog';
import type { Difference, VehicleSpec } from './types';

/** A different trim weighs more: it changes the engine and the standard equipment. */
export const MATCH_WEIGHTS = { trim: 3, paint: 1, wheels: 1, interior: 1, optionOrPack: 1 } as const;

/**
 * "Close matches": the same trim with at most this score (three differences in paint, wheels,
 * interior, options or packs), or another trim with everything else identical.
 */
export const MAX_CLOSE_SCORE = 3;

const symmetricDifference = (a: readonly string[], b: readonly string[]): { missing: string[]; extra: string[] } => {
  const setA = new Set(a);
  const setB = new Set(b);
  return { missing: [...setA].filter((x) => !setB.has(x)), extra: [...setB].filter((x) => !setA.has(x)) };
};

export function matchScore(wanted: VehicleSpec, vehicle: VehicleSpec): number {
  const options = symmetricDifference(wanted.options, vehicle.options);
  const packs = symmetricDifference(wanted.packs, vehicle.packs);
  return (
    (wanted.trim !== vehicle.trim ? MATCH_WEIGHTS.trim : 0) +
    (wanted.paint !== vehicle.paint ? MATCH_WEIGHTS.paint : 0) +
    (wanted.wheels !== vehicle.wheels ? MATCH_WEIGHTS.wheels : 0) +
    (wanted.interior !== vehicle.interior ? MATCH_WEIGHTS.interior : 0) +
    MATCH_WEIGHTS.optionOrPack * (options.missing.length + options.extra.length + packs.missing.length + packs.extra.length)
  );
}

const unknown = (code: string): Localized => ({ fr: code, en: code });

/** Every difference, in a stable order: trim, paint, wheels, interior, packs, options. */
export function describeDifferences(catalogue: Catalogue, wanted: Configuration | VehicleSpec, vehicle: VehicleSpec): Difference[] {
  const out: Difference[] = [];
  const model = catalogue.models.find((m) => m.code === vehicle.model);
  const trimName = (code: string) => model?.trims.find((t) => t.code === code)?.name ?? unknown(code);
  const nameIn = (items: readonly { code: string; name: Localized }[], code: string) => items.find((i) => i.code === code)?.name ?? unknown(code);
  if (wanted.trim !== vehicle.trim) out.push({ field: 'trim', kind: 'different', wanted: trimName(wanted.trim), actual: trimName(vehicle.trim) });
  if (wanted.paint !== vehicle.paint) out.push({ field: 'paint', kind: 'different', wanted: nameIn(catalogue.paints, wanted.paint), actual: nameIn(catalogue.paints, vehicle.paint) });
  if (wanted.wheels !== vehicle.wheels) out.push({ field: 'wheels', kind: 'different', wanted: nameIn(catalogue.wheels, wanted.wheels), actual: nameIn(catalogue.wheels, vehicle.wheels) });
  if (wanted.interior !== vehicle.interior) {
    out.push({ field: 'interior', kind: 'different', wanted: nameIn(catalogue.interiors, wanted.interior), actual: nameIn(catalogue.interiors, vehicle.interior) });
  }
  const packs = symmetricDifference(wanted.packs, vehicle.packs);
  for (const code of packs.missing) out.push({ field: 'pack', kind: 'missing', item: nameIn(catalogue.packs, code) });
  for (const code of packs.extra) out.push({ field: 'pack', kind: 'extra', item: nameIn(catalogue.packs, code) });
  const options = symmetricDifference(wanted.options, vehicle.options);
  for (const code of options.missing) out.push({ field: 'option', kind: 'missing', item: nameIn(catalogue.options, code) });
  for (const code of options.extra) out.push({ field: 'option', kind: 'extra', item: nameIn(catalogue.options, code) });
  return out;
}
