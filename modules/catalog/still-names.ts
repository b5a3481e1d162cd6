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
