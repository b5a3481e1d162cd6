import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromiumArgs, systemChromium } from '../../scripts/chromium';

/**
 * Lighthouse's command line (the npm `lighthouse` package, a devDependency) run against a page:
 * mobile form factor and simulated throttling (its defaults), performance category only, in
 * Debian's Chromium headless with the project's flags (software GL, no outside look-ups).
 * It prints no score: the JSON report is read.
 */

const root = path.resolve(import.meta.dirname, '..', '..');
const CHROME_FLAGS = ['--headless=new', ...chromiumArgs].join(' ');

/** A DOM node as Lighthouse reports it (the LCP element among others). */
export type ReportNode = { type: 'node'; snippet?: string; selector?: string; nodeLabel?: string };

export type LighthouseReport = {
  categories: { performance: { score: number | null } };
  audits: Record<string, { numericValue?: number; details?: unknown }>;
  runtimeError?: { code: string; message: string };
  /** Lighthouse's CPU benchmark of the host (it warns below 1000: its 4x slowdown then over-throttles). */
  environment?: { benchmarkIndex?: number };
};

/** LIGHTHOUSE_BIN, then node_modules/.bin, then `npx --no-install`; null when it is not installed. */
export function lighthouseCommand(): string[] | null {
  const fromEnv = process.env.LIGHTHOUSE_BIN;
  if (fromEnv && existsSync(fromEnv)) return [fromEnv];
  const local = path.join(root, 'node_modules', '.bin', 'lighthouse');
  if (existsSync(local)) return [local];
  try {
    execFileSync('npx', ['--no-install', 'lighthouse', '--version'], { stdio: 'ignore', cwd: root, timeout: 60_000 });
    return ['npx', '--no-install', 'lighthouse'];
  } catch {
    return null;
  }
}

/**
 * A failed run is retried, twice at most: Lighthouse's trace recording sometimes fails on a healthy
 * page (NO_NAVSTART), while a page that really fails fails all three attempts.
 */
export function runLighthouse(cmd: string[], url: string, extraArgs: string[] = [], attempts = 3): LighthouseReport {
  let last: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return runLighthouseOnce(cmd, url, extraArgs);
    } catch (error) {
      last = error;
    }
  }
  throw last;
}

function runLighthouseOnce(cmd: string[], url: string, extraArgs: string[]): LighthouseReport {
  const [bin = 'npx', ...pre] = cmd;
  let out: Buffer;
  try {
    out = execFileSync(bin, [...pre, url, '--output=json', '--output-path=stdout', '--quiet', '--only-categories=performance', ...extraArgs, `--chrome-flags=${CHROME_FLAGS}`], {
      cwd: root,
      env: { ...process.env, ...(systemChromium ? { CHROME_PATH: systemChromium } : {}) },
      maxBuffer: 256 * 1024 * 1024,
      timeout: 180_000,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    // Lighthouse exits non-zero on a runtime error: keep its one-line reason, not the buffers.
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim().split('\n').at(-1) ?? String(error);
    throw new Error(`lighthouse ${url}: ${stderr}`, { cause: error });
  }
  const report = JSON.parse(out.toString()) as LighthouseReport;
  // A page that could not be loaded still gives a report, with no score: say why instead.
  if (report.runtimeError) throw new Error(`lighthouse ${url}: ${report.runtimeError.code} ${report.runtimeError.message}`);
  return report;
}

function findNode(details: unknown): ReportNode | null {
  if (!details || typeof details !== 'object') return null;
  if ((details as { type?: unknown }).type === 'node') return details as ReportNode;
  for (const value of Object.values(details)) {
    const hit = findNode(value);
    if (hit) return hit;
  }
  return null;
}

/** The page's largest contentful paint element, from the audit that names it (its id changed across versions). */
export function lcpElement(report: LighthouseReport): ReportNode | null {
  for (const id of ['largest-contentful-paint-element', 'lcp-breakdown-insight', 'lcp-discovery-insight']) {
    const node = findNode(report.audits[id]?.details);
    if (node) return node;
  }
  return null;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
