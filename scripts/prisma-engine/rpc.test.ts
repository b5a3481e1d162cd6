import { describe, expect, it } from 'vitest';
import { parseArgs } from './args.mjs';
import {
  describeError,
  errorResponse,
  expandExternalErrors,
  logLine,
  methodNotFoundResponse,
  parseMessage,
  serialize,
  splitLines,
  successResponse,
} from './rpc.mjs';

describe('parseMessage', () => {
  it('reads a request from the CLI', () => {
    expect(parseMessage('{"jsonrpc":"2.0","id":7,"method":"applyMigrations","params":{"a":1}}')).toEqual({
      kind: 'request',
      id: 7,
      method: 'applyMigrations',
      params: { a: 1 },
    });
  });

  it('reads the CLI answer to our print request', () => {
    expect(parseMessage('{"jsonrpc":"2.0","id":"print-1","result":{}}')).toEqual({
      kind: 'response',
      id: 'print-1',
      result: {},
      error: undefined,
    });
  });

  it('tells a notification (no id) from a request', () => {
    expect(parseMessage('{"jsonrpc":"2.0","method":"exit"}')).toMatchObject({ kind: 'notification', method: 'exit' });
  });

  it('rejects text that is not JSON with a parse error', () => {
    expect(parseMessage('not json')).toMatchObject({ kind: 'invalid', id: null, code: -32700 });
  });

  it('rejects JSON that is neither request nor response', () => {
    expect(parseMessage('[1,2]')).toMatchObject({ kind: 'invalid', code: -32600 });
    expect(parseMessage('{"id":3}')).toMatchObject({ kind: 'invalid', id: 3, code: -32600 });
  });
});

describe('responses', () => {
  it('wraps a result, null when the method returns nothing', () => {
    expect(successResponse(1, { appliedMigrationNames: [] })).toEqual({ jsonrpc: '2.0', id: 1, result: { appliedMigrationNames: [] } });
    expect(successResponse(2, undefined)).toEqual({ jsonrpc: '2.0', id: 2, result: null });
  });

  it('shapes user-facing errors the way the CLI prints them', () => {
    const response = errorResponse(4, { message: 'The database schema is not empty.', errorCode: 'P3005' });
    expect(response.error.code).toBe(4466);
    expect(response.error.data).toEqual({ is_panic: false, message: 'The database schema is not empty.', meta: null, error_code: 'P3005' });
  });

  it('puts the panic text in the top-level message, which the CLI shows for panics', () => {
    const response = errorResponse(5, { message: 'boom', isPanic: true });
    expect(response.error.data.is_panic).toBe(true);
    expect(response.error.message).toContain('boom');
  });

  it('answers an unknown method with -32601 and a readable message', () => {
    const response = methodNotFoundResponse(9, 'getDatabaseDescription');
    expect(response.id).toBe(9);
    expect(response.error.code).toBe(-32601);
    expect(response.error.data.message).toContain('`getDatabaseDescription`');
  });

  it('serializes one message per line', () => {
    const line = serialize(successResponse(1, 'x'));
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
  });
});

describe('describeError', () => {
  it('keeps Prisma error codes and meta', () => {
    const error = Object.assign(new Error('No migrations table'), { code: 'P1014', meta: { kind: 'table' } });
    expect(describeError(error)).toEqual({ message: 'No migrations table', errorCode: 'P1014', meta: { kind: 'table' }, isPanic: false });
  });

  it('ignores codes that are not Prisma error codes', () => {
    const error = Object.assign(new Error('refused'), { code: 'ECONNREFUSED' });
    expect(describeError(error).errorCode).toBeNull();
  });

  it('treats a Wasm trap as a panic and uses the panic message', () => {
    const described = describeError(new WebAssembly.RuntimeError('unreachable'), 'panicked at lib.rs:96');
    expect(described).toMatchObject({ isPanic: true, message: 'panicked at lib.rs:96' });
  });

  it('describes thrown non-errors', () => {
    expect(describeError('plain')).toMatchObject({ message: 'plain', isPanic: false });
  });
});

describe('expandExternalErrors', () => {
  it('replaces registry references with the original message', () => {
    const registry = [new Error('No database URL')];
    expect(expandExternalErrors('External error id#0', (id) => registry[id])).toBe('No database URL');
  });

  it('leaves unknown references alone', () => {
    expect(expandExternalErrors('External error id#3 happened', () => undefined)).toBe('External error id#3 happened');
  });
});

describe('logLine', () => {
  it('writes the ERROR line the CLI looks for after `cli` commands', () => {
    const line: unknown = JSON.parse(logLine('ERROR', 'Database `x` does not exist', 'P1003'));
    expect(line).toMatchObject({
      level: 'ERROR',
      target: 'schema_engine::logger',
      fields: { message: 'Database `x` does not exist', error_code: 'P1003' },
    });
  });

  it('omits error_code on informational lines', () => {
    expect((JSON.parse(logLine('INFO', 'hello')) as { fields: unknown }).fields).toEqual({ message: 'hello' });
  });
});

describe('splitLines', () => {
  it('returns complete lines and keeps the unfinished rest', () => {
    expect(splitLines('{"a":1}\n{"b":2}\r\n{"c"')).toEqual({ lines: ['{"a":1}', '{"b":2}'], rest: '{"c"' });
  });

  it('drops blank lines', () => {
    expect(splitLines('\n\n{"a":1}\n')).toEqual({ lines: ['{"a":1}'], rest: '' });
  });
});

describe('parseArgs', () => {
  it('reads the JSON-RPC invocation', () => {
    expect(
      parseArgs(['--datamodels', 'a.prisma', '--datamodels', 'b.prisma', '--datasource', '{"url":"postgresql://x/db","shadowDatabaseUrl":"postgresql://x/s"}']),
    ).toEqual({ kind: 'serve', datamodels: ['a.prisma', 'b.prisma'], datasource: { url: 'postgresql://x/db', shadowDatabaseUrl: 'postgresql://x/s' } });
  });

  it('reads the cli subcommands', () => {
    expect(parseArgs(['--datasource', '{"url":"postgresql://x/db"}', 'cli', 'can-connect-to-database'])).toEqual({
      kind: 'cli',
      command: 'can-connect-to-database',
      datasource: { url: 'postgresql://x/db', shadowDatabaseUrl: undefined },
    });
  });

  it('reads --version and skips flags it does not use', () => {
    expect(parseArgs(['--version'])).toEqual({ kind: 'version' });
    expect(parseArgs(['--enabled-preview-features', 'views', '--extension-types', '{}'])).toEqual({ kind: 'serve', datamodels: [], datasource: {} });
  });

  it('reports bad input instead of guessing', () => {
    expect(parseArgs(['--datasource', 'nope'])).toMatchObject({ kind: 'error' });
    expect(parseArgs(['--datamodels'])).toMatchObject({ kind: 'error' });
    expect(parseArgs(['--frobnicate'])).toMatchObject({ kind: 'error', message: 'Unknown schema engine argument: --frobnicate' });
  });
});
