import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../scripts/embedded-db';
import { deployMigrations } from '../scripts/db/migrate-deploy';

/**
 * DB integration tests run against a fresh database: an in-memory PGlite by default, or, with
 * VIRAGE_TEST_TARGET=postgres, a throwaway database on the server named by TEST_DATABASE_URL.
 * Workers inherit DATABASE_URL from here.
 */
export default async function setup() {
  process.env.BETTER_AUTH_SECRET ??= 'test-secret-test-secret-test-secret-42';
  process.env.VIRAGE_WORKERS = 'off';
  // Journey events go through the job queue; tests other than journey's own must not start it.
  process.env.VIRAGE_JOURNEY = 'off';
  if (process.env.VIRAGE_TEST_TARGET === 'postgres') {
    const serverUrl = process.env.TEST_DATABASE_URL;
    if (!serverUrl) throw new Error('VIRAGE_TEST_TARGET=postgres needs TEST_DATABASE_URL');
    const name = `virage_test_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
    process.env.VIRAGE_EMBEDDED_DB = '0';
    await deployMigrations(process.env.DATABASE_URL);
    return async () => {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    };
  }
  const embedded: EmbeddedDatabase = await startEmbeddedDatabase();
  process.env.DATABASE_URL = embedded.url;
  process.env.VIRAGE_EMBEDDED_DB = '1';
  await deployMigrations(embedded.url);
  return () => embedded.stop();
}
