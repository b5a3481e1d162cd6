// The adapter fixes the Wasm schema engine relies on, on a throwaway database of 127.0.0.1:5432.
import { randomBytes } from 'node:crypto';
import { ColumnTypeEnum } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgAdapterFactory } from './pg-adapter.mjs';

const SERVER = 'postgresql://postgres@127.0.0.1:5432';

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: `${SERVER}/postgres` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const databaseExists = (name: string) =>
  admin(async (client) => (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1);

const sql = (text: string) => ({ sql: text, args: [], argTypes: [] });

describe('pg adapter for the schema engine', () => {
  const name = `virage_adapter_test_${randomBytes(5).toString('hex')}`;
  const factory = createPgAdapterFactory({ url: `${SERVER}/${name}` });

  beforeAll(() => admin((client) => client.query(`CREATE DATABASE ${name}`)));
  afterAll(async () => {
    await factory.cleanup();
    await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  });

  it('runs a script with $$ bodies and quoted semicolons as one statement batch', async () => {
    const adapter = await factory.connect();
    try {
      await adapter.executeScript(`
        CREATE TABLE note (body text);
        INSERT INTO note VALUES ('a; b');
        CREATE FUNCTION shout(t text) RETURNS text AS $$
        BEGIN
          RETURN upper(t) || ';';
        END;
        $$ LANGUAGE plpgsql;`);
      const result = await adapter.queryRaw(sql('SELECT shout(body) AS s FROM note'));
      expect(result.rows).toEqual([['A; B;']]);
    } finally {
      await adapter.dispose();
    }
  });

  it('reads Postgres "char" columns (pg_constraint.contype) as Character', async () => {
    const adapter = await factory.connect();
    try {
      await adapter.executeScript('CREATE TABLE priced (price int CHECK (price >= 0))');
      const result = await adapter.queryRaw(sql("SELECT contype, conname FROM pg_constraint WHERE conrelid = 'priced'::regclass"));
      expect(result.columnTypes).toEqual([ColumnTypeEnum.Character, ColumnTypeEnum.Text]);
      expect(result.rows).toEqual([['c', 'priced_price_check']]);
    } finally {
      await adapter.dispose();
    }
  });

  it('keeps "char" columns readable inside transactions', async () => {
    const adapter = await factory.connect();
    try {
      const tx = await adapter.startTransaction();
      const result = await tx.queryRaw(sql("SELECT 'x'::\"char\" AS c"));
      await tx.commit();
      expect(result.columnTypes).toEqual([ColumnTypeEnum.Character]);
      expect(result.rows).toEqual([['x']]);
    } finally {
      await adapter.dispose();
    }
  });

  it('gives a throwaway shadow database on the same server and drops it on dispose', async () => {
    const shadow = await factory.connectToShadowDb();
    const result = await shadow.queryRaw(sql('SELECT current_database()'));
    const shadowName = String(result.rows[0]?.[0]);
    expect(shadowName).toMatch(/^prisma_migrate_shadow_db_[0-9a-f]{32}$/);
    expect(shadowName).not.toBe(name);
    expect(await databaseExists(shadowName)).toBe(true);
    await shadow.dispose();
    expect(await databaseExists(shadowName)).toBe(false);
  });

  it('drops a shadow database left open at cleanup', async () => {
    const shadow = await factory.connectToShadowDb();
    const shadowName = String((await shadow.queryRaw(sql('SELECT current_database()'))).rows[0]?.[0]);
    await factory.cleanup();
    expect(await databaseExists(shadowName)).toBe(false);
  });

  it('empties and reuses a configured shadow database instead of dropping it', async () => {
    const shadowName = `${name}_shadow`;
    await admin((client) => client.query(`CREATE DATABASE ${shadowName}`));
    try {
      const configured = createPgAdapterFactory({ url: `${SERVER}/${name}`, shadowDatabaseUrl: `${SERVER}/${shadowName}` });
      const first = await configured.connectToShadowDb();
      await first.executeScript('CREATE TABLE leftover (id int)');
      await first.dispose();
      const second = await configured.connectToShadowDb();
      const tables = await second.queryRaw(sql("SELECT count(*)::int FROM information_schema.tables WHERE table_schema = 'public'"));
      await second.dispose();
      expect(tables.rows).toEqual([[0]]);
      expect(await databaseExists(shadowName)).toBe(true);
    } finally {
      await admin((client) => client.query(`DROP DATABASE IF EXISTS ${shadowName} WITH (FORCE)`));
    }
  });

  it('refuses a shadow database URL equal to the main one', async () => {
    const same = createPgAdapterFactory({ url: `${SERVER}/${name}`, shadowDatabaseUrl: `${SERVER}/${name}` });
    await expect(same.connectToShadowDb()).rejects.toThrow('same as the main database');
  });
});
