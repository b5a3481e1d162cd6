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

export type StillsManifest = {
  version: 1;
  widths: number[];
  /** Stem → bytes of each width's file (stem + `-<width>.webp`). */
  images: Record<string, number[]>;
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

export const stillSrc = (k: StillKey, width: number) => `${stillStem(k)}-${width}.webp`;
export const stillSrcSet = (k: StillKey) => STILL_WIDTHS.map((w) => `${stillSrc(k, w)} ${w}w`).join(', ');

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
