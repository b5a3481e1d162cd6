import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { projectRoot } from './runtime-config';

/**
 * Playwright's web server for e2e-instances/: two app instances (the normal launcher, production
 * build, no rebuild) on one throwaway PostgreSQL database, as in a scaled-out deployment. A starts
 * first (migrations, seed); B starts once A answers, on the same database and data directory (same
 * auth secret). The database is dropped when Playwright stops this process.
 */
const server = process.env.E2E_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const portA = Number(process.env.E2E_PORT ?? 3100);
const portB = Number(process.env.E2E_PORT_B ?? portA + 100);
const name = `virage_e2e_two_${process.pid}`;
const dir = path.join(projectRoot, '.data', 'e2e-two');
const databaseUrl = (() => {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
})();

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const children: ChildProcess[] = [];

function instance(port: number): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'scripts', 'start.ts')], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      VIRAGE_DATA_DIR: dir,
      VIRAGE_SKIP_BUILD: '1',
      PORT: String(port),
      HOST: '127.0.0.1',
      APP_URL: `http://127.0.0.1:${port}`,
      AUTH_SIGNIN_LIMIT_PER_MINUTE: '1000',
      RATE_LIMIT_FACTOR: '1000',
    },
  });
  children.push(child);
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`[e2e-two] instance on ${port} exited (${code})`);
      void stop(1);
    }
  });
  return child;
}

async function healthy(port: number): Promise<void> {
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

let stopping = false;
async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  await Promise.all(children.map((child) => new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  })));
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch((error: unknown) => console.error('[e2e-two] could not drop', name, error));
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(0));

rmSync(dir, { recursive: true, force: true });
await admin(`CREATE DATABASE ${name}`);
instance(portA);
await healthy(portA);
instance(portB);
await healthy(portB);
console.log(`[e2e-two] instances on ${portA} and ${portB}, database ${name}`);
