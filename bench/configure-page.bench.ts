import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { firstLoadMetrics } from './first-load-js';
import { round, warmUp, type BenchRun, type Metrics } from './lib';
import { lighthouseCommand, median, runLighthouse, type LighthouseReport } from './lighthouse/cli';

/**
 * The configurator page on a production build: Lighthouse mobile (median of 3) and the route's
 * first-load JS (bench/first-load-js.ts: the scripts its HTML carries, beside a static page's). Needs `next build` done in this directory (never in the shared checkout: use a copy).
 * BENCH_URL=http://host:port uses a running server instead of starting one (on BENCH_PORT, default 3130).
 * Lighthouse comes from LIGHTHOUSE_BIN, node_modules/.bin, or `npx --no-install lighthouse`
 * (bench/lighthouse/cli.ts; `npm run bench -- lighthouse` measures the home, configure and static pages).
 */

const root = path.resolve(import.meta.dirname, '..');
const nextDir = path.join(root, '.next');
const ROUTE = '/configure/horizon';
/** Also measured: the home page (hero still and lineup pictures). */
const HOME = '/';
const RUNS = 3;

/** The lazily loaded 3D viewer chunks are not first-load: reported apart, for information. */
function largestStaticChunksKb(dir = nextDir): number {
  const chunks = path.join(dir, 'static', 'chunks');
  if (!existsSync(chunks)) return 0;
  return round(readdirSync(chunks).filter((f) => f.endsWith('.js')).reduce((max, f) => Math.max(max, statSync(path.join(chunks, f)).size), 0) / 1024, 1);
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export async function startServer(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/e2e-server.ts'], {
    cwd: root,
    env: { ...process.env, E2E_PORT: String(port), VIRAGE_WORKERS: 'off' },
    stdio: 'ignore',
    detached: true,
  });
  await waitFor(`http://127.0.0.1:${port}/api/health`, 240_000);
  return child;
}

function summarise(metrics: Metrics, prefix: string, reports: LighthouseReport[]): void {
  const pick = (id: string) => reports.map((r) => r.audits[id]?.numericValue ?? Number.NaN);
  const scores = reports.map((r) => Math.round((r.categories.performance.score ?? 0) * 100));
  metrics[`${prefix}lighthouse performance (median of 3)`] = { value: median(scores), unit: 'score', target: '>= 95' };
  metrics[`${prefix}lighthouse performance runs`] = { value: Math.min(...scores), unit: `min (runs ${scores.join('/')})` };
  metrics[`${prefix}LCP (median)`] = { value: round(median(pick('largest-contentful-paint')), 0), unit: 'ms', target: '<= 1800 ms' };
  metrics[`${prefix}CLS (median)`] = { value: round(median(pick('cumulative-layout-shift')), 3), unit: 'score', target: '<= 0.02' };
  metrics[`${prefix}TBT (median)`] = { value: round(median(pick('total-blocking-time')), 0), unit: 'ms' };
  metrics[`${prefix}FCP (median)`] = { value: round(median(pick('first-contentful-paint')), 0), unit: 'ms' };
}

export default (async () => {
  if (!existsSync(path.join(nextDir, 'BUILD_ID'))) throw new Error('No production build: run `npx next build` first (in your own copy of the project)');
  const port = Number(process.env.BENCH_PORT ?? 3130);
  const base = process.env.BENCH_URL ?? `http://127.0.0.1:${port}`;
  const server = process.env.BENCH_URL ? null : await startServer(port);
  const metrics: Metrics = { 'largest static chunk (lazy 3D viewer)': { value: largestStaticChunksKb(), unit: 'KB' } };
  try {
    Object.assign(metrics, await firstLoadMetrics(base, ROUTE, nextDir, '<= 184 KB'));
    const cmd = lighthouseCommand();
    if (!cmd) {
      console.warn('lighthouse is not installed: only first-load JS is measured (install it, or set LIGHTHOUSE_BIN)');
    } else {
      // One unmeasured visit warms the server (first render compiles nothing but fills caches).
      await warmUp(`${base}${ROUTE}`);
      summarise(metrics, '', Array.from({ length: RUNS }, () => runLighthouse(cmd, `${base}${ROUTE}`)));
      await warmUp(`${base}${HOME}`);
      summarise(metrics, 'home: ', Array.from({ length: RUNS }, () => runLighthouse(cmd, `${base}${HOME}`)));
    }
  } finally {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  }
  // The previous run's numbers (or its own baseline) stay beside the new ones.
  const previous = path.join(root, 'bench', 'results', 'configure-page.json');
  if (existsSync(previous)) {
    const prev = (JSON.parse(readFileSync(previous, 'utf8')) as { metrics: Metrics }).metrics;
    for (const [k, m] of Object.entries(metrics)) {
      const p = prev[k];
      if (p) m.baseline = p.baseline ?? p.value;
    }
  }
  return metrics;
}) satisfies BenchRun;
