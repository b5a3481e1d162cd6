import { splitRef, type CatalogueIndex } from './catalogue-index';
import { quoted } from './text';
import type { Energy, Localized, SubjectRef } from './types';

/** Names and in-sentence phrases for anything a message can mention. Unknown codes are quoted. */

export function nameOf(ix: CatalogueIndex, ref: SubjectRef, model: string): Localized {
  const { kind, code } = splitRef(ref);
  switch (kind) {
    case 'option':
      return ix.options.get(code)?.name ?? quoted(code);
    case 'pack':
      return ix.packs.get(code)?.name ?? quoted(code);
    case 'paint': {
      const p = ix.paints.get(code);
      return p ? { fr: `Peinture ${p.name.fr}`, en: `${p.name.en} paint` } : quoted(code);
    }
    case 'wheels': {
      const w = ix.wheels.get(code);
      const inches = w?.fitments[model]?.inches;
      if (!w) return quoted(code);
      return inches === undefined
        ? { fr: `Jantes ${w.name.fr}`, en: `${w.name.en} wheels` }
        : { fr: `Jantes ${w.name.fr} ${inches} pouces`, en: `${inches}-inch ${w.name.en} wheels` };
    }
    case 'interior': {
      const i = ix.interiors.get(code);
      return i ? { fr: `Sellerie ${i.name.fr.toLocaleLowerCase('fr-FR')}`, en: `${i.name.en} upholstery` } : quoted(code);
    }
    case 'trim': {
      const t = ix.trims.get(code);
      return t ? { fr: `Finition ${t.name.fr}`, en: `${t.name.en} trim` } : quoted(code);
    }
    case 'model':
      return ix.models.get(code)?.name ?? quoted(code);
    default:
      return quoted(code);
  }
}

/** The item inside a sentence: "les jantes Turbine 21 pouces" / "the 21-inch Turbine wheels". */
export function phraseOf(ix: CatalogueIndex, ref: SubjectRef, model: string): Localized {
  const { kind, code } = splitRef(ref);
  switch (kind) {
    case 'option':
      return ix.options.get(code)?.inSentence ?? quoted(code);
    case 'pack':
      return ix.packs.get(code)?.inSentence ?? quoted(code);
    case 'paint':
    case 'wheels':
    case 'interior':
    case 'trim': {
      const n = nameOf(ix, ref, model);
      if (n.fr.startsWith('«')) return n;
      const article = { paint: 'la ', wheels: 'les ', interior: 'la ', trim: 'la ' }[kind];
      const en = kind === 'interior' ? n.en.charAt(0).toLowerCase() + n.en.slice(1) : n.en;
      return { fr: article + n.fr.charAt(0).toLocaleLowerCase('fr-FR') + n.fr.slice(1), en: `the ${en}` };
    }
    case 'model':
      return { fr: `la ${nameOf(ix, ref, model).fr}`, en: `the ${nameOf(ix, ref, model).en}` };
    default:
      return quoted(code);
  }
}

const ENERGY_PLURAL: Record<Energy, Localized> = {
  ev: { fr: 'électriques', en: 'electric' },
  hybrid: { fr: 'hybrides', en: 'hybrid' },
  phev: { fr: 'hybrides rechargeables', en: 'plug-in hybrid' },
  petrol: { fr: 'essence', en: 'petrol' },
};

export function energiesPhrase(energies: readonly Energy[]): Localized {
  const list = energies.map((e) => ENERGY_PLURAL[e]);
  return {
    fr: `Réservé aux versions ${list.map((l) => l.fr).join(' ou ')}`,
    en: `Only on ${list.map((l) => l.en).join(' or ')} versions`,
  };
}
