import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import sharp from 'sharp';
import { stateSignature } from '@/modules/catalog/components/CarScene';
import { catalogue } from '@/modules/catalog/data';
import type { CameraPreset, ModelManifest } from '@/modules/catalog/model-manifest';
import { catalogueStills, STILL_BACKGROUND, STILL_JPEG_WIDTH, STILL_WIDTHS, stillJpegSrc, stillStem, stillSrc, type StillKey, type StillsManifest } from '@/modules/catalog/stills';
import { chromiumArgs, systemChromium } from '../../chromium';
import type { StillJob } from './stage';

const root = path.resolve(import.meta.dirname, '../../..');
const publicDir = path.join(root, 'public');
/** CSS size of the stage; rendered at DPR 2, so the largest still is 1440×900 device pixels. */
const STAGE = { width: 720, height: 450, dpr: 2 };
const QUALITY = 74;
/** Reaches the WebP's SSIM at the drawn widths on most stills (bench/results/stills-formats.json), 25–31 % smaller. */
const AVIF_QUALITY = 50;
/** sharp's 0–9: 2 keeps a full run's extra encoding to minutes on a 2-core machine (4 was ~20 s per still). */
const AVIF_EFFORT = 2;
const JPEG_QUALITY = 80;

/** The JPEG copy of a 3/4 front still (e-mails, PDFs): one width, on the studio background, progressive. */
const avifOf = (image: Buffer, width: number) => sharp(image).resize({ width }).avif({ quality: AVIF_QUALITY, effort: AVIF_EFFORT }).toBuffer();
const jpegOf = (image: Buffer) => sharp(image).resize({ width: STILL_JPEG_WIDTH }).flatten({ background: STILL_BACKGROUND }).jpeg({ quality: JPEG_QUALITY, mozjpeg: true }).toBuffer();

/**
 * `npm run models -- --derived-only`: the JPEG and AVIF copies from the committed WebP (the
 * largest, scaled to each width), without rendering again. A re-encode of a lossy file: a full
 * run encodes both from the rendered PNG. Rewrites the manifest's AVIF sizes.
 */
export async function derivedFromWebp(log: (line: string) => void = console.log): Promise<void> {
  const widest = STILL_WIDTHS[STILL_WIDTHS.length - 1] ?? 1440;
  const manifestFile = path.join(publicDir, 'stills', 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as StillsManifest;
  manifest.avif = {};
  for (const k of catalogueStills(catalogue)) {
    const source = readFileSync(path.join(publicDir, stillSrc(k, widest)));
    if (k.view === 'front') writeFileSync(path.join(publicDir, stillJpegSrc(k)), await jpegOf(source));
    const sizes: number[] = [];
    for (const w of STILL_WIDTHS) {
      const avif = await avifOf(source, w);
      writeFileSync(path.join(publicDir, stillSrc(k, w, 'avif')), avif);
      sizes.push(avif.byteLength);
    }
    manifest.avif[stillStem(k)] = sizes;
  }
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 1) + '\n');
  log(`stills: JPEG and AVIF copies of ${Object.keys(manifest.avif).length} pictures`);
}

/** Side view: same target, distance and height as the 3/4 preset, from the driver's side. */
function sidePreset(p: CameraPreset): CameraPreset {
  const [px, py, pz] = p.position;
  const [tx, ty, tz] = p.target;
  const flat = Math.hypot(px - tx, pz - tz);
  return { ...p, position: [tx + flat, py - (py - ty) * 0.55, tz] };
}

function jobFor(k: StillKey, manifest: ModelManifest): StillJob {
  const entry = manifest.models[k.model];
  if (!entry) throw new Error(`No model ${k.model} in public/models/manifest.json`);
  const trim = catalogue.models.find((m) => m.code === k.model)?.trims[0];
  if (!trim) throw new Error(`No trim for ${k.model}`);
  const paintCode = k.view === 'interior' ? trim.defaults.paint : k.paint;
  const interiorCode = k.view === 'interior' ? k.interior : trim.defaults.interior;
  const paint = catalogue.paints.find((p) => p.code === paintCode);
  const interior = catalogue.interiors.find((i) => i.code === interiorCode);
  if (!paint || !interior) throw new Error(`Unknown paint or interior in ${stillStem(k)}`);
  const appearance = {
    paint: { hex: paint.hex, finish: paint.finish },
    wheels: k.view === 'interior' ? trim.defaults.wheels : k.wheels,
    interior: { code: interior.code, hex: interior.hex },
  };
  const view = k.view === 'interior' ? 'interior' : 'exterior';
  const cameras = k.view === 'side' ? { ...entry.cameras, exterior: sidePreset(entry.cameras.exterior) } : entry.cameras;
  return { key: stillStem(k), model: k.model, entry: { ...entry, cameras }, appearance, view, camera: k.view };
}

async function bundleStage(): Promise<string> {
  const out = await build({
    entryPoints: [path.join(import.meta.dirname, 'stage.tsx')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    minify: true,
    logLevel: 'error',
    absWorkingDir: root,
  });
  const file = out.outputFiles[0];
  if (!file) throw new Error('esbuild produced nothing');
  return file.text;
}

/** Serves the stage and public/models on 127.0.0.1 only (the browser makes no other request). */
function serve(script: string): Promise<Server> {
  const html = `<!doctype html><html><body style="margin:0;background:#fff"><div id="root"></div><script type="module" src="/stage.js"></script></body></html>`;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(html);
    if (url.pathname === '/stage.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    const m = /^\/models\/([a-z0-9-]+\.glb)$/.exec(url.pathname);
    if (m?.[1]) return res.writeHead(200, { 'content-type': 'model/gltf-binary' }).end(readFileSync(path.join(publicDir, 'models', m[1])));
    res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Renders every catalogue still to public/stills/ and writes public/stills/manifest.json. */
export async function renderStills(log: (line: string) => void = console.log): Promise<StillsManifest> {
  const models = JSON.parse(readFileSync(path.join(publicDir, 'models', 'manifest.json'), 'utf8')) as ModelManifest;
  // Grouped by model and camera: each group reuses one canvas (paint and wheels are swaps).
  const order = (k: StillKey) => `${k.model}|${k.view}`;
  const keys = catalogueStills(catalogue).sort((a, b) => order(a).localeCompare(order(b)));
  const server = await serve(await bundleStage());
  const browser = await chromium.launch({ executablePath: systemChromium, args: chromiumArgs });
  const outDir = path.join(publicDir, 'stills');
  rmSync(outDir, { recursive: true, force: true });
  const manifest: StillsManifest = { version: 1, widths: [...STILL_WIDTHS], images: {}, avif: {} };
  try {
    const page = await browser.newPage({ viewport: { width: STAGE.width, height: STAGE.height }, deviceScaleFactor: STAGE.dpr });
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('http://127.0.0.1')) outside.push(r.url());
    });
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/?w=${STAGE.width}&h=${STAGE.height}`);
    await page.waitForFunction(() => typeof window.__still === 'function');
    const started = performance.now();
    for (const [n, k] of keys.entries()) {
      const job = jobFor(k, models);
      const signature = stateSignature(job.model, job.appearance, job.view);
      await page.evaluate((j) => window.__still?.(j), job);
      await page.waitForFunction((s) => document.querySelector('[data-testid="still-stage"]')?.getAttribute('data-rendered') === s, signature, { timeout: 120_000 });
      const png = await page.locator('[data-testid="still-stage"] canvas').screenshot({ type: 'png', animations: 'disabled', timeout: 120_000 });
      mkdirSync(path.join(publicDir, path.dirname(job.key)), { recursive: true });
      const bytes: number[] = [];
      const avifBytes: number[] = [];
      for (const w of STILL_WIDTHS) {
        const webp = await sharp(png).resize({ width: w }).webp({ quality: QUALITY, effort: 5 }).toBuffer();
        writeFileSync(path.join(publicDir, `${job.key}-${w}.webp`), webp);
        bytes.push(webp.byteLength);
        const avif = await avifOf(png, w);
        writeFileSync(path.join(publicDir, `${job.key}-${w}.avif`), avif);
        avifBytes.push(avif.byteLength);
      }
      manifest.images[job.key] = bytes;
      manifest.avif[job.key] = avifBytes;
      if (k.view === 'front') writeFileSync(path.join(publicDir, stillJpegSrc(k)), await jpegOf(png));
      if (outside.length) throw new Error(`The still renderer requested ${outside.join(', ')}`);
      if (n % 10 === 0) log(`still ${n + 1}/${keys.length} ${job.key} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
  const mb = (sizes: Record<string, number[]>) => (Object.values(sizes).flat().reduce((a, b) => a + b, 0) / 1024 / 1024).toFixed(1);
  log(`stills: ${Object.keys(manifest.images).length} pictures × ${STILL_WIDTHS.length} widths, WebP ${mb(manifest.images)} MB, AVIF ${mb(manifest.avif)} MB`);
  return manifest;
}
