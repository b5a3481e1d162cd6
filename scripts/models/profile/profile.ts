// `npx tsx scripts/models/profile/profile.ts [model]`: where a car frame's time goes on software
// GL (the CI browser): the same car, materials and studio as the configurator, each frame timed to
// completion, at the viewer's resting and moving resolutions and with parts switched off.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import type { ModelManifest } from '@/modules/catalog/model-manifest';
import { chromiumArgs, systemChromium } from '../../chromium';

const root = path.resolve(import.meta.dirname, '../../..');
const model = process.argv[2] ?? 'horizon';
const manifest = JSON.parse(readFileSync(path.join(root, 'public/models/manifest.json'), 'utf8')) as ModelManifest;
const bundle = await build({ entryPoints: [path.join(import.meta.dirname, 'page.ts')], bundle: true, write: false, format: 'esm', platform: 'browser', minify: true, logLevel: 'error', absWorkingDir: root });
const script = bundle.outputFiles[0]?.text ?? '';
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><body style="margin:0"><script type="module" src="/page.js"></script></body>');
  if (url.pathname === '/page.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
  const m = /^\/models\/([a-z0-9-]+\.glb)$/.exec(url.pathname);
  // PROFILE_MODELS_DIR: profile files written elsewhere (a generator change before it is committed).
  if (m?.[1]) return res.writeHead(200, { 'content-type': 'model/gltf-binary' }).end(readFileSync(path.join(process.env.PROFILE_MODELS_DIR ?? path.join(root, 'public/models'), m[1])));
  res.writeHead(404).end();
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch({ executablePath: systemChromium, args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  await page.waitForFunction(() => typeof window.__profile === 'function');
  const listed = manifest.models[model];
  if (!listed) throw new Error(`no ${model}`);
  // The wheel nodes of the files profiled (one node per design since the rims were merged).
  const entry = process.env.PROFILE_MODELS_DIR ? { ...listed, wheels: { ...listed.wheels, designs: Object.fromEntries(Object.entries(listed.wheels.designs).map(([d, v]) => [d, { ...v, nodes: [`rim-${d}`] }])) } } : listed;
  const variants = [
    { name: 'rest dpr 1.5', dpr: 1.5 },
    { name: 'moving dpr 0.75', dpr: 0.75 },
    { name: 'dpr 1', dpr: 1 },
    { name: 'dpr 1, basic material', dpr: 1, basic: true },
    { name: 'dpr 1, no environment', dpr: 1, noEnv: true },
    { name: 'dpr 1, no interior', dpr: 1, noInterior: true },
    { name: 'dpr 1, paint only', dpr: 1, onlyPaint: true },
    { name: 'dpr 0.25', dpr: 0.25 },
    { name: 'dpr 0.5', dpr: 0.5 },
    ...['glass', 'cabin', 'interior', 'rim'].map((w) => ({ name: `dpr 1 without ${w}`, dpr: 1, without: [w] })),
  ];
  const result = await page.evaluate(([e, v]) => window.__profile?.(e, 728, 455, v, 9), [entry, variants] as const);
  console.table(result);
} finally {
  await browser.close();
  server.close();
}
