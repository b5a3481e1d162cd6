import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // The guard package throws outside React Server Components; tests call server code directly.
      'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js'),
    },
  },
  test: {
    env: { TZ: 'UTC' },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['modules/**/*.test.ts', 'lib/**/*.test.ts', 'scripts/**/*.test.ts', 'components/**/*.test.ts'], exclude: ['**/*.db.test.ts', 'node_modules/**'] },
      },
      {
        extends: true,
        test: {
          name: 'db',
          include: ['**/*.db.test.ts'],
          // The Prisma tooling tests make their own scratch databases on both engines already.
          exclude: ['node_modules/**', ...(process.env.VIRAGE_TEST_TARGET === 'postgres' ? ['scripts/prisma-engine/**'] : [])],
          globalSetup: ['test/db-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
