import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { catalogue } from './data';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { STILL_ALT_TEMPLATES, stillAlt } from './still-names';
import { carStill, catalogueStills, frontStill, STILL_JPEG_WIDTH, stillJpegSrc, STILL_WIDTHS, stillSrc, stillStem, type StillsManifest } from './stills';

// The committed stills (public/stills, written by `npm run models`) against the catalogue.

const publicDir = path.resolve(import.meta.dirname, '../../public');
const manifest = JSON.parse(readFileSync(path.join(publicDir, 'stills', 'manifest.json'), 'utf8')) as StillsManifest;

type Rgb = [number, number, number];
const rgbOf = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
const distance = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/** Mean colour of the door panel: the middle of the side view, below the windows. */
async function bodyColour(file: string): Promise<Rgb> {
  const { data, info } = await sharp(file).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const sum: Rgb = [0, 0, 0];
  let n = 0;
  for (let y = Math.round(info.height * 0.5); y < info.height * 0.56; y++) {
    for (let x = Math.round(info.width * 0.44); x < info.width * 0.56; x++) {
      const i = (y * info.width + x) * 3;
      sum[0] += data[i] ?? 0;
      sum[1] += data[i + 1] ?? 0;
      sum[2] += data[i + 2] ?? 0;
      n++;
    }
  }
  return sum.map((v) => v / n) as Rgb;
}

test('paths are built from catalogue codes only', () => {
  expect(stillSrc(frontStill({ model: 'horizon', paint: 'rouge-vif', wheels: 'sport' }), 960)).toBe('/stills/horizon/front-rouge-vif-sport-960.webp');
  expect(() => stillStem({ model: '../etc', view: 'interior', interior: 'x' })).toThrow();
});

test('every catalogue combination has its still in every width, as listed in the manifest', () => {
  expect(manifest.widths).toEqual([...STILL_WIDTHS]);
  const keys = catalogueStills(catalogue);
  // 3 models: their paints × wheel designs × 2 views, plus one per interior.
  expect(keys.length).toBeGreaterThan(100);
  for (const k of keys) {
    const stem = stillStem(k);
    const sizes = manifest.images[stem];
    expect(sizes, stem).toHaveLength(STILL_WIDTHS.length);
    for (const [i, w] of STILL_WIDTHS.entries()) {
      const file = path.join(publicDir, stillSrc(k, w));
      expect(existsSync(file), file).toBe(true);
      expect(statSync(file).size).toBe(sizes?.[i]);
    }
  }
  expect(Object.keys(manifest.images).sort()).toEqual(keys.map(stillStem).sort());
  // The AVIF set beside it, every width, smaller in total than the WebP one.
  for (const k of keys) {
    for (const [i, w] of STILL_WIDTHS.entries()) expect(statSync(path.join(publicDir, stillSrc(k, w, 'avif'))).size, stillStem(k)).toBe(manifest.avif[stillStem(k)]?.[i]);
  }
  const total = (sizes: Record<string, number[]>) => Object.values(sizes).flat().reduce((a, b) => a + b, 0);
  expect(total(manifest.avif)).toBeLessThan(total(manifest.images));
});

describe.each(catalogue.models.map((m) => m.code))('%s: the body in the picture follows the paint', (model) => {
  const trim = catalogue.models.find((m) => m.code === model)?.trims[0];
  const paints = catalogue.paints.filter((p) => model in p.offers);
  const sideFile = (paint: string) => path.join(publicDir, stillSrc({ model, view: 'side', paint, wheels: trim?.defaults.wheels ?? '' }, 480));

  test('paints that differ clearly give pictures that differ clearly', async () => {
    const seen = await Promise.all(paints.map(async (p) => ({ p, rgb: await bodyColour(sideFile(p.code)) })));
    let pairs = 0;
    for (const a of seen) {
      for (const b of seen) {
        if (a.p.code >= b.p.code || distance(rgbOf(a.p.hex), rgbOf(b.p.hex)) < 80) continue;
        pairs++;
        expect(distance(a.rgb, b.rgb), `${a.p.code} vs ${b.p.code}`).toBeGreaterThan(20);
      }
    }
    expect(pairs).toBeGreaterThan(3);
  });

  test('a red car is red and a white car is light', async () => {
    const white = await bodyColour(sideFile('blanc-glacier'));
    expect(Math.min(...white)).toBeGreaterThan(150);
    if (!paints.some((p) => p.code === 'rouge-vif')) return;
    const [r, g, b] = await bodyColour(sideFile('rouge-vif'));
    expect(r).toBeGreaterThan(1.6 * g);
    expect(r).toBeGreaterThan(1.6 * b);
  });
});

test('every 3/4 front still has its JPEG copy (e-mails, PDFs) at one width, on the studio background', async () => {
  const fronts = catalogueStills(catalogue).flatMap((k) => (k.view === 'front' ? [k] : []));
  expect(fronts.length).toBeGreaterThan(40);
  for (const k of fronts) {
    const file = path.join(publicDir, stillJpegSrc(k));
    expect(existsSync(file), file).toBe(true);
  }
  const first = fronts[0];
  if (!first) throw new Error('no front still');
  const meta = await sharp(path.join(publicDir, stillJpegSrc(first))).metadata();
  expect(meta.format).toBe('jpeg');
  expect(meta.width).toBe(STILL_JPEG_WIDTH);
});

test('carStill picks the picture of what is known of a car, and one that exists for a code no longer offered', () => {
  expect(carStill(catalogue, { model: 'horizon', paint: 'rouge-vif', wheels: 'sport' })).toEqual(frontStill({ model: 'horizon', paint: 'rouge-vif', wheels: 'sport' }));
  const defaults = catalogue.models.find((m) => m.code === 'horizon')?.trims[0]?.defaults;
  expect(carStill(catalogue, { model: 'horizon' })).toEqual(frontStill({ model: 'horizon', paint: defaults?.paint ?? '', wheels: defaults?.wheels ?? '' }));
  expect(carStill(catalogue, { model: 'horizon', paint: 'retired-paint', wheels: 'sport' })?.paint).toBe(defaults?.paint);
  expect(carStill(catalogue, { model: 'not-a-model' })).toBeNull();
  const keys = new Set(catalogueStills(catalogue).map(stillStem));
  for (const m of catalogue.models) {
    for (const t of m.trims) {
      const still = carStill(catalogue, { model: m.code, trim: t.code });
      expect(still !== null && keys.has(stillStem(still)), t.code).toBe(true);
    }
  }
});

test('the alt texts of e-mails and PDFs are the `stills` messages of the pages', () => {
  expect(STILL_ALT_TEMPLATES.fr).toEqual(fr.stills);
  expect(STILL_ALT_TEMPLATES.en).toEqual(en.stills);
  expect(stillAlt(catalogue, frontStill({ model: 'horizon', paint: 'rouge-vif', wheels: 'aero' }), 'fr')).toBe('Virage Horizon Rouge Vif, jantes Aéro, vue de trois quarts avant');
});
