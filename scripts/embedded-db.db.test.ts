import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError } from './data-dir-lock';
import { startEmbeddedDatabase } from './embedded-db';

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('embedded database', () => {
  it('keeps data across restarts and refuses a second owner without harming the first', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'virage-embedded-'));
    const first = await startEmbeddedDatabase({ dataDir });
    await query(first.url, `CREATE TABLE note (id int primary key, body text); INSERT INTO note VALUES (1, 'kept')`);

    await expect(startEmbeddedDatabase({ dataDir })).rejects.toBeInstanceOf(DataDirLockedError);
    // The refused start touched nothing: the first owner still reads and writes.
    await query(first.url, `INSERT INTO note VALUES (2, 'after refusal')`);
    await first.stop();

    const second = await startEmbeddedDatabase({ dataDir });
    expect(await query<{ id: number; body: string }>(second.url, 'SELECT id, body FROM note ORDER BY id')).toEqual([
      { id: 1, body: 'kept' },
      { id: 2, body: 'after refusal' },
    ]);
    await second.stop();
  });
});
