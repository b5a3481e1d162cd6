import type { StillKey } from './stills';
import type { Catalogue, Locale } from './types';

/** Catalogue names of what a still shows, for its alt text ("{model} {paint}, jantes {wheels}"). */
export function stillNames(catalogue: Catalogue, k: StillKey, locale: Locale): { model: string; paint: string; wheels: string; interior: string } {
  const model = catalogue.models.find((m) => m.code === k.model)?.name[locale] ?? k.model;
  if (k.view === 'interior') {
    const interior = catalogue.interiors.find((i) => i.code === k.interior)?.name[locale] ?? k.interior;
    return { model, paint: '', wheels: '', interior };
  }
  const paint = catalogue.paints.find((p) => p.code === k.paint)?.name[locale] ?? k.paint;
  const wheels = catalogue.wheels.find((w) => w.code === k.wheels)?.name[locale] ?? k.wheels;
  return { model, paint, wheels, interior: '' };
}

/**
 * The alt text of a still where next-intl is not at hand (e-mails and PDFs, which carry their own
 * texts): the same sentences as the `stills` messages, which a test keeps equal.
 */
export const STILL_ALT_TEMPLATES: Record<Locale, Record<StillKey['view'], string>> = {
  fr: { front: '{model} {paint}, jantes {wheels}, vue de trois quarts avant', side: '{model} {paint}, jantes {wheels}, vue de profil', interior: 'Intérieur {interior} de la {model}' },
  en: { front: '{model} in {paint}, {wheels} wheels, front three-quarter view', side: '{model} in {paint}, {wheels} wheels, side view', interior: '{model} interior in {interior}' },
};

export function stillAlt(catalogue: Catalogue, k: StillKey, locale: Locale): string {
  const names = stillNames(catalogue, k, locale);
  return STILL_ALT_TEMPLATES[locale][k.view].replace(/\{(model|paint|wheels|interior)\}/g, (_, name: keyof typeof names) => names[name]);
}
