// `npm run models`: writes public/models/<model>.glb for every catalogue model and the manifest,
// then renders the stills from them (public/stills/). `-- --stills-only` keeps the models as they are;
// `-- --derived-only` only derives the JPEG and AVIF copies from the committed WebP.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ModelManifest } from '@/modules/catalog/model-manifest';
import { generateCar } from './car';
import { CAR_SPECS } from './specs';
import { derivedFromWebp, renderStills } from './stills/render';

if (process.argv.includes('--derived-only')) {
  await derivedFromWebp();
  process.exit(0);
}
const stillsOnly = process.argv.includes('--stills-only');

const outDir = path.resolve(import.meta.dirname, '../../public/models');
mkdirSync(outDir, { recursive: true });

const manifest: ModelManifest = { version: 1, models: {} };
for (const spec of stillsOnly ? [] : CAR_SPECS) {
  const started = performance.now();
  const car = await generateCar(spec);
  writeFileSync(path.join(outDir, `${spec.code}.glb`), car.glb);
  manifest.models[spec.code] = car.entry;
  const kb = (car.glb.byteLength / 1024).toFixed(0);
  console.log(`${spec.code}.glb  ${kb} KiB  ${car.vertices} vertices  ${(performance.now() - started).toFixed(0)} ms`);
}
if (!stillsOnly) {
  writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  console.log(`manifest.json  ${Object.keys(manifest.models).length} models`);
}
await renderStills();
