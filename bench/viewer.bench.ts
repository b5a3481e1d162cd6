import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, systemChromium } from '../scripts/chromium';
import { availableParallelism, loadavg } from 'node:os';
import { startServer } from './configure-page.bench';
import { firstLoadMetrics } from './first-load-js';
import { percentile, round, warmUp, type BenchRun, type Metrics } from './lib';
import { clickToFrame, lcp, navigationToFrame, openPage, orbit, swapsToFrame, type Viewport } from './viewer/measure';

/**
 * The 3D configurator in Chromium with software GL (SwiftShader, the CI browser): time to the
 * first car frame, frame cost while orbiting, swap latency, bytes, idle frames; beside it a bare
 * r3f canvas with one lit box at the same CSS size (/bench/box) so the ratio says what the car
 * costs. Needs `npx next build`; starts its own server on BENCH_PORT (default 3206) unless BENCH_URL.
 * The previous run's numbers become `baseline` (the first recorded run stays the baseline).
 */

const ROUTE = '/configure/horizon';
const VIEWPORTS: Viewport[] = [
  { name: 'desktop 1350×940', width: 1350, height: 940, dpr: 1 },
  { name: 'phone 390×844 DPR3', width: 390, height: 844, dpr: 3 },
];
const CANVAS = '[data-testid="car-viewer"] canvas';

function previousBaselines(): Record<string, number> {
  const file = path.join(import.meta.dirname, 'results', 'viewer.json');
  if (!existsSync(file)) return {};
  const prev = JSON.parse(readFileSync(file, 'utf8')) as { metrics: Metrics };
  return Object.fromEntries(Object.entries(prev.metrics).map(([k, m]) => [k, m.baseline ?? m.value]));
}

export default (async () => {
  if (!existsSync(path.join(import.meta.dirname, '..', '.next', 'BUILD_ID'))) throw new Error('No production build: run `npx next build` first');
  const port = Number(process.env.BENCH_PORT ?? 3206);
  const base = process.env.BENCH_URL ?? `http://127.0.0.1:${port}`;
  const server = process.env.BENCH_URL ? null : await startServer(port);
  const browser = await chromium.launch({ executablePath: systemChromium, args: chromiumArgs });
  const metrics: Metrics = {};
  const external: string[] = [];
  const loadAtStart = loadavg()[0] ?? 0;
  try {
    await warmUp(`${base}${ROUTE}`);
    for (const vp of VIEWPORTS) {
      const put = (name: string, value: number, unit: string, target?: string) => {
        metrics[`${vp.name}: ${name}`] = { value: round(value, 1), unit, ...(target ? { target } : {}) };
      };
      // 3D started at once (as remembered after a first click): navigation, bytes, orbit, swaps.
      const a = await openPage(browser, vp, { start3d: true });
      put('navigation → first car frame', await navigationToFrame(a.page, `${base}${ROUTE}`), 'ms');
      put('bytes to first car frame', a.bytes() / 1024, 'KB');
      const paint = await lcp(a.page);
      metrics[`${vp.name}: LCP`] = { value: round(paint.ms, 0), unit: `ms (${paint.element})` };
      const size = await a.page.locator(CANVAS).evaluate((c: HTMLCanvasElement) => `${c.clientWidth}×${c.clientHeight} css, ${c.width}×${c.height} px`);
      const car = await orbit(a.page, CANVAS);
      put('orbit frame p50', percentile(car.frameMs, 50), `ms (canvas ${size}, ${car.frameMs.length + 1} frames)`, vp.dpr === 1 ? '<= 1/5 of baseline' : undefined);
      put('orbit frame p95', percentile(car.frameMs, 95), 'ms');
      put('orbit fps', 1000 / percentile(car.frameMs, 50), 'frames/s', vp.dpr === 1 ? '>= 7' : undefined);
      put('draw calls per frame', car.drawsPerFrame, 'count');
      put('indices per frame', car.indicesPerFrame, 'count');
      put('rendering after release', car.settleMs, 'ms', '<= 1000 ms');
      put('idle frames (2 s, nothing moving)', car.idleFrames, 'frames', '0');
      const paints = await swapsToFrame(a.page, 'Peinture', [/Rouge Vif/, /#c1121f/], [/Blanc Glacier/, /#eef1f2/]);
      put('paint swap → frame', percentile(paints, 50), `ms (median of ${paints.map(Math.round).join('/')})`, '<= 500 ms');
      const wheels = await swapsToFrame(a.page, 'Jantes', [/Sport 19/, /\|sport\|/], [/Aéro/, /\|aero\|/]);
      put('wheel swap → frame', percentile(wheels, 50), `ms (median of ${wheels.map(Math.round).join('/')})`, '<= 500 ms');
      external.push(...a.external);
      await a.context.close();

      // A metallic paint: its flake (paint-flake.ts) is shaded on every body pixel.
      if (vp.dpr === 1) {
        const m = await openPage(browser, vp, { start3d: true });
        await navigationToFrame(m.page, `${base}${ROUTE}?p=gris-titane`);
        const metallic = await orbit(m.page, CANVAS);
        put('orbit frame p50, metallic paint', percentile(metallic.frameMs, 50), `ms (${metallic.frameMs.length + 1} frames)`);
        put('orbit frame p95, metallic paint', percentile(metallic.frameMs, 95), 'ms');
        external.push(...m.external);
        await m.context.close();
      }

      // First visit on software GL: 2D first, 3D on a click.
      const b = await openPage(browser, vp, { start3d: false });
      put('click → first car frame', await clickToFrame(b.page, `${base}${ROUTE}`, /Afficher en 3D/), 'ms');
      external.push(...b.external);
      await b.context.close();

      // The reference: one lit box in a bare canvas of the same CSS size.
      const [w, h] = size.split(/[×\s]/).map(Number);
      const c = await openPage(browser, vp, { start3d: false });
      put('box: navigation → first frame', await navigationToFrame(c.page, `${base}/bench/box?w=${w}&h=${h}`), 'ms');
      const box = await orbit(c.page, '[data-testid="bench-box"] canvas');
      put('box: orbit frame p50', percentile(box.frameMs, 50), 'ms');
      put('box: orbit frame p95', percentile(box.frameMs, 95), 'ms');
      put('car/box frame ratio (p50)', percentile(car.frameMs, 50) / percentile(box.frameMs, 50), '×');
      external.push(...c.external);
      await c.context.close();
    }
    metrics['requests leaving 127.0.0.1'] = { value: external.length, unit: 'count', target: '0' };
    // The 3D chunk stays lazy: what /configure/<model> loads first, measured on the same build.
    Object.assign(metrics, await firstLoadMetrics(base, ROUTE, path.join(import.meta.dirname, '..', '.next'), '<= 184 KB'));
    // The machine is shared: its load says how much the timings above can be trusted.
    metrics['machine load (1-min average: start, end)'] = { value: round(loadAtStart, 1), unit: `load (end ${round(loadavg()[0] ?? 0, 1)}, ${availableParallelism()} cores)` };
  } finally {
    await browser.close();
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  }
  const baselines = previousBaselines();
  for (const [k, m] of Object.entries(metrics)) if (k in baselines) m.baseline = baselines[k];
  return metrics;
}) satisfies BenchRun;
