import { AdjustmentWriter, type Adjustment } from './adjustments';
import { indexCatalogue, refOf, splitRef, type CatalogueIndex } from './catalogue-index';
import { normalizeConfiguration } from './normalize';
import { phraseOf } from './phrases';
import { repair, requirementClosure, type Draft, type RepairOutcome } from './repair';
import { capitalize, joinList } from './text';
import { isProvided, trimContext, unknownCode, type TrimContext } from './trim-context';
import type { Catalogue, Configuration, ItemRef, Localized, SubjectRef } from './types';

export type ChangeType =
  | 'select-option'
  | 'deselect-option'
  | 'select-pack'
  | 'deselect-pack'
  | 'set-paint'
  | 'set-wheels'
  | 'set-interior'
  | 'set-trim'
  | 'set-model';

export type ConfigurationChange = { readonly type: ChangeType; readonly code: string };

/**
 * What a change would do, computed before it is applied, so the UI can preview it
 * ("Ajouter le toit panoramique retire le coffre de toit") and undo it (keep `previous`).
 * - ok: `next` is valid; `effects` lists every side-effect (empty when none).
 * - unchanged: nothing to do (already selected, standard, already in a pack);
 * - rejected: not possible here (unknown code, not offered on this trim...).
 * For those two, `next` is `previous` (normalised, with the fixes in `corrections`, if it was invalid).
 */
export type Proposal = {
  readonly status: 'ok' | 'unchanged' | 'rejected';
  readonly change: ConfigurationChange;
  readonly previous: Configuration;
  readonly next: Configuration;
  /** Side-effects of the change, each explained ("Retrait : Coffre de toit — incompatible avec ..."). */
  readonly effects: readonly Adjustment[];
  /** Fixes made to `previous` itself before the change, when it was stale or tampered with. */
  readonly corrections: readonly Adjustment[];
  /** ok: a one-sentence summary of the change and its effects; otherwise the reason. */
  readonly message: Localized;
};

const VERB: Record<'select' | 'deselect' | 'set', Localized> = {
  select: { fr: 'Ajouter', en: 'Adding' },
  deselect: { fr: 'Retirer', en: 'Removing' },
  set: { fr: 'Choisir', en: 'Choosing' },
};

export function proposeChange(catalogue: Catalogue, current: Configuration, change: ConfigurationChange): Proposal {
  const ix = indexCatalogue(catalogue);
  // A tampered or stale `current` is settled first; those fixes are reported as effects too.
  const base = normalizeConfiguration(catalogue, current);
  const cfg = base.configuration;
  const ctx = trimContext(ix, cfg.trim);
  if (!ctx) throw new Error(`Normalised configuration has an unknown trim ${cfg.trim}`);
  const [action, kind] = change.type.split('-') as ['select' | 'deselect' | 'set', string];
  const out = new AdjustmentWriter(ix, kind === 'model' && ix.models.has(change.code) ? change.code : cfg.model);
  const stop = (status: 'unchanged' | 'rejected', message: Localized): Proposal => ({
    status,
    change,
    previous: current,
    next: base.adjustments.length > 0 ? cfg : current,
    effects: [],
    corrections: base.adjustments,
    message,
  });
  const draft: Draft = {
    paint: cfg.paint,
    wheels: cfg.wheels,
    interior: cfg.interior,
    items: [...cfg.packs.map((c) => refOf('pack', c)), ...cfg.options.map((c) => refOf('option', c))],
  };
  let subject: SubjectRef;
  let outcome: RepairOutcome | Localized | { unchanged: Localized };

  if (kind === 'option' || kind === 'pack') {
    const ref = refOf(kind, change.code);
    subject = ref;
    outcome = action === 'select' ? select(ctx, cfg, ref, draft, out) : deselect(ctx, cfg, ref, draft, out);
  } else if (kind === 'paint' || kind === 'wheels' || kind === 'interior') {
    const ref = refOf(kind, change.code);
    subject = ref;
    const reason = ctx.unavailable(ref);
    if (cfg[kind] === change.code) outcome = { unchanged: ALREADY };
    else if (reason) outcome = reason;
    else outcome = repair(ctx, { ...draft, [kind]: change.code }, { locked: [{ ref }] }, out);
  } else if (kind === 'trim') {
    subject = `trim:${change.code}`;
    const target = trimContext(ix, change.code);
    if (change.code === cfg.trim) outcome = { unchanged: ALREADY };
    else if (!target || target.model.code !== cfg.model) outcome = unknownCode(change.code);
    else outcome = repair(target, draft, {}, out);
  } else {
    subject = `model:${change.code}`;
    const model = ix.models.get(change.code);
    const target = model?.trims[0] ? trimContext(ix, model.trims[0].code) : undefined;
    if (change.code === cfg.model) outcome = { unchanged: ALREADY };
    else if (!target) outcome = unknownCode(change.code);
    else outcome = repair(target, draft, {}, out);
  }

  if ('unchanged' in outcome) return stop('unchanged', outcome.unchanged);
  if (!('ok' in outcome)) return stop('rejected', outcome);
  if (!outcome.ok) return stop('rejected', outcome.reason);
  const model = outcome.configuration.model;
  return {
    status: 'ok',
    change,
    previous: current,
    next: outcome.configuration,
    effects: out.list,
    corrections: base.adjustments,
    message: summarize(ix, VERB[action], phraseOf(ix, subject, model), out.list, model),
  };
}

const ALREADY: Localized = { fr: 'Déjà sélectionné', en: 'Already selected' };

function select(ctx: TrimContext, cfg: Configuration, ref: ItemRef, draft: Draft, out: AdjustmentWriter) {
  const { ix } = ctx;
  const { kind, code } = splitRef(ref);
  const options = new Set(cfg.options);
  const packs = new Set(cfg.packs);
  const phrase = (r: SubjectRef) => phraseOf(ix, r, cfg.model);
  if (kind === 'option') {
    if (ctx.standard.has(code)) {
      const t = phrase(`trim:${cfg.trim}`);
      const o = phrase(ref);
      return { unchanged: { fr: `${capitalize(t.fr)} inclut déjà ${o.fr} de série`, en: `${capitalize(t.en)} already includes ${o.en} as standard` } };
    }
    const inPack = (ix.packsContaining.get(code) ?? []).find((p) => packs.has(p));
    if (inPack !== undefined) {
      const p = phrase(refOf('pack', inPack));
      const o = phrase(ref);
      return { unchanged: { fr: `${capitalize(p.fr)} inclut déjà ${o.fr}`, en: `${capitalize(p.en)} already includes ${o.en}` } };
    }
  }
  if ((kind === 'option' ? options : packs).has(code)) return { unchanged: ALREADY };
  const reason = ctx.unavailable(ref);
  if (reason) return reason;
  const closure = requirementClosure(ix, ref, (r) => isProvided(ctx, r, options, packs));
  for (const c of closure) {
    const why = ctx.unavailable(c.ref);
    if (why && c.ref !== ref) {
      const a = phrase(ref);
      const b = phrase(c.ref);
      return {
        fr: `${capitalize(a.fr)} nécessite ${b.fr} : ${why.fr.charAt(0).toLocaleLowerCase('fr-FR')}${why.fr.slice(1)}`,
        en: `${capitalize(a.en)} requires ${b.en}: ${why.en.charAt(0).toLowerCase()}${why.en.slice(1)}`,
      };
    }
  }
  for (const c of closure) if (c.requiredBy) out.addedRequired(c.ref, c.requiredBy);
  return repair(ctx, { ...draft, items: [...closure.map((c) => c.ref), ...draft.items] }, { locked: closure }, out);
}

function deselect(ctx: TrimContext, cfg: Configuration, ref: ItemRef, draft: Draft, out: AdjustmentWriter) {
  const { ix } = ctx;
  const { code } = splitRef(ref);
  const phrase = (r: SubjectRef) => phraseOf(ix, r, cfg.model);
  if (ref.startsWith('option:')) {
    if (ctx.standard.has(code)) {
      const t = phrase(`trim:${cfg.trim}`);
      return { fr: `De série sur ${t.fr} : ne peut pas être retiré`, en: `Standard on ${t.en}: cannot be removed` };
    }
    const inPack = (ix.packsContaining.get(code) ?? []).find((p) => cfg.packs.includes(p));
    if (inPack !== undefined) {
      const p = phrase(refOf('pack', inPack));
      const o = phrase(ref);
      return {
        fr: `${capitalize(p.fr)} inclut ${o.fr} : retirez le pack pour vous en passer`,
        en: `${capitalize(p.en)} includes ${o.en}: remove the pack to do without`,
      };
    }
    if (!cfg.options.includes(code)) return { unchanged: { fr: 'Non sélectionné', en: 'Not selected' } };
  } else if (!cfg.packs.includes(code)) {
    return { unchanged: { fr: 'Non sélectionné', en: 'Not selected' } };
  }
  return repair(ctx, { ...draft, items: draft.items.filter((i) => i !== ref) }, { forbidden: new Set([ref]) }, out);
}

/** "Ajouter le toit panoramique retire le coffre de toit." */
function summarize(ix: CatalogueIndex, verb: Localized, subject: Localized, effects: readonly Adjustment[], model: string): Localized {
  const phrase = (r: SubjectRef) => phraseOf(ix, r, model);
  const group = (pred: (a: Adjustment) => boolean) => effects.filter(pred).map((a) => phrase(a.subject));
  const parts: Localized[] = [];
  const removed = group((a) => a.kind.startsWith('removed-'));
  const added = group((a) => a.kind.startsWith('added-'));
  const included = group((a) => a.kind.startsWith('included-'));
  if (removed.length > 0) parts.push(prefix('retire', 'removes', joinList(removed)));
  if (added.length > 0) parts.push(prefix('ajoute', 'adds', joinList(added)));
  if (included.length > 0) parts.push(prefix('inclut', 'includes', joinList(included)));
  for (const a of effects) {
    if (a.kind !== 'replaced' || !a.replacement) continue;
    const f = phrase(a.subject);
    const t = phrase(a.replacement);
    parts.push({ fr: `remplace ${f.fr} par ${t.fr}`, en: `replaces ${f.en} with ${t.en}` });
  }
  const tail = joinList(parts);
  const sentence = (lang: 'fr' | 'en') => `${verb[lang]} ${subject[lang]}${tail[lang] ? ` ${tail[lang]}` : ''}.`;
  return { fr: sentence('fr'), en: sentence('en') };
}

const prefix = (fr: string, en: string, list: Localized): Localized => ({ fr: `${fr} ${list.fr}`, en: `${en} ${list.en}` });
