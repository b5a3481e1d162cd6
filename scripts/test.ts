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
type Result = { name: string; ok: boolean; seconds: number };

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
    const child = spawn(stage.command, stage.args, { cwd: projectRoot, stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...stage.env } });
    const output: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
    let finished = false;
    const finish = (ok: boolean) => {
      if (finished) return; // 'error' (could not start) may be followed by 'close'
      finished = true;
      if (!alone) process.stdout.write(`\n=== ${stage.name} ===\n${Buffer.concat(output).toString()}`);
      resolve({ name: stage.name, ok, seconds: Math.round((Date.now() - started) / 1000) });
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
  for (const skipped of step.filter((stage) => !runnable.includes(stage))) results.push({ name: skipped.name, ok: false, seconds: 0 });
  results.push(...(await Promise.all(runnable.map((stage) => run(stage, runnable.length === 1)))));
}

console.log('\n=== summary ===');
for (const r of results) console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name} (${r.seconds}s)`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
