import { isMainModule, redactUrl, runPrismaCli } from './prisma-cli';

export type DeployOptions = {
  /** Project directory the CLI runs in (default: this repository). */
  cwd?: string;
  /** Prisma config file (default: the project's prisma.config.ts). */
  configPath?: string;
};

/**
 * Applies the pending migrations of prisma/migrations to `databaseUrl` with the stock
 * `prisma migrate deploy` (offline through the Wasm engine stand-in). Throws with the CLI's
 * output when it fails.
 */
export async function deployMigrations(databaseUrl: string, { cwd, configPath }: DeployOptions = {}): Promise<void> {
  const args = ['migrate', 'deploy', ...(configPath ? ['--config', configPath] : [])];
  const { code, output } = await runPrismaCli(args, { cwd, env: { DATABASE_URL: databaseUrl } });
  if (code !== 0) {
    throw new Error(`prisma migrate deploy failed (exit code ${code}) on ${redactUrl(databaseUrl)}:\n${output.trim()}`);
  }
}

if (isMainModule(import.meta.url)) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('Set DATABASE_URL to the database to migrate.');
    process.exit(1);
  }
  deployMigrations(url).then(
    () => console.log(`Migrations applied to ${redactUrl(url)}.`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
