// The stand-in as a process, speaking JSON-RPC on stdio like the Prisma CLI does. No database:
// schema-only requests work, the rest fail with a clear error instead of hanging.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';

const ENGINE = path.join(import.meta.dirname, 'schema-engine.mjs');
const SCHEMA = 'datasource db {\n  provider = "postgresql"\n}\n\nmodel Car {\n  id    Int    @id\n  model String\n}\n';
const FILTERS = { externalTables: [], externalEnums: [] };

type RpcMessage = { id?: string | number; method?: string; params?: { content?: string }; result?: unknown; error?: { code: number; data: { message: string; is_panic: boolean } } };

class EngineClient {
  readonly printed: string[] = [];
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting = new Map<string | number, (message: RpcMessage) => void>();
  private nextId = 1;
  readonly exited: Promise<number | null>;

  constructor(args: string[] = []) {
    const env = { ...process.env };
    delete env.DATABASE_URL;
    this.child = spawn(process.execPath, [ENGINE, ...args], { env });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    createInterface({ input: this.child.stdout }).on('line', (line) => this.onLine(line));
  }

  private onLine(line: string) {
    const message = JSON.parse(line) as RpcMessage;
    if (message.method === 'print' && message.id !== undefined) {
      this.printed.push(message.params?.content ?? '');
      this.child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id: message.id, result: {} })}\n`);
      return;
    }
    const key = message.id ?? 'null';
    this.waiting.get(key)?.(message);
    this.waiting.delete(key);
  }

  request(method: string, params: unknown): Promise<RpcMessage> {
    const id = this.nextId++;
    return this.sendRaw(JSON.stringify({ jsonrpc: '2.0', id, method, params }), id);
  }

  sendRaw(line: string, expectId: string | number): Promise<RpcMessage> {
    return new Promise((resolve) => {
      this.waiting.set(expectId, resolve);
      this.child.stdin.write(`${line}\n`);
    });
  }

  close() {
    this.child.stdin.end();
    return this.exited;
  }

  kill() {
    if (this.child.exitCode === null) this.child.kill();
  }
}

describe('schema engine stand-in (no database)', { timeout: 60_000 }, () => {
  let client: EngineClient | undefined;
  afterEach(() => client?.kill());

  it('prints the engines commit for --version', () => {
    const run = spawnSync(process.execPath, [ENGINE, '--version'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^schema-engine-cli [0-9a-f]{40}\n$/);
  });

  it('answers an unknown method with an error instead of hanging', async () => {
    client = new EngineClient();
    const response = await client.request('getDatabaseDescription', {});
    expect(response.error?.code).toBe(-32601);
    expect(response.error?.data.message).toContain('does not implement the method `getDatabaseDescription`');
  });

  it('answers a line that is not JSON with a parse error', async () => {
    client = new EngineClient();
    const response = await client.sendRaw('this is not json', 'null');
    expect(response.error?.code).toBe(-32700);
  });

  it('diffs two schemas without a database and hands the script to the CLI to print', async () => {
    client = new EngineClient();
    const response = await client.request('diff', {
      from: { tag: 'empty' },
      to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: SCHEMA }] },
      script: true,
      exitCode: true,
      filters: FILTERS,
    });
    expect(response.result).toEqual({ exitCode: 2 });
    expect(client.printed).toHaveLength(1);
    expect(client.printed[0]).toContain('CREATE TABLE "Car"');
    expect(client.printed[0]?.endsWith('\n')).toBe(false);
  });

  it('fails database work with a message naming DATABASE_URL, then exits cleanly on end of input', async () => {
    client = new EngineClient(['--datasource', '{}']);
    const response = await client.request('applyMigrations', {
      migrationsList: { baseDir: '/nonexistent', lockfile: { path: 'migration_lock.toml', content: null }, shadowDbInitScript: '', migrationDirectories: [] },
      filters: FILTERS,
    });
    expect(response.error?.data.is_panic).toBe(false);
    expect(response.error?.data.message).toContain('DATABASE_URL');
    expect(await client.close()).toBe(0);
  });

  it('reports an unreachable server from `cli can-connect-to-database` as P1001 on stderr', () => {
    const run = spawnSync(process.execPath, [ENGINE, '--datasource', '{"url":"postgresql://postgres@127.0.0.1:1/nowhere"}', 'cli', 'can-connect-to-database'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    // The CLI skips the first stderr line and parses each following one as JSON.
    const lines = run.stderr.split('\n').slice(1);
    expect(lines.map((line) => JSON.parse(line) as { level: string; fields: { error_code?: string } })).toContainEqual(
      expect.objectContaining({ level: 'ERROR', fields: expect.objectContaining({ error_code: 'P1001' }) }),
    );
  });
});
