import { AdjustmentWriter, type Adjustment } from './adjustments';
import { indexCatalogue, refOf } from './catalogue-index';
import { ATTRS, repair, type AttrKind } from './repair';
import { trimContext } from './trim-context';
import type { Catalogue, Configuration, ConfigurationInput, ItemRef } from './types';

export type Normalized = {
  /** The nearest valid configuration. */
  readonly configuration: Configuration;
  /** What had to change, each with its FR/EN explanation; empty when the input was valid. */
  readonly adjustments: readonly Adjustment[];
};

/**
 * Turns any input (stale URL, old saved quote, tampered client payload) into the nearest valid
 * configuration and says what changed. Missing fields get the trim's defaults silently; unknown or
 * invalid ones are replaced and reported. Idempotent: normalising the result changes nothing.
 */
export function normalizeConfiguration(catalogue: Catalogue, input: ConfigurationInput): Normalized {
  const ix = indexCatalogue(catalogue);
  const fallbackModel = catalogue.models[0];
  if (!fallbackModel) throw new Error('The catalogue has no model');

  const trimByCode = input.trim === undefined ? undefined : ix.trims.get(input.trim);
  const model =
    (input.model === undefined ? undefined : ix.models.get(input.model)) ??
    (trimByCode ? ix.models.get(trimByCode.model) : undefined) ??
    fallbackModel;
  const out = new AdjustmentWriter(ix, model.code);
  if (input.model !== undefined && input.model !== model.code) {
    out.replaced(`model:${input.model}`, `model:${model.code}`, false, null);
  }

  const defaultTrim = model.trims[0];
  if (!defaultTrim) throw new Error(`Model ${model.code} has no trim`);
  const trim = trimByCode && trimByCode.model === model.code ? trimByCode : defaultTrim;
  if (input.trim !== undefined && input.trim !== trim.code) {
    const known = trimByCode !== undefined;
    const reason = known ? { fr: `finition d’un autre modèle`, en: `trim of another model` } : null;
    out.replaced(`trim:${input.trim}`, `trim:${trim.code}`, known, reason);
  }

  const ctx = trimContext(ix, trim.code);
  if (!ctx) throw new Error(`Trim ${trim.code} is not indexed`);
  const softAttrs = new Set<AttrKind>(ATTRS.filter((k) => input[k] === undefined));
  const items: ItemRef[] = [
    ...(input.packs ?? []).map((code) => refOf('pack', code)),
    ...(input.options ?? []).map((code) => refOf('option', code)),
  ];
  const result = repair(
    ctx,
    {
      paint: input.paint ?? trim.defaults.paint,
      wheels: input.wheels ?? trim.defaults.wheels,
      interior: input.interior ?? trim.defaults.interior,
      softAttrs,
      items,
    },
    {},
    out,
  );
  if (!result.ok) throw new Error(`Catalogue data error on trim ${trim.code}: ${result.reason.en}`);
  return { configuration: result.configuration, adjustments: out.list };
}

/** Same car, same choices (list order ignored). */
export function sameConfiguration(a: Configuration, b: Configuration): boolean {
  const sameSet = (x: readonly string[], y: readonly string[]) => [...x].sort().join(',') === [...y].sort().join(',');
  return (
    a.model === b.model &&
    a.trim === b.trim &&
    a.paint === b.paint &&
    a.wheels === b.wheels &&
    a.interior === b.interior &&
    sameSet(a.options, b.options) &&
    sameSet(a.packs, b.packs)
  );
}

/** The model's first trim with its default paint, wheels and interior, no option. */
export function defaultConfiguration(catalogue: Catalogue, modelCode?: string): Configuration {
  return normalizeConfiguration(catalogue, modelCode === undefined ? {} : { model: modelCode }).configuration;
}
