import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

// The native schema engine cannot be downloaded offline: the CLI runs our Wasm-based stand-in instead.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'scripts/prisma-engine/schema-engine.mjs',
);

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
    seed: 'tsx prisma/seed.ts',
  },
  // `generate` and `validate` need no database, so an unset DATABASE_URL is not an error here.
  datasource: {
    url: process.env.DATABASE_URL,
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL,
  },
});
