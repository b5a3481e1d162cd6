import { indexCatalogue, refOf } from './catalogue-index';
import { nameOf, phraseOf } from './phrases';
import { trimContext } from './trim-context';
import type { Catalogue, Configuration, Interior, Localized, Option, Pack, Paint, SubjectRef, Trim, Wheel } from './types';

export type ChoiceState = 'selected' | 'included' | 'available' | 'unavailable';

export type Choice = {
  readonly ref: SubjectRef;
  readonly code: string;
  readonly name: Localized;
  /** Price on the current trim (0 when standard). For trims: the base price. */
  readonly priceCents: number;
  readonly state: ChoiceState;
  /** included: "De série" or "Inclus dans le Pack Hiver"; unavailable: why. */
  readonly note?: Localized;
};

export type Choices = {
  readonly trims: readonly (Choice & { readonly trim: Trim })[];
  readonly paints: readonly (Choice & { readonly paint: Paint })[];
  readonly wheels: readonly (Choice & { readonly wheel: Wheel; readonly inches: number })[];
  readonly interiors: readonly (Choice & { readonly interior: Interior })[];
  readonly packs: readonly (Choice & { readonly pack: Pack; readonly savingsCents: number })[];
  readonly options: readonly (Choice & { readonly option: Option })[];
};

/**
 * Everything the configurator can show for a (valid, normalised) configuration's model: each choice
 * with its price on the current trim and its state. Items the model never offers are left out; items
 * only some trims offer are listed as unavailable with the reason. Clicking one goes through proposeChange.
 */
export function listChoices(catalogue: Catalogue, configuration: Configuration): Choices {
  const ix = indexCatalogue(catalogue);
  const ctx = trimContext(ix, configuration.trim);
  if (!ctx) throw new Error(`Unknown trim ${configuration.trim}: normalise the configuration first`);
  const { model } = ctx;
  const standardNote: Localized = { fr: 'De série', en: 'Standard' };

  const state = (ref: SubjectRef & `${'paint' | 'wheels' | 'interior' | 'pack' | 'option'}:${string}`, selected: boolean) => {
    const reason = ctx.unavailable(ref);
    const name = nameOf(ix, ref, model.code);
    const priceCents = ctx.priceCents(ref) ?? 0;
    if (selected) return { ref, name, priceCents, state: 'selected' as const };
    if (reason) return { ref, name, priceCents, state: 'unavailable' as const, note: reason };
    return { ref, name, priceCents, state: 'available' as const };
  };
  const offeredOnModel = (x: { availability?: { models?: readonly string[] } }) => !x.availability?.models || x.availability.models.includes(model.code);

  return {
    trims: model.trims.map((trim) => ({
      ref: `trim:${trim.code}`,
      code: trim.code,
      name: trim.name,
      priceCents: trim.basePriceCents,
      state: trim.code === configuration.trim ? 'selected' : 'available',
      trim,
    })),
    paints: catalogue.paints
      .filter((p) => p.offers[model.code])
      .map((paint) => ({ ...state(refOf('paint', paint.code), paint.code === configuration.paint), code: paint.code, paint })),
    wheels: catalogue.wheels.flatMap((wheel) => {
      const fitment = wheel.fitments[model.code];
      if (!fitment) return [];
      return [{ ...state(refOf('wheels', wheel.code), wheel.code === configuration.wheels), code: wheel.code, wheel, inches: fitment.inches }];
    }),
    interiors: catalogue.interiors
      .filter((i) => i.offers[model.code])
      .map((interior) => ({ ...state(refOf('interior', interior.code), interior.code === configuration.interior), code: interior.code, interior })),
    packs: catalogue.packs.filter(offeredOnModel).map((pack) => {
      const separately = pack.includes.reduce((sum, o) => sum + (ix.options.get(o)?.priceCents ?? 0), 0);
      return {
        ...state(refOf('pack', pack.code), configuration.packs.includes(pack.code)),
        code: pack.code,
        pack,
        savingsCents: Math.max(0, separately - pack.priceCents),
      };
    }),
    options: catalogue.options.filter(offeredOnModel).map((option) => {
      const ref = refOf('option', option.code);
      const base = { ...state(ref, configuration.options.includes(option.code)), code: option.code, option };
      if (ctx.standard.has(option.code)) return { ...base, priceCents: 0, state: 'included' as const, note: standardNote };
      const pack = (ix.packsContaining.get(option.code) ?? []).find((p) => configuration.packs.includes(p));
      if (pack === undefined) return base;
      const p = phraseOf(ix, refOf('pack', pack), model.code);
      return { ...base, state: 'included' as const, note: { fr: `Inclus dans ${p.fr}`, en: `Included in ${p.en}` } };
    }),
  };
}
