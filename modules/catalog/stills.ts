import { defaultConfiguration } from './normalize';
import type { Catalogue } from './types';

// Stills are pictures of every configuration rendered from the project's own models by
// `npm run models` (scripts/models/stills/). Paths are derived from codes, so a page can name the
// picture of any car without loading the manifest; public/stills/manifest.json lists what exists.

export type StillView = 'front' | 'side' | 'interior';

/** Rendered at 16:10, the configurator viewer's shape on wide screens (same camera, same framing). */
export const STILL_ASPECT = { width: 16, height: 10 } as const;
export const STILL_WIDTHS = [480, 960, 1440] as const;
export const STILL_BACKGROUND = '#eceef1';

export type ExteriorStill = { model: string; view: 'front' | 'side'; paint: string; wheels: string };
export type InteriorStill = { model: string; view: 'interior'; interior: string };
export type StillKey = ExteriorStill | InteriorStill;

/**
 * WebP for every browser, AVIF beside it where it pays: at equal SSIM it is 25–31 % smaller at
 * the widths pages draw (bench/results/stills-formats.json), so pages offer it first.
 */
export type StillFormat = 'avif' | 'webp';

export type StillsManifest = {
  version: 1;
  widths: number[];
  /** Stem → bytes of each width's file (stem + `-<width>.webp`). */
  images: Record<string, number[]>;
  /** Stem → bytes of each width's AVIF file (stem + `-<width>.avif`). */
  avif: Record<string, number[]>;
};

const safe = (code: string) => {
  if (!/^[a-z0-9-]+$/.test(code)) throw new Error(`Not a catalogue code: ${code}`);
  return code;
};

/** `/stills/horizon/front-rouge-vif-sport` (without width and extension). */
export function stillStem(k: StillKey): string {
  const tail = k.view === 'interior' ? safe(k.interior) : `${safe(k.paint)}-${safe(k.wheels)}`;
  return `/stills/${safe(k.model)}/${k.view}-${tail}`;
}

export const stillSrc = (k: StillKey, width: number, format: StillFormat = 'webp') => `${stillStem(k)}-${width}.${format}`;
export const stillSrcSet = (k: StillKey, format: StillFormat = 'webp') => STILL_WIDTHS.map((w) => `${stillSrc(k, w, format)} ${w}w`).join(', ');

/** Every still the catalogue needs: per model × paint × wheel design two views, per interior one. */
export function catalogueStills(catalogue: Catalogue): StillKey[] {
  const out: StillKey[] = [];
  for (const m of catalogue.models) {
    const paints = catalogue.paints.filter((p) => m.code in p.offers);
    const wheels = catalogue.wheels.filter((w) => m.code in w.fitments);
    for (const p of paints) for (const w of wheels) for (const view of ['front', 'side'] as const) out.push({ model: m.code, view, paint: p.code, wheels: w.code });
    for (const i of catalogue.interiors.filter((x) => m.code in x.offers)) out.push({ model: m.code, view: 'interior', interior: i.code });
  }
  return out;
}

/** The 3/4 front still of a configuration (what the configurator opens on). */
export const frontStill = (c: { model: string; paint: string; wheels: string }): ExteriorStill => ({ model: c.model, view: 'front', paint: c.paint, wheels: c.wheels });

/**
 * A JPEG copy of each 3/4 front still, at one width: e-mails (Outlook for Windows shows no WebP) and
 * PDFs (pdf-lib embeds JPEG and PNG only) use it. Written by `npm run models` beside the WebP set.
 */
export const STILL_JPEG_WIDTH = 960;
export const stillJpegSrc = (k: ExteriorStill) => `${stillStem(k)}-${STILL_JPEG_WIDTH}.jpg`;
/** The JPEG still at an absolute address (e-mails), under the app's public URL. */
export const stillJpegUrl = (k: ExteriorStill, appUrl: string) => new URL(stillJpegSrc(k), appUrl).toString();

/**
 * The 3/4 front still of a car from what is known of it: a whole configuration (order, hold,
 * saved car) or only a model and trim (a test drive). A paint or wheel design the model no longer
 * offers (an old order after a catalogue change) falls back to the trim's default, so the
 * picture always exists. Null for a model the catalogue does not know.
 */
export function carStill(catalogue: Catalogue, car: { model: string; trim?: string | null; paint?: string | null; wheels?: string | null }): ExteriorStill | null {
  const model = catalogue.models.find((m) => m.code === car.model);
  if (!model) return null;
  const defaults = (model.trims.find((t) => t.code === car.trim) ?? model.trims[0])?.defaults ?? defaultConfiguration(catalogue, model.code);
  const paint = catalogue.paints.some((p) => p.code === car.paint && model.code in p.offers) ? car.paint : defaults.paint;
  const wheels = catalogue.wheels.some((w) => w.code === car.wheels && model.code in w.fitments) ? car.wheels : defaults.wheels;
  return frontStill({ model: model.code, paint: paint ?? defaults.paint, wheels: wheels ?? defaults.wheels });
}
