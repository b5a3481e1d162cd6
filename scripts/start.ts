import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseServerEnv } from '../lib/env';
import { buildFingerprint } from './build-fingerprint';
import { DataDirLockedError } from './data-dir-lock';
import { deployMigrations } from './db/migrate-deploy';
import { dataDir, ensureAuthSecret, projectRoot } from './runtime-config';
import { openDatabase } from './with-database';
import { seedIfEmpty } from '../prisma/seed/seed-world';

/**
 * `npm start`: database (embedded PGlite unless DATABASE_URL is set) → migrations → seed when
 * empty → production build when missing or stale → the app's HTTP server (scripts/serve.ts: Next
 * behind a server that stamps the client address from the socket). `--dev` serves `next dev`.
 */
const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
const nextBin = path.join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next');

function ensureBuild(env: NodeJS.ProcessEnv): void {
  const marker = path.join(projectRoot, '.next', 'virage-build-fingerprint');
  const fingerprint = buildFingerprint(projectRoot);
  const upToDate = existsSync(path.join(projectRoot, '.next', 'BUILD_ID')) && existsSync(marker) && readFileSync(marker, 'utf8') === fingerprint;
  if (upToDate || process.env.VIRAGE_SKIP_BUILD === '1') return;
  console.log('[virage] building the production bundle (next build)…');
  const result = spawnSync(process.execPath, [nextBin, 'build'], { cwd: projectRoot, env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('next build failed');
  writeFileSync(marker, fingerprint);
}

async function main() {
  // Check the operator's variables before touching any data; the launcher fills in the rest.
  parseServerEnv({
    ...process.env,
    DATABASE_URL: process.env.DATABASE_URL ?? 'postgresql://embedded',
    BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? 'generated-for-the-embedded-demo-000000',
  });
  const database = await openDatabase();
  const embedded = database.embedded !== null;
  console.log(embedded ? `[virage] embedded PostgreSQL (PGlite) in ${dataDir()}` : '[virage] PostgreSQL from DATABASE_URL');
  const stop = async (code: number) => {
    await database.close();
    process.exit(code);
  };
  try {
    await deployMigrations(database.url);
    const seeded = await seedIfEmpty(database.url);
    if (seeded) console.log(`[virage] seeded: ${seeded.dealerships} dealerships, ${seeded.stock} stock vehicles, ${seeded.users} demo accounts`);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      VIRAGE_EMBEDDED_DB: embedded ? '1' : '0',
      BETTER_AUTH_SECRET: ensureAuthSecret(dataDir()),
      APP_URL: process.env.APP_URL ?? `http://localhost:${port}`,
      NODE_ENV: dev ? 'development' : 'production',
    };
    parseServerEnv(env);
    if (!dev) ensureBuild(env);
    // A process of its own (not this one, which runs the embedded database), as `next start` was.
    const serve = path.join(projectRoot, 'scripts', 'serve.ts');
    const child = spawn(process.execPath, ['--import', 'tsx', serve, ...(dev ? ['--dev'] : [])], { cwd: projectRoot, env: { ...env, PORT: String(port), HOST: host }, stdio: 'inherit' });
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
    child.on('exit', (code) => void stop(code ?? 0));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stop(1);
  }
}

main().catch((error: unknown) => {
  if (error instanceof DataDirLockedError || (error instanceof Error && error.message.startsWith('Invalid environment'))) console.error(`\n[virage] ${error.message}\n`);
  else console.error(error);
  process.exit(1);
});
