import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { catalogue } from '../data';
import { stillAlt } from '../still-names';
import { carStill, STILL_ASPECT, stillJpegSrc } from '../stills';
import type { Locale } from '../types';

export type StillPicture = { jpeg: Uint8Array; width: number; height: number; alt: string };

/**
 * The JPEG still of a car, read from public/ (shipped with every instance, written by
 * `npm run models`), with its alt text, for documents. Null when the model is unknown or the file
 * is missing: a document without its picture is better than no document.
 */
export async function stillPicture(car: { model: string; trim?: string | null; paint?: string | null; wheels?: string | null }, locale: Locale): Promise<StillPicture | null> {
  const still = carStill(catalogue, car);
  if (!still) return null;
  try {
    const jpeg = await readFile(path.join(process.cwd(), 'public', stillJpegSrc(still)));
    return { jpeg, width: STILL_ASPECT.width, height: STILL_ASPECT.height, alt: stillAlt(catalogue, still, locale) };
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
    throw error;
  }
}
