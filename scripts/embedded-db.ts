import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataDir, type DataDirLock } from './data-dir-lock';

export type EmbeddedDatabase = {
  /** postgresql:// URL of the loopback socket; the app talks to PGlite through `pg` like to any server. */
  url: string;
  dataDir: string | undefined;
  stop(): Promise<void>;
};

type Options = {
  /** Persist here; omit for an in-memory database (tests). */
  dataDir?: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
};

/**
 * Opens PGlite (PostgreSQL in WASM) and serves it on loopback. PGlite runs one backend for all
 * connections, so the app keeps a pool of one connection (see lib/db.ts).
 */
export async function startEmbeddedDatabase({ dataDir, host = '127.0.0.1', port = 0 }: Options = {}): Promise<EmbeddedDatabase> {
  let lock: DataDirLock | undefined;
  if (dataDir) lock = lockDataDir(dataDir);
  try {
    const db = await PGlite.create({ dataDir: dataDir ? `${dataDir}/pgdata` : undefined, extensions: { btree_gist } });
    const server = new PGLiteSocketServer({ db, host, port, maxConnections: 32 });
    await server.start();
    const url = `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`;
    let stopped = false;
    return {
      url,
      dataDir,
      async stop() {
        if (stopped) return;
        stopped = true;
        await server.stop();
        await db.close();
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}
