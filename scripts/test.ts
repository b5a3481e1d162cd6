import { spawnSync } from 'node:child_process';
import { projectRoot } from './runtime-config';

/**
 * `npm test`: typecheck (tsc) and lint (ESLint, import boundaries included) first, then unit tests,
 * DB integration tests on PGlite (and on PostgreSQL when TEST_DATABASE_URL is set), then Playwright
 * against a production build (and, with TEST_DATABASE_URL, against two instances on one database).
 * Every stage runs even when an earlier one failed, so one run reports everything; the exit code is
 * non-zero if any failed.
 */
type Stage = { name: string; command: string; args: string[]; env?: Record<string, string> };

const npx = (args: string[]) => ({ command: 'npx', args });
const stages: Stage[] = [
  { name: 'typecheck', ...npx(['tsc', '--noEmit']) },
  { name: 'lint', ...npx(['eslint', '--max-warnings', '0', '.']) },
  { name: 'unit', ...npx(['vitest', 'run', '--project', 'unit']) },
  { name: 'db (PGlite)', ...npx(['vitest', 'run', '--project', 'db']), env: { VIRAGE_TEST_TARGET: 'pglite' } },
];
if (process.env.TEST_DATABASE_URL) {
  stages.push({ name: 'db (PostgreSQL)', ...npx(['vitest', 'run', '--project', 'db']), env: { VIRAGE_TEST_TARGET: 'postgres' } });
}
if (process.env.VIRAGE_SKIP_E2E !== '1') {
  stages.push({ name: 'build', ...npx(['next', 'build']), env: { NEXT_TELEMETRY_DISABLED: '1' } });
  stages.push({ name: 'e2e', ...npx(['playwright', 'test']) });
  // Two app instances on one PostgreSQL database: what must cross instances (the chat's fan-out).
  if (process.env.TEST_DATABASE_URL) {
    stages.push({ name: 'e2e (two instances)', ...npx(['playwright', 'test', '--config', 'playwright.instances.config.ts']), env: { E2E_PG_URL: process.env.TEST_DATABASE_URL } });
  }
}

const results: Array<{ name: string; ok: boolean; seconds: number }> = [];
for (const stage of stages) {
  if (stage.name.startsWith('e2e') && results.some((r) => r.name === 'build' && !r.ok)) {
    results.push({ name: stage.name, ok: false, seconds: 0 });
    continue;
  }
  console.log(`\n=== ${stage.name} ===`);
  const started = Date.now();
  const run = spawnSync(stage.command, stage.args, { cwd: projectRoot, stdio: 'inherit', env: { ...process.env, ...stage.env } });
  results.push({ name: stage.name, ok: run.status === 0, seconds: Math.round((Date.now() - started) / 1000) });
}

console.log('\n=== summary ===');
for (const r of results) console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name} (${r.seconds}s)`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
