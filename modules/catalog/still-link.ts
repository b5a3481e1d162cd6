import { stillAlt } from './still-names';
import { carStill, STILL_ASPECT, stillJpegUrl } from './stills';
import type { Catalogue, Locale } from './types';

/**
 * The still of a car for an e-mail: the JPEG copy (every mail client shows JPEG; Outlook for
 * Windows shows no WebP) at an absolute address under the app's public URL, with its alt text in
 * the mail's language and its ratio. Null for a model the catalogue does not know.
 */
export function mailStill(
  catalogue: Catalogue,
  car: { model: string; trim?: string | null; paint?: string | null; wheels?: string | null },
  locale: Locale,
  appUrl: string,
): { src: string; alt: string; width: number; height: number } | null {
  const still = carStill(catalogue, car);
  if (!still) return null;
  return { src: stillJpegUrl(still, appUrl), alt: stillAlt(catalogue, still, locale), width: STILL_ASPECT.width, height: STILL_ASPECT.height };
}
