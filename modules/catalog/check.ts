import { indexCatalogue, isKnownRef, isOrderable, Presence, refOf, splitRef } from './catalogue-index';
import { phraseOf } from './phrases';
import { capitalize, quoted } from './text';
import { isProvided, trimContext, withSubject } from './trim-context';
import type { Catalogue, Configuration, ItemRef, Localized, SubjectRef } from './types';

export type ConflictKind =
  | 'unknown' // code not in the catalogue
  | 'wrong-model' // trim of another model
  | 'unavailable' // not offered on this model / trim
  | 'duplicate'
  | 'excludes' // two choices that cannot be combined
  | 'requires' // something needed is missing
  | 'included-in-pack' // option already supplied by a selected pack (would be charged twice)
  | 'included-in-trim'; // option already standard on the trim

export type Conflict = {
  readonly kind: ConflictKind;
  readonly subject: SubjectRef;
  readonly other?: SubjectRef;
  /** Short, about the subject: "Incompatible avec les jantes Turbine 21 pouces". */
  readonly reason: Localized;
  /** With the subject named: "Pneus hiver montés (jeu de 4) : incompatible avec les jantes Turbine 21 pouces". */
  readonly message: Localized;
};

/** Every rule the configuration breaks, each explained in French and English. Empty = valid. */
export function checkConfiguration(catalogue: Catalogue, config: Configuration): Conflict[] {
  const ix = indexCatalogue(catalogue);
  const found: Conflict[] = [];
  const model = ix.models.get(config.model);
  const unknown = (subject: SubjectRef): Conflict => {
    const q = quoted(splitRef(subject).code);
    const reason = { fr: `Code inconnu ${q.fr}`, en: `Unknown code ${q.en}` };
    return { kind: 'unknown', subject, reason, message: reason };
  };
  if (!model) return [unknown(`model:${config.model}`)];
  const ctx = trimContext(ix, config.trim);
  if (!ctx) return [unknown(`trim:${config.trim}`)];
  if (ctx.model.code !== model.code) {
    const reason = { fr: `Finition d’un autre modèle que la ${model.name.fr}`, en: `Trim of another model than the ${model.name.en}` };
    return [{ kind: 'wrong-model', subject: `trim:${config.trim}`, reason, message: reason }];
  }
  const phrase = (r: SubjectRef) => phraseOf(ix, r, model.code);
  const add = (kind: ConflictKind, subject: ItemRef, reason: Localized, other?: SubjectRef) =>
    found.push({ kind, subject, ...(other ? { other } : {}), reason, message: withSubject(ctx, subject, reason) });

  const candidates: ItemRef[] = [
    refOf('paint', config.paint),
    refOf('wheels', config.wheels),
    refOf('interior', config.interior),
    ...config.packs.map((c) => refOf('pack', c)),
    ...config.options.map((c) => refOf('option', c)),
  ];
  const valid: ItemRef[] = [];
  const seen = new Set<ItemRef>();
  for (const ref of candidates) {
    if (seen.has(ref)) {
      add('duplicate', ref, { fr: 'Choisi deux fois', en: 'Selected twice' });
      continue;
    }
    seen.add(ref);
    if (!isKnownRef(ix, ref)) {
      found.push(unknown(ref));
      continue;
    }
    const reason = ctx.unavailable(ref);
    if (reason) add('unavailable', ref, reason);
    valid.push(ref);
  }

  const presentOptions = new Set(config.options);
  const presentPacks = new Set(config.packs);
  for (const code of presentOptions) {
    const ref = refOf('option', code);
    if (ctx.standard.has(code)) {
      const t = phrase(`trim:${ctx.trim.code}`);
      add('included-in-trim', ref, { fr: `De série sur ${t.fr}`, en: `Standard on ${t.en}` }, `trim:${ctx.trim.code}`);
    }
    for (const p of ix.packsContaining.get(code) ?? []) {
      if (!presentPacks.has(p)) continue;
      const pp = phrase(refOf('pack', p));
      const o = phrase(ref);
      add('included-in-pack', ref, { fr: `${capitalize(pp.fr)} inclut déjà ${o.fr}`, en: `${capitalize(pp.en)} already includes ${o.en}` }, refOf('pack', p));
    }
  }

  // Each incompatible pair once, reported on the later item (options/packs come after attributes).
  const presence = new Presence(ix);
  for (const b of valid) {
    for (const a of presence.clashes(b)) {
      const p = phrase(a);
      add('excludes', b, { fr: `Incompatible avec ${p.fr}`, en: `Incompatible with ${p.en}` }, a);
    }
    presence.add(b);
  }

  for (const ref of valid) {
    if (!isOrderable(ref)) continue;
    for (const req of ix.requirements(ref)) {
      if (isProvided(ctx, req, presentOptions, presentPacks)) continue;
      const p = phrase(req);
      add('requires', ref, { fr: `Nécessite ${p.fr}`, en: `Requires ${p.en}` }, req);
    }
  }
  return found;
}
