import { spawn } from 'node:child_process';
import { projectRoot } from './runtime-config';

/**
 * `npm test`: typecheck (tsc) and lint (ESLint, import boundaries included) first, then unit tests,
 * DB integration tests on PGlite (and on PostgreSQL when TEST_DATABASE_URL is set), then Playwright
 * against a production build (and, with TEST_DATABASE_URL, against two instances on one database).
 * Every stage runs even when an earlier one failed, so one run reports everything; the exit code is
 * non-zero if any failed.
 *
 * Stages in one step run side by side: tsc and ESLint are single-threaded, and each DB run keeps to
 * one test file at a time on its own database (a fresh PGlite, a throwaway PostgreSQL database), so
 * on CI's two cores they take about the time of the longer one instead of the sum. Their output is
 * printed whole when each ends, so it never interleaves. The browser stages run alone: they measure
 * nothing, but a starved server makes their waits flaky.
 */
type Stage = { name: string; command: string; args: string[]; env?: Record<string, string> };
type Result = { name: string; ok: boolean; seconds: number; output: string };

const npx = (args: string[]): Pick<Stage, 'command' | 'args'> => ({ command: 'npx', args });
const withPostgres = Boolean(process.env.TEST_DATABASE_URL);
const steps: Stage[][] = [
  [
    { name: 'typecheck', ...npx(['tsc', '--noEmit']) },
    { name: 'lint', ...npx(['eslint', '--max-warnings', '0', '.']) },
  ],
  [{ name: 'unit', ...npx(['vitest', 'run', '--project', 'unit']) }],
  [
    { name: 'db (PGlite)', ...npx(['vitest', 'run', '--project', 'db']), env: { VIRAGE_TEST_TARGET: 'pglite' } },
    ...(withPostgres ? [{ name: 'db (PostgreSQL)', ...npx(['vitest', 'run', '--project', 'db']), env: { VIRAGE_TEST_TARGET: 'postgres' } }] : []),
  ],
];
if (process.env.VIRAGE_SKIP_E2E !== '1') {
  steps.push([{ name: 'build', ...npx(['next', 'build']), env: { NEXT_TELEMETRY_DISABLED: '1' } }]);
  steps.push([{ name: 'e2e', ...npx(['playwright', 'test']) }]);
  // Two app instances on one PostgreSQL database: what must cross instances (the chat's fan-out).
  if (withPostgres) {
    steps.push([{ name: 'e2e (two instances)', ...npx(['playwright', 'test', '--config', 'playwright.instances.config.ts']), env: { E2E_PG_URL: process.env.TEST_DATABASE_URL ?? '' } }]);
  }
}

/** Runs a stage; alone it streams its output, beside others it prints it whole at the end. */
function run(stage: Stage, alone: boolean): Promise<Result> {
  const started = Date.now();
  if (alone) console.log(`\n=== ${stage.name} ===`);
  return new Promise((resolve) => {
    const child = spawn(stage.command, stage.args, { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...stage.env } });
    const output: Buffer[] = [];
    const keep = (to: NodeJS.WriteStream) => (chunk: Buffer) => {
      output.push(chunk);
      if (alone) to.write(chunk);
    };
    child.stdout.on('data', keep(process.stdout));
    child.stderr.on('data', keep(process.stderr));
    let finished = false;
    const finish = (ok: boolean) => {
      if (finished) return; // 'error' (could not start) may be followed by 'close'
      finished = true;
      if (!alone) process.stdout.write(`\n=== ${stage.name} ===\n${Buffer.concat(output).toString()}`);
      resolve({ name: stage.name, ok, seconds: Math.round((Date.now() - started) / 1000), output: Buffer.concat(output).toString() });
    };
    child.on('error', (error) => {
      output.push(Buffer.from(`${error.message}\n`));
      finish(false);
    });
    child.on('close', (code) => finish(code === 0));
  });
}

const results: Result[] = [];
for (const step of steps) {
  const buildFailed = results.some((r) => r.name === 'build' && !r.ok);
  const runnable = step.filter((stage) => !(stage.name.startsWith('e2e') && buildFailed));
  for (const skipped of step.filter((stage) => !runnable.includes(stage))) results.push({ name: skipped.name, ok: false, seconds: 0, output: 'not run: the build failed' });
  results.push(...(await Promise.all(runnable.map((stage) => run(stage, runnable.length === 1)))));
}

console.log('\n=== summary ===');
for (const r of results) console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name} (${r.seconds}s)`);
// Last, so that a log cut to its tail still names what failed and why.
for (const r of results.filter((result) => !result.ok)) console.log(`\n=== what failed in ${r.name} ===\n${failureLines(r.output).join('\n')}`);

/**
 * What names the failure, short enough for the last 25 lines of a log: the failed tests (or files,
 * or type errors) first, then the first error lines, each once, 12 lines in all.
 */
function failureLines(output: string): string[] {
  // eslint-disable-next-line no-control-regex -- colour codes are control characters
  const lines = output.replace(/\u001b\[[0-9;]*m/g, '').split('\n').map((line) => line.trim()).filter((line) => line.length > 0 && !line.startsWith('[WebServer]'));
  const names = lines.filter((line) => /^(✘|×)|\bFAIL\b|error TS\d+|\d+:\d+\s+error\b/.test(line));
  const errors = lines.filter((line) => /^(Error|TypeError|AssertionError)\b|Timeout|timed out|^Expected|^Received/.test(line));
  const picked = [...new Set([...names.slice(0, 6), ...errors])].slice(0, 12);
  return picked.length > 0 ? picked : lines.slice(-12);
}
process.exit(results.every((r) => r.ok) ? 0 : 1);
