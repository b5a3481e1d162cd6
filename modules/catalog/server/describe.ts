import { indexCatalogue, refOf } from '../catalogue-index';
import { catalogue as defaultCatalogue } from '../data';
import { nameOf } from '../phrases';
import type { Catalogue, Configuration, Localized } from '../types';

export type ConfigurationDescription = {
  /** "Virage Horizon Électrique 73 kWh Évolution" */
  readonly title: Localized;
  readonly paint: Localized;
  readonly wheels: Localized;
  readonly interior: Localized;
  readonly packs: readonly Localized[];
  readonly options: readonly Localized[];
  readonly paintHex: string | null;
};

/** Names of everything chosen, for summaries, the garage and printouts. */
export function describeConfiguration(configuration: Configuration, catalogue: Catalogue = defaultCatalogue): ConfigurationDescription {
  const ix = indexCatalogue(catalogue);
  const model = configuration.model;
  const modelName = ix.models.get(model)?.name ?? { fr: model, en: model };
  const trimName = ix.trims.get(configuration.trim)?.name ?? { fr: configuration.trim, en: configuration.trim };
  return {
    title: { fr: `${modelName.fr} ${trimName.fr}`, en: `${modelName.en} ${trimName.en}` },
    paint: nameOf(ix, refOf('paint', configuration.paint), model),
    wheels: nameOf(ix, refOf('wheels', configuration.wheels), model),
    interior: nameOf(ix, refOf('interior', configuration.interior), model),
    packs: configuration.packs.map((c) => nameOf(ix, refOf('pack', c), model)),
    options: configuration.options.map((c) => nameOf(ix, refOf('option', c), model)),
    paintHex: ix.paints.get(configuration.paint)?.hex ?? null,
  };
}
