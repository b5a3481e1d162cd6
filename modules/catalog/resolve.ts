import type { Adjustment } from './adjustments';
import { indexCatalogue } from './catalogue-index';
import { checkConfiguration, type Conflict } from './check';
import { normalizeConfiguration } from './normalize';
import { configuredCo2 } from './pricing';
import type { CarModel, Catalogue, ConfigurationInput, Configuration, Interior, Option, Pack, Paint, Trim, Wheel } from './types';

export type EquipmentSource = 'standard' | 'pack' | 'option';
export type Equipment = { readonly option: Option; readonly source: EquipmentSource; readonly pack?: string };

export type ResolvedConfiguration = {
  /** The nearest valid configuration (what to show, price and save). */
  readonly configuration: Configuration;
  /** What was changed to get there. */
  readonly adjustments: readonly Adjustment[];
  /** Every rule the input broke (missing fields filled with defaults first). */
  readonly conflicts: readonly Conflict[];
  readonly model: CarModel;
  readonly trim: Trim;
  readonly paint: Paint;
  readonly wheels: Wheel;
  readonly wheelInches: number;
  readonly interior: Interior;
  readonly packs: readonly Pack[];
  /** Standard, pack and chosen equipment, in catalogue order: packs expanded. */
  readonly equipment: readonly Equipment[];
  /** WLTP combined CO2, g/km. */
  readonly co2: number;
};

export function resolveConfiguration(catalogue: Catalogue, input: ConfigurationInput): ResolvedConfiguration {
  const ix = indexCatalogue(catalogue);
  const { configuration: c, adjustments } = normalizeConfiguration(catalogue, input);
  const filled: Configuration = {
    model: input.model ?? c.model,
    trim: input.trim ?? c.trim,
    paint: input.paint ?? c.paint,
    wheels: input.wheels ?? c.wheels,
    interior: input.interior ?? c.interior,
    options: input.options ?? [],
    packs: input.packs ?? [],
  };
  const need = <T>(x: T | undefined, what: string): T => {
    if (x === undefined) throw new Error(`Normalised configuration refers to an unknown ${what}`);
    return x;
  };
  const model = need(ix.models.get(c.model), 'model');
  const trim = need(ix.trims.get(c.trim), 'trim');
  const wheels = need(ix.wheels.get(c.wheels), 'wheel');
  const packs = c.packs.map((p) => need(ix.packs.get(p), 'pack'));

  const sources = new Map<string, Equipment>();
  for (const code of trim.standardOptions) sources.set(code, { option: need(ix.options.get(code), 'option'), source: 'standard' });
  for (const pack of packs) {
    for (const code of pack.includes) sources.set(code, { option: need(ix.options.get(code), 'option'), source: 'pack', pack: pack.code });
  }
  for (const code of c.options) sources.set(code, { option: need(ix.options.get(code), 'option'), source: 'option' });
  const equipment = [...sources.values()].sort((a, b) => (ix.optionOrder.get(a.option.code) ?? 0) - (ix.optionOrder.get(b.option.code) ?? 0));

  return {
    configuration: c,
    adjustments,
    conflicts: checkConfiguration(catalogue, filled),
    model,
    trim,
    paint: need(ix.paints.get(c.paint), 'paint'),
    wheels,
    wheelInches: need(wheels.fitments[model.code], 'wheel fitment').inches,
    interior: need(ix.interiors.get(c.interior), 'interior'),
    packs,
    equipment,
    co2: configuredCo2(catalogue, c),
  };
}
