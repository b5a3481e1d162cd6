import { existsSync } from 'node:fs';
import path from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import { startServer } from './configure-page.bench';
import { STATIC_ROUTE } from './first-load-js';
import { startBareNext } from './lighthouse/bare-next';
import { lcpElement, lighthouseCommand, median, runLighthouse, type LighthouseReport } from './lighthouse/cli';
import { round, warmUp, type BenchRun, type Metrics } from './lib';

/**
 * Lighthouse mobile (its default: a mid-range phone, simulated slow 4G and CPU slowdown) on the
 * production build, issue #14 §3: the home page and the configurator, median of 5 runs each, with
 * a static text page measured the same way as the floor any page of the site starts from. For each:
 * performance score, LCP, CLS, TBT, FCP, and in how many runs the LCP element was a car still
 * (the server-rendered <img data-still>, CarStill.tsx) rather than text or the 3D canvas.
 * Needs `npx next build`; starts the production server on BENCH_PORT (default 3208) the way the
 * other benches do, unless BENCH_URL. Run it alone (`flock /tmp/heavy.lock`): TBT is CPU time.
 */

const root = path.resolve(import.meta.dirname, '..');
const RUNS = 5;
const PAGES: { name: string; route: string; targets: { score?: string; lcp?: string; cls?: string } }[] = [
  { name: 'home', route: '/', targets: { score: '>= 95' } },
  { name: 'configure', route: '/configure/horizon', targets: { score: '>= 95', lcp: '<= 1800 ms', cls: '<= 0.02' } },
  { name: 'static page', route: STATIC_ROUTE, targets: {} },
];

function summarise(metrics: Metrics, name: string, targets: (typeof PAGES)[number]['targets'], reports: LighthouseReport[]): void {
  const pick = (id: string) => reports.map((r) => r.audits[id]?.numericValue ?? Number.NaN);
  const scores = reports.map((r) => Math.round((r.categories.performance.score ?? 0) * 100));
  const put = (metric: string, value: number, unit: string, target?: string) => {
    metrics[`${name}: ${metric}`] = { value, unit, ...(target ? { target } : {}) };
  };
  put(`performance (median of ${reports.length})`, median(scores), `score (runs ${scores.join('/')})`, targets.score);
  put('LCP (median)', round(median(pick('largest-contentful-paint')), 0), 'ms', targets.lcp);
  put('CLS (median)', round(median(pick('cumulative-layout-shift')), 3), 'score', targets.cls);
  put('TBT (median)', round(median(pick('total-blocking-time')), 0), 'ms');
  put('FCP (median)', round(median(pick('first-contentful-paint')), 0), 'ms');
  const elements = reports.map(lcpElement);
  const stills = elements.filter((n) => n?.snippet?.includes('data-still=')).length;
  const labels = [...new Set(elements.map((n) => (n ? `${n.selector ?? ''} ${n.snippet ?? ''}`.trim().slice(0, 160) : 'none')))];
  put('LCP element is a car still <img>', stills, `of ${reports.length} runs (${labels.join(' ; ')})`, name === 'static page' || name === 'bare Next.js page' ? undefined : `${reports.length} of ${reports.length}`);
}

/**
 * The same pages under throttling that is applied, not simulated (Lighthouse's DevTools method:
 * the browser really gets slow 4G and a 4x slower CPU). Not the measure, which is the
 * default simulated one: it shows when the still really paints on such a phone. The simulation
 * counts every script that finished downloading before the observed paint, which on a local
 * server is all of them (HTTP/1.1, six cold connections); here the scripts are still arriving when
 * the still paints, so LCP is about FCP.
 */
function measureAppliedThrottling(metrics: Metrics, cmd: string[], pages: { name: string; url: string }[]): void {
  for (const page of pages) {
    const reports = Array.from({ length: 3 }, () => runLighthouse(cmd, page.url, ['--throttling-method=devtools']));
    const pick = (id: string) => round(median(reports.map((r) => r.audits[id]?.numericValue ?? Number.NaN)), 0);
    const scores = reports.map((r) => Math.round((r.categories.performance.score ?? 0) * 100));
    const name = `${page.name}, applied throttling`;
    metrics[`${name}: performance (median of 3)`] = { value: median(scores), unit: `score (runs ${scores.join('/')})` };
    metrics[`${name}: LCP (median)`] = { value: pick('largest-contentful-paint'), unit: 'ms' };
    metrics[`${name}: FCP (median)`] = { value: pick('first-contentful-paint'), unit: 'ms' };
    metrics[`${name}: TBT (median)`] = { value: pick('total-blocking-time'), unit: 'ms' };
  }
}

export default (async () => {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) throw new Error('No production build: run `npx next build` first');
  const cmd = lighthouseCommand();
  if (!cmd) throw new Error('lighthouse is not installed (npm install, or set LIGHTHOUSE_BIN)');
  const port = Number(process.env.BENCH_PORT ?? 3208);
  const base = process.env.BENCH_URL ?? `http://127.0.0.1:${port}`;
  const server = process.env.BENCH_URL ? null : await startServer(port);
  const bare = await startBareNext(port + 1);
  const pages = [...PAGES.map((p) => ({ ...p, url: `${base}${p.route}` })), { name: 'bare Next.js page', url: bare.url, targets: {} }];
  const loadAtStart = loadavg()[0] ?? 0;
  const metrics: Metrics = {};
  try {
    // One unmeasured visit per page fills the server's caches.
    for (const page of pages) await warmUp(page.url);
    // Pages take turns, so a busy moment of the shared machine does not fall on one page's runs.
    const reports = new Map<string, LighthouseReport[]>(pages.map((p) => [p.name, []]));
    for (let i = 0; i < RUNS; i++) for (const page of pages) reports.get(page.name)?.push(runLighthouse(cmd, page.url));
    for (const page of pages) summarise(metrics, page.name, page.targets, reports.get(page.name) ?? []);
    measureAppliedThrottling(metrics, cmd, pages.filter((p) => p.name === 'home' || p.name === 'configure'));
    // Scores depend on the host's speed: Lighthouse's CPU slowdown is a fixed 4x of this machine.
    const index = [...reports.values()].flat().map((r) => r.environment?.benchmarkIndex ?? Number.NaN);
    metrics['host CPU: Lighthouse benchmarkIndex (median)'] = { value: round(median(index), 0), unit: 'index (Lighthouse warns below 1000)' };
    metrics['machine load (1-min average: start, end)'] = { value: round(loadAtStart, 1), unit: `load (end ${round(loadavg()[0] ?? 0, 1)}, ${availableParallelism()} cores)` };
  } finally {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
    bare.stop();
  }
  return metrics;
}) satisfies BenchRun;
