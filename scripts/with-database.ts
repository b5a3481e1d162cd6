import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded-db';
import { dataDir } from './runtime-config';

export type DatabaseHandle = { url: string; embedded: EmbeddedDatabase | null; close(): Promise<void> };

/** DATABASE_URL when set; otherwise the embedded PGlite in the data directory (locked while open). */
export async function openDatabase(): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, embedded: null, close: () => Promise.resolve() };
  const embedded = await startEmbeddedDatabase({ dataDir: dataDir(), port: Number(process.env.VIRAGE_PGLITE_PORT ?? 0) });
  return { url: embedded.url, embedded, close: () => embedded.stop() };
}
