// An in-memory PGlite served over the Postgres wire protocol on a free loopback port, so that
// `pg`/adapter-pg reach it like a real server. Used as a throwaway database when no PostgreSQL
// server is around (migration creation) and as the shadow database in that case.
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** Contrib extensions a migration may `CREATE EXTENSION`: PGlite must have them loaded up front. */
export const PGLITE_EXTENSIONS = { btree_gist, citext, pg_trgm, pgcrypto, unaccent };

export async function startInMemoryPglite() {
  const db = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 16 });
  await server.start();
  const address = server.getServerConn();
  const port = Number(address.slice(address.lastIndexOf(':') + 1));
  const connection = { host: '127.0.0.1', port, user: 'postgres', password: 'postgres', database: 'postgres' };
  let closed = false;
  return {
    connection,
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`,
    async close() {
      if (closed) return;
      closed = true;
      await server.stop();
      await db.close();
    },
  };
}
