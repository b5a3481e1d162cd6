import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import sharp from 'sharp';
import { chromiumArgs, systemChromium } from '../scripts/chromium';
import { catalogue } from '@/modules/catalog/data';
import { catalogueStills, STILL_WIDTHS, stillSrc, type StillFormat, type StillKey } from '@/modules/catalog/stills';
import { percentile, round, type Metrics } from './lib';

/**
 * Does AVIF pay for the stills? For a sample of stills, the largest committed WebP is decoded and
 * scaled down to each served width (scaling hides its own artefacts) as the reference; it is
 * encoded as WebP at the quality `npm run models` uses and as AVIF at the quality whose SSIM is
 * the closest at or above the WebP one; bytes are compared at that equal quality.
 * Bytes are not the whole cost of a picture that must be on screen first: the committed files are
 * also decoded in Chromium (the CI browser), because a page's main still is painted only once it
 * is decoded, and AVIF costs more to decode than WebP.
 */

const WEBP_QUALITY = 74; // scripts/models/stills/render.ts
const AVIF_QUALITIES = [30, 35, 40, 45, 50, 55, 60, 65, 70];
const publicDir = path.resolve(import.meta.dirname, '../public');

type Gray = { data: Uint8Array; width: number; height: number };
export const gray = async (image: Buffer): Promise<Gray> => {
  const { data, info } = await sharp(image).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height };
};

/** Mean SSIM over 8×8 windows of the luma (Wang et al. 2004 constants). */
export function ssim(a: Gray, b: Gray): number {
  const [c1, c2] = [(0.01 * 255) ** 2, (0.03 * 255) ** 2];
  let sum = 0;
  let n = 0;
  for (let y = 0; y + 8 <= a.height; y += 8) {
    for (let x = 0; x + 8 <= a.width; x += 8) {
      let ma = 0, mb = 0, va = 0, vb = 0, cov = 0;
      for (let j = 0; j < 8; j++) for (let i = 0; i < 8; i++) {
        const k = (y + j) * a.width + x + i;
        ma += a.data[k] ?? 0;
        mb += b.data[k] ?? 0;
      }
      ma /= 64;
      mb /= 64;
      for (let j = 0; j < 8; j++) for (let i = 0; i < 8; i++) {
        const k = (y + j) * a.width + x + i;
        const da = (a.data[k] ?? 0) - ma;
        const db = (b.data[k] ?? 0) - mb;
        va += da * da;
        vb += db * db;
        cov += da * db;
      }
      va /= 63;
      vb /= 63;
      cov /= 63;
      sum += ((2 * ma * mb + c1) * (2 * cov + c2)) / ((ma * ma + mb * mb + c1) * (va + vb + c2));
      n++;
    }
  }
  return sum / n;
}

export default async function run(): Promise<Metrics> {
  const all = catalogueStills(catalogue);
  // Every ninth still: all three models, the three views, light and dark paints.
  const sample = all.filter((_, i) => i % 9 === 0);
  const widest = STILL_WIDTHS[STILL_WIDTHS.length - 1] ?? 1440;
  const metrics: Metrics = {};
  for (const width of STILL_WIDTHS.slice(0, -1)) {
    let webpBytes = 0;
    let avifBytes = 0;
    let webpSsim = 0;
    let avifSsim = 0;
    const qualities: number[] = [];
    for (const k of sample) {
      const reference = await sharp(readFileSync(path.join(publicDir, stillSrc(k, widest)))).resize({ width }).png().toBuffer();
      const ref = await gray(reference);
      const webp = await sharp(reference).webp({ quality: WEBP_QUALITY, effort: 5 }).toBuffer();
      const target = ssim(ref, await gray(webp));
      let chosen: { bytes: number; ssim: number; q: number } | null = null;
      for (const q of AVIF_QUALITIES) {
        const avif = await sharp(reference).avif({ quality: q, effort: 4 }).toBuffer();
        const s = ssim(ref, await gray(avif));
        chosen = { bytes: avif.byteLength, ssim: s, q };
        if (s >= target) break;
      }
      qualities.push(chosen?.q ?? Number.NaN);
      webpBytes += webp.byteLength;
      webpSsim += target;
      avifBytes += chosen?.bytes ?? Number.NaN;
      avifSsim += chosen?.ssim ?? Number.NaN;
    }
    const n = sample.length;
    metrics[`${width} px: WebP q${WEBP_QUALITY} mean bytes`] = { value: round(webpBytes / n / 1024, 1), unit: `KB (SSIM ${round(webpSsim / n, 4)}, ${n} stills)` };
    metrics[`${width} px: AVIF at equal SSIM mean bytes`] = { value: round(avifBytes / n / 1024, 1), unit: `KB (SSIM ${round(avifSsim / n, 4)})` };
    metrics[`${width} px: AVIF quality reaching the WebP SSIM (median)`] = { value: [...qualities].sort((a, b) => a - b)[Math.floor(n / 2)] ?? Number.NaN, unit: 'sharp avif quality' };
    metrics[`${width} px: AVIF saving`] = { value: round(100 * (1 - avifBytes / webpBytes), 1), unit: '%', target: '> 20 % to be worth serving' };
  }
  Object.assign(metrics, await decodeTimes(sample));
  return metrics;
}

const DECODES_PER_FILE = 7;

/**
 * Milliseconds Chromium takes to decode each committed file (createImageBitmap on a Blob, which
 * decodes the whole picture every call), median over the sample, per served width and format.
 */
async function decodeTimes(sample: readonly StillKey[]): Promise<Metrics> {
  const browser = await chromium.launch({ executablePath: systemChromium, args: chromiumArgs });
  try {
    const page = await browser.newPage();
    const metrics: Metrics = {};
    for (const width of STILL_WIDTHS) {
      const medians: Record<StillFormat, number> = { webp: 0, avif: 0 };
      for (const format of ['webp', 'avif'] as const) {
        const samples: number[] = [];
        for (const k of sample) {
          const bytes = readFileSync(path.join(publicDir, stillSrc(k, width, format))).toString('base64');
          samples.push(
            ...(await page.evaluate(
              async ({ bytes, type, runs }) => {
                const blob = new Blob([Uint8Array.from(atob(bytes), (c) => c.charCodeAt(0))], { type });
                const times: number[] = [];
                for (let i = 0; i <= runs; i++) {
                  const start = performance.now();
                  (await createImageBitmap(blob)).close();
                  if (i > 0) times.push(performance.now() - start); // the first call warms the decoder up
                }
                return times;
              },
              { bytes, type: `image/${format}`, runs: DECODES_PER_FILE },
            )),
          );
        }
        medians[format] = percentile(samples, 50);
        metrics[`${width} px: ${format === 'webp' ? 'WebP' : 'AVIF'} decode in Chromium (median)`] = { value: round(medians[format], 1), unit: `ms (${samples.length} decodes of ${sample.length} stills)` };
      }
      metrics[`${width} px: AVIF decode time / WebP`] = { value: round(medians.avif / medians.webp, 2), unit: 'x (> 1: the main still is served as WebP, which paints sooner)' };
    }
    return metrics;
  } finally {
    await browser.close();
  }
}
