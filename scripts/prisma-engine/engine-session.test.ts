// The workarounds for the Wasm engine's quirks, against a scripted fake engine.
import { describe, expect, it } from 'vitest';
import { createEngineSession, isKnownMethod, UnknownMethodError, type WasmEngineLike } from './engine-session.mjs';

const FILTERS = { externalTables: [], externalEnums: [] };
const migrationsList = {
  baseDir: '/app/prisma/migrations',
  lockfile: { path: 'migration_lock.toml', content: null },
  shadowDbInitScript: '',
  migrationDirectories: [
    { path: '20260101000000_init', migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: 'CREATE TABLE a ();' } } },
    { path: '20260102000000_more', migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: 'CREATE TABLE b ();' } } },
  ],
};

function prismaError(code: string, message = `failure ${code}`) {
  return Object.assign(new Error(message), { code });
}

type Call = { method: string; params: unknown };

/** A fake engine: each method answers from a queue of results or errors, and calls are recorded. */
function fakeEngine(script: Record<string, unknown[]>) {
  const calls: Call[] = [];
  const engine: WasmEngineLike = {};
  for (const method of ['devDiagnostic', 'diagnoseMigrationHistory', 'applyMigrations', 'createMigration', 'evaluateDataLoss', 'diff', 'version']) {
    engine[method] = (params?: unknown) => {
      calls.push({ method, params });
      const next = script[method]?.shift();
      return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
    };
  }
  return { engine, calls };
}

function session(script: Record<string, unknown[]>, printed: string[] = []) {
  const { engine, calls } = fakeEngine(script);
  const print = (content: string) => {
    printed.push(content);
    return Promise.resolve();
  };
  const created = createEngineSession({ engine, mainUrl: undefined, print });
  return { handle: created.handle.bind(created), calls, printed };
}

describe('devDiagnostic on a database without _prisma_migrations (P1014)', () => {
  it('creates the migrations table with an empty list, then asks again', async () => {
    const s = session({
      devDiagnostic: [prismaError('P1014'), { action: { tag: 'createMigration' } }],
      applyMigrations: [{ appliedMigrationNames: [] }],
    });
    expect(await s.handle('devDiagnostic', { migrationsList, filters: FILTERS })).toEqual({ action: { tag: 'createMigration' } });
    expect(s.calls.map((call) => call.method)).toEqual(['devDiagnostic', 'applyMigrations', 'devDiagnostic']);
    expect(s.calls[1]?.params).toEqual({ migrationsList: { ...migrationsList, migrationDirectories: [] }, filters: FILTERS });
  });

  it('asks for a reset when the schema is not empty (P3005) instead of failing', async () => {
    const s = session({ devDiagnostic: [prismaError('P1014')], applyMigrations: [prismaError('P3005')] });
    expect(await s.handle('devDiagnostic', { migrationsList, filters: FILTERS })).toMatchObject({ action: { tag: 'reset' } });
  });

  it('passes other errors through', async () => {
    const s = session({ devDiagnostic: [prismaError('P1001', 'unreachable')] });
    await expect(s.handle('devDiagnostic', { migrationsList, filters: FILTERS })).rejects.toThrow('unreachable');
  });
});

describe('diagnoseMigrationHistory without _prisma_migrations', () => {
  it('answers as the native engine does: no table, every migration unapplied, nothing written', async () => {
    const s = session({ diagnoseMigrationHistory: [prismaError('P1014')] });
    expect(await s.handle('diagnoseMigrationHistory', { migrationsList, optInToShadowDatabase: false, filters: FILTERS })).toEqual({
      editedMigrationNames: [],
      failedMigrationNames: [],
      hasMigrationsTable: false,
      history: { diagnostic: 'databaseIsBehind', unappliedMigrationNames: ['20260101000000_init', '20260102000000_more'] },
    });
    expect(s.calls.map((call) => call.method)).toEqual(['diagnoseMigrationHistory']);
  });

  it('reports no history for an empty migrations directory', async () => {
    const s = session({ diagnoseMigrationHistory: [prismaError('P1014')] });
    const result = await s.handle('diagnoseMigrationHistory', { migrationsList: { ...migrationsList, migrationDirectories: [] }, optInToShadowDatabase: false, filters: FILTERS });
    expect(result).toMatchObject({ hasMigrationsTable: false, history: null });
  });
});

describe('createMigration and evaluateDataLoss without a prepared shadow schema', () => {
  const shadowError = new Error('PostgreSQL shadow DB must be provided through an external factory');
  const created = { connectorType: 'postgresql', generatedMigrationName: '20260103000000_x', migrationScript: 'CREATE TABLE c ();', extension: 'sql' };

  it('runs devDiagnostic with the same list, then retries once', async () => {
    const s = session({ createMigration: [shadowError, created], devDiagnostic: [{ action: { tag: 'createMigration' } }] });
    const params = { migrationsList, schema: { files: [] }, filters: FILTERS, draft: false, migrationName: 'x' };
    expect(await s.handle('createMigration', params)).toEqual(created);
    expect(s.calls.map((call) => call.method)).toEqual(['createMigration', 'devDiagnostic', 'createMigration']);
    expect(s.calls[1]?.params).toEqual({ migrationsList, filters: FILTERS });
  });

  it('does not retry on other errors', async () => {
    const s = session({ evaluateDataLoss: [prismaError('P3006', 'failed to apply cleanly')] });
    await expect(s.handle('evaluateDataLoss', { migrationsList, schema: { files: [] }, filters: FILTERS })).rejects.toThrow('failed to apply cleanly');
    expect(s.calls).toHaveLength(1);
  });
});

describe('diff', () => {
  it('hands the output to the CLI to print and returns only the exit code', async () => {
    const s = session({ diff: [{ exitCode: 2, stdout: '-- CreateTable\nCREATE TABLE "A" ();\n' }] });
    expect(await s.handle('diff', { from: { tag: 'empty' }, to: { tag: 'empty' }, script: true, exitCode: true, filters: FILTERS })).toEqual({ exitCode: 2 });
    expect(s.printed).toEqual(['-- CreateTable\nCREATE TABLE "A" ();']);
  });

  it('prints nothing for an empty output', async () => {
    const s = session({ diff: [{ exitCode: 0, stdout: '' }] });
    await s.handle('diff', { from: { tag: 'empty' }, to: { tag: 'empty' }, script: false, exitCode: null, filters: FILTERS });
    expect(s.printed).toEqual([]);
  });
});

describe('methods', () => {
  it('maps getDatabaseVersion onto the engine version()', async () => {
    const s = session({ version: ['PostgreSQL 15.20'] });
    expect(await s.handle('getDatabaseVersion', null)).toBe('PostgreSQL 15.20');
  });

  it('rejects methods it does not know', async () => {
    const s = session({});
    expect(isKnownMethod('getDatabaseDescription')).toBe(false);
    expect(isKnownMethod('schemaPush')).toBe(true);
    await expect(s.handle('getDatabaseDescription', {})).rejects.toBeInstanceOf(UnknownMethodError);
  });

  it('needs a URL for dbExecute when none is configured', async () => {
    const s = session({});
    await expect(s.handle('dbExecute', { datasourceType: { tag: 'schema', files: [], configDir: '/' }, script: 'SELECT 1' })).rejects.toThrow('DATABASE_URL');
  });
});
