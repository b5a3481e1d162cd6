import { refOf, splitRef, type CatalogueIndex } from './catalogue-index';
import { energiesPhrase, nameOf, phraseOf } from './phrases';
import { capitalize, quoted } from './text';
import type { Availability, CarModel, ItemRef, Localized, ModelOffer, RequirementRef, Trim } from './types';

/** What can be ordered on one trim, and why not. Cached per catalogue and trim. */
export type TrimContext = {
  readonly ix: CatalogueIndex;
  readonly model: CarModel;
  readonly trim: Trim;
  /** Option codes fitted as standard on this trim. */
  readonly standard: ReadonlySet<string>;
  /** Null when the item can be chosen on this trim, else a short FR/EN reason. Unknown codes included. */
  unavailable(ref: ItemRef): Localized | null;
  /** The model-level offer (price, trims) of a paint, wheel or interior; undefined when not offered. */
  offer(ref: ItemRef): ModelOffer | undefined;
  /** Price of an item on this trim (0 when standard), undefined for unknown codes. */
  priceCents(ref: ItemRef): number | undefined;
};

const contexts = new WeakMap<CatalogueIndex, Map<string, TrimContext>>();

export function trimContext(ix: CatalogueIndex, trimCode: string): TrimContext | undefined {
  let perIndex = contexts.get(ix);
  if (!perIndex) contexts.set(ix, (perIndex = new Map<string, TrimContext>()));
  const hit = perIndex.get(trimCode);
  if (hit) return hit;
  const trim = ix.trims.get(trimCode);
  const model = trim ? ix.models.get(trim.model) : undefined;
  if (!trim || !model) return undefined;
  const ctx = buildContext(ix, model, trim);
  perIndex.set(trimCode, ctx);
  return ctx;
}

function buildContext(ix: CatalogueIndex, model: CarModel, trim: Trim): TrimContext {
  const standard = new Set(trim.standardOptions);
  // Anything a standard option excludes is ruled out on this trim.
  const standardExcludes = new Map<ItemRef, string>();
  for (const code of standard) for (const x of ix.exclusions(refOf('option', code))) standardExcludes.set(x, code);

  const notOnTrim: Localized = { fr: `Non disponible sur la finition ${trim.name.fr}`, en: `Not available on the ${trim.name.en} trim` };
  const notOnModel: Localized = { fr: `Non disponible sur la ${model.name.fr}`, en: `Not available on the ${model.name.en}` };

  const ruledOut = (availability: Availability | undefined): Localized | null => {
    if (!availability) return null;
    if (availability.models && !availability.models.includes(model.code)) return notOnModel;
    if (availability.trims && !availability.trims.includes(trim.code)) return notOnTrim;
    if (availability.excludedTrims?.includes(trim.code)) return notOnTrim;
    if (availability.energies && !availability.energies.includes(trim.energy)) return energiesPhrase(availability.energies);
    return null;
  };

  const clashWithStandard = (ref: ItemRef): Localized | null => {
    for (const part of ix.effective(ref)) {
      const std = standardExcludes.get(part);
      if (std !== undefined) {
        const p = phraseOf(ix, refOf('option', std), model.code);
        return { fr: `Incompatible avec ${p.fr}, de série sur cette finition`, en: `Incompatible with ${p.en}, standard on this trim` };
      }
    }
    return null;
  };

  const offer = (ref: ItemRef): ModelOffer | undefined => {
    const { kind, code } = splitRef(ref);
    if (kind === 'paint') return ix.paints.get(code)?.offers[model.code];
    if (kind === 'wheels') return ix.wheels.get(code)?.fitments[model.code];
    if (kind === 'interior') return ix.interiors.get(code)?.offers[model.code];
    return undefined;
  };

  const compute = (ref: ItemRef): Localized | null => {
    const { kind, code } = splitRef(ref);
    if (kind === 'option') {
      const option = ix.options.get(code);
      if (!option) return unknownCode(code);
      return ruledOut(option.availability) ?? clashWithStandard(ref);
    }
    if (kind === 'pack') {
      const pack = ix.packs.get(code);
      if (!pack) return unknownCode(code);
      const own = ruledOut(pack.availability);
      if (own) return own;
      for (const content of pack.includes) {
        if (standard.has(content)) {
          const p = phraseOf(ix, refOf('option', content), model.code);
          return {
            fr: `Non proposé sur la finition ${trim.name.fr}, qui a déjà ${p.fr} de série`,
            en: `Not offered on the ${trim.name.en} trim, which already has ${p.en} as standard`,
          };
        }
        if (ruledOut(ix.options.get(content)?.availability)) return notOnTrim;
      }
      return clashWithStandard(ref);
    }
    if (kind === 'paint' || kind === 'wheels' || kind === 'interior') {
      const known = kind === 'paint' ? ix.paints.has(code) : kind === 'wheels' ? ix.wheels.has(code) : ix.interiors.has(code);
      if (!known) return unknownCode(code);
      const o = offer(ref);
      if (!o) return notOnModel;
      if (o.trims && !o.trims.includes(trim.code)) return notOnTrim;
      return clashWithStandard(ref);
    }
    return unknownCode(code);
  };

  const cache = new Map<ItemRef, Localized | null>();
  const unavailable = (ref: ItemRef): Localized | null => {
    if (cache.has(ref)) return cache.get(ref) ?? null;
    const reason = compute(ref);
    cache.set(ref, reason);
    return reason;
  };

  const priceCents = (ref: ItemRef): number | undefined => {
    const { kind, code } = splitRef(ref);
    if (kind === 'option') return standard.has(code) ? 0 : ix.options.get(code)?.priceCents;
    if (kind === 'pack') return ix.packs.get(code)?.priceCents;
    const o = offer(ref);
    if (!o) return undefined;
    return o.standardOn?.includes(trim.code) ? 0 : o.priceCents;
  };

  return { ix, model, trim, standard, unavailable, offer, priceCents };
}

export function unknownCode(code: string): Localized {
  const q = quoted(code);
  return { fr: `Code inconnu ${q.fr}`, en: `Unknown code ${q.en}` };
}

/** Present means selected, inside a selected pack, or standard on the trim. */
export function isProvided(
  ctx: TrimContext,
  req: RequirementRef,
  presentOptions: ReadonlySet<string>,
  presentPacks: ReadonlySet<string>,
): boolean {
  const { kind, code } = splitRef(req);
  if (kind === 'pack') return presentPacks.has(code);
  if (presentOptions.has(code) || ctx.standard.has(code)) return true;
  for (const p of ctx.ix.packsContaining.get(code) ?? []) if (presentPacks.has(p)) return true;
  return false;
}

/** "Pneus hiver : incompatible avec les jantes Turbine 21 pouces" from a subject and a short reason. */
export function withSubject(ctx: TrimContext, subject: ItemRef, reason: Localized): Localized {
  const n = nameOf(ctx.ix, subject, ctx.model.code);
  const lower = (s: string) => s.charAt(0).toLocaleLowerCase('fr-FR') + s.slice(1);
  return { fr: `${capitalize(n.fr)} : ${lower(reason.fr)}`, en: `${capitalize(n.en)}: ${lower(reason.en)}` };
}
