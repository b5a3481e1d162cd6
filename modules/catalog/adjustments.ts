import { splitRef, type CatalogueIndex } from './catalogue-index';
import { nameOf, phraseOf } from './phrases';
import { capitalize, quoted } from './text';
import type { Localized, SubjectRef } from './types';

/** Something the rules changed on their own, with its FR/EN explanation. */
export type AdjustmentKind =
  | 'added-required' // added because something kept needs it
  | 'added-from-pack' // a pack had to go; its still-valid contents are kept one by one
  | 'removed-excluded' // removed: incompatible with something that stays
  | 'removed-unavailable' // removed: not offered on this model / trim
  | 'removed-dependent' // removed: what it needs is gone and cannot come back
  | 'removed-unknown' // removed: the code is not in the catalogue
  | 'included-in-pack' // dropped from the option list because a selected pack contains it
  | 'included-in-trim' // dropped from the option list because the trim has it as standard
  | 'replaced'; // paint, wheels, interior, trim or model switched to a valid one

export type Adjustment = {
  readonly kind: AdjustmentKind;
  readonly subject: SubjectRef;
  /** What caused it: the incompatible / requiring item, the pack, the trim. */
  readonly cause?: SubjectRef;
  /** For 'replaced': the new choice. */
  readonly replacement?: SubjectRef;
  readonly message: Localized;
};

const lower = (s: string) => s.charAt(0).toLocaleLowerCase('fr-FR') + s.slice(1);

export class AdjustmentWriter {
  readonly list: Adjustment[] = [];
  constructor(
    private readonly ix: CatalogueIndex,
    private readonly model: string,
  ) {}

  private name(ref: SubjectRef) {
    return nameOf(this.ix, ref, this.model);
  }
  private phrase(ref: SubjectRef) {
    return phraseOf(this.ix, ref, this.model);
  }
  private push(kind: AdjustmentKind, subject: SubjectRef, message: Localized, cause?: SubjectRef, replacement?: SubjectRef) {
    this.list.push({ kind, subject, ...(cause ? { cause } : {}), ...(replacement ? { replacement } : {}), message });
  }

  addedRequired(subject: SubjectRef, cause: SubjectRef) {
    const n = this.name(subject);
    const c = this.phrase(cause);
    this.push('added-required', subject, { fr: `Ajout : ${n.fr}, nécessaire pour ${c.fr}`, en: `Added: ${n.en}, needed for ${c.en}` }, cause);
  }

  addedFromPack(subject: SubjectRef, pack: SubjectRef) {
    const n = this.name(subject);
    const p = this.phrase(pack);
    this.push('added-from-pack', subject, { fr: `Ajout : ${n.fr}, auparavant dans ${p.fr}`, en: `Added: ${n.en}, previously part of ${p.en}` }, pack);
  }

  removedExcluded(subject: SubjectRef, cause: SubjectRef) {
    const n = this.name(subject);
    const c = this.phrase(cause);
    this.push(
      'removed-excluded',
      subject,
      { fr: `Retrait : ${n.fr} — incompatible avec ${c.fr}`, en: `Removed: ${n.en} — incompatible with ${c.en}` },
      cause,
    );
  }

  removedUnavailable(subject: SubjectRef, reason: Localized, cause?: SubjectRef) {
    const n = this.name(subject);
    this.push(
      'removed-unavailable',
      subject,
      { fr: `Retrait : ${n.fr} — ${lower(reason.fr)}`, en: `Removed: ${n.en} — ${lower(reason.en)}` },
      cause,
    );
  }

  removedDependent(subject: SubjectRef, missing: SubjectRef) {
    const n = this.name(subject);
    const m = this.phrase(missing);
    this.push('removed-dependent', subject, { fr: `Retrait : ${n.fr} — nécessite ${m.fr}`, en: `Removed: ${n.en} — requires ${m.en}` }, missing);
  }

  removedUnknown(subject: SubjectRef) {
    const q = quoted(splitRef(subject).code);
    this.push('removed-unknown', subject, { fr: `Code inconnu ignoré : ${q.fr}`, en: `Unknown code ignored: ${q.en}` });
  }

  includedInPack(subject: SubjectRef, pack: SubjectRef) {
    const p = this.phrase(pack);
    const s = this.phrase(subject);
    this.push('included-in-pack', subject, { fr: `${capitalize(p.fr)} inclut ${s.fr}`, en: `${capitalize(p.en)} includes ${s.en}` }, pack);
  }

  includedInTrim(subject: SubjectRef, trim: SubjectRef) {
    const t = this.phrase(trim);
    const s = this.phrase(subject);
    this.push(
      'included-in-trim',
      subject,
      { fr: `${capitalize(t.fr)} inclut déjà ${s.fr} de série`, en: `${capitalize(t.en)} already includes ${s.en} as standard` },
      trim,
    );
  }

  /** `known` = whether `from` is a real catalogue code; `reason` is short ("incompatible avec ..."). */
  replaced(from: SubjectRef, to: SubjectRef, known: boolean, reason: Localized | null, cause?: SubjectRef) {
    const why = reason ? { fr: ` — ${lower(reason.fr)}`, en: ` — ${lower(reason.en)}` } : { fr: '', en: '' };
    let message: Localized;
    if (!known) {
      const q = quoted(splitRef(from).code);
      const p = this.phrase(to);
      message = { fr: `Code inconnu ${q.fr} : ${p.fr} à la place`, en: `Unknown code ${q.en}: ${p.en} instead` };
    } else {
      const plural = splitRef(from).kind === 'wheels';
      const f = this.phrase(from);
      const to2 = this.phrase(to);
      message = {
        fr: `${capitalize(f.fr)} ${plural ? 'sont remplacées' : 'est remplacée'} par ${to2.fr}${why.fr}`,
        en: `${capitalize(f.en)} ${plural ? 'are' : 'is'} replaced by ${to2.en}${why.en}`,
      };
    }
    this.push('replaced', from, message, cause, to);
  }

  incompatibleWith(cause: SubjectRef): Localized {
    const c = this.phrase(cause);
    return { fr: `incompatible avec ${c.fr}`, en: `incompatible with ${c.en}` };
  }
}
