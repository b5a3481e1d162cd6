import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type Metric = { value: number; unit: string; target?: string; baseline?: number };
export type Metrics = Record<string, Metric>;
/** A bench file's default export: measures and returns its metrics; the runner records them. */
export type BenchRun = () => Promise<Metrics>;

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** Times `fn` `iterations` times after `warmup` runs; returns milliseconds per call. */
export async function sampleMs(fn: () => unknown, iterations: number, warmup = Math.min(50, iterations)): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples;
}

export const round = (n: number, digits = 3) => Number(n.toFixed(digits));

function currentCommit(): string {
  try {
    return execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return 'uncommitted';
  }
}

/**
 * One unmeasured visit that fills the server's caches. The body is read to the end: a response left
 * unread holds its keep-alive socket, which the server closes while the measured runs go on, and
 * the next fetch on it then fails with "other side closed".
 */
export async function warmUp(url: string): Promise<void> {
  try {
    await (await fetch(url)).arrayBuffer();
  } catch {
    // The pooled keep-alive socket can be closed by the server (its 5 s idle timeout) just as the
    // request goes out ("other side closed", nothing read): once more, on a new socket.
    await (await fetch(url)).arrayBuffer();
  }
}

export function recordBench(name: string, metrics: Metrics): void {
  const dir = path.join(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const result = { bench: name, date: new Date().toISOString(), commit: currentCommit(), metrics };
  writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(result, null, 2) + '\n');
  console.log(`\n## ${name}`);
  console.table(
    Object.fromEntries(
      Object.entries(metrics).map(([k, m]) => [k, { value: m.value, unit: m.unit, target: m.target ?? '', baseline: m.baseline ?? '' }]),
    ),
  );
}
