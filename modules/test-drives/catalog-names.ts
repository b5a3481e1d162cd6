import { catalogue } from '@/modules/catalog';

export type Lang = 'fr' | 'en';

export function modelName(modelCode: string, lang: Lang = 'fr'): string {
  return catalogue.models.find((m) => m.code === modelCode)?.name[lang] ?? modelCode;
}

/** A trim's name ("Évolution"), never its code; the code only for a trim the catalogue no longer has. */
export function trimName(modelCode: string, trimCode: string, lang: Lang = 'fr'): string {
  return catalogue.models.find((m) => m.code === modelCode)?.trims.find((t) => t.code === trimCode)?.name[lang] ?? trimCode;
}

/** The powertrain (energy) of a trim, which is what a demo car stands for. */
export function trimEnergy(modelCode: string, trimCode: string): string | undefined {
  return catalogue.models.find((m) => m.code === modelCode)?.trims.find((t) => t.code === trimCode)?.energy;
}

export function modelEnergies(modelCode: string): string[] {
  const model = catalogue.models.find((m) => m.code === modelCode);
  return model ? [...new Set(model.trims.map((t) => t.energy))] : [];
}

const ENERGY_NAMES: Record<string, Record<Lang, string>> = {
  ev: { fr: 'Électrique', en: 'Electric' },
  hybrid: { fr: 'Hybride', en: 'Hybrid' },
  phev: { fr: 'Hybride rechargeable', en: 'Plug-in hybrid' },
  petrol: { fr: 'Essence', en: 'Petrol' },
};

export function energyName(energy: string, lang: Lang = 'fr'): string {
  return ENERGY_NAMES[energy]?.[lang] ?? energy;
}
