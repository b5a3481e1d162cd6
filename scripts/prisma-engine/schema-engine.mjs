#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, which cannot be downloaded offline. The stock
// `prisma` CLI runs it (PRISMA_SCHEMA_ENGINE_BINARY, set by prisma.config.ts) and talks JSON-RPC on
// stdio; we answer with the Wasm schema engine over @prisma/adapter-pg.
//
//   schema-engine --version
//   schema-engine --datasource '{"url":...}' cli can-connect-to-database|create-database
//   schema-engine --datamodels schema.prisma [--datamodels ...] --datasource '{"url":...}'   (JSON-RPC)
//
// Environment: PRISMA_ENGINE_SHADOW=pglite takes the shadow database from an in-memory PGlite
// instead of a throwaway database on the main server; PRISMA_ENGINE_POOL_MAX sizes the main pool.
import { readFile } from 'node:fs/promises';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { parseArgs } from './args.mjs';
import { canConnectToDatabase, createDatabase, toPrismaConnectionError } from './cli-commands.mjs';
import { createEngineSession, isKnownMethod, UnknownMethodError } from './engine-session.mjs';
import { createPgAdapterFactory } from './pg-adapter.mjs';
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
import { createWasmEngine, enginesCommit, takePanicMessage } from './wasm-engine.mjs';

const FALLBACK_DATAMODEL = 'datasource db {\n  provider = "postgresql"\n}\n';

/**
 * The engine needs at least one schema file to pick its connector, else it panics. The CLI passes
 * none for `migrate diff`: take the files of the first request, or a bare PostgreSQL datasource.
 * @param {string[]} paths @param {any} params
 * @returns {Promise<[string, string][]>}
 */
async function initialDatamodels(paths, params) {
  if (paths.length > 0) return Promise.all(paths.map(async (file) => /** @type {[string, string]} */ ([file, await readFile(file, 'utf8')])));
  const candidates = [params?.schema, params?.from, params?.to, params?.datasource, params?.datasourceType];
  for (const candidate of candidates) {
    if (Array.isArray(candidate?.files) && candidate.files.length > 0) {
      return candidate.files.map((/** @type {{ path: string, content: string }} */ file) => [file.path, file.content]);
    }
  }
  return [['schema.prisma', FALLBACK_DATAMODEL]];
}

/** @param {number} code */
async function exitAfterFlush(code) {
  // The Wasm engine leaves timers behind: never wait for the event loop to drain.
  await new Promise((resolve) => process.stdout.write('', resolve));
  process.exit(code);
}

/** @param {string | undefined} url */
function requireUrl(url) {
  if (!url) throw new Error('The datasource has no URL: set DATABASE_URL (prisma.config.ts `datasource.url`).');
  return url;
}

/** @param {string} command @param {string | undefined} url */
async function runCliCommand(command, url) {
  process.stderr.write(`${logLine('INFO', `Running schema engine command: ${command}`)}\n`);
  try {
    if (command === 'can-connect-to-database') await canConnectToDatabase(requireUrl(url));
    else if (command === 'create-database') await createDatabase(requireUrl(url));
    else throw new Error(`Unknown schema engine cli command \`${command}\` (supported: can-connect-to-database, create-database).`);
    await exitAfterFlush(0);
  } catch (error) {
    const known = /** @type {{ code?: unknown }} */ (error).code;
    const { errorCode, message } =
      typeof known === 'string' && /^P\d{4}$/.test(known) && error instanceof Error
        ? { errorCode: known, message: error.message }
        : toPrismaConnectionError(error, url ?? '');
    // No trailing newline: the CLI parses every stderr line after the first as JSON.
    process.stderr.write(logLine('ERROR', message, errorCode));
    await exitAfterFlush(1);
  }
}

/** @param {{ datamodels: string[], datasource: { url?: string, shadowDatabaseUrl?: string } }} options */
async function serveJsonRpc({ datamodels, datasource }) {
  const adapterFactory = createPgAdapterFactory({
    url: datasource.url,
    shadowDatabaseUrl: datasource.shadowDatabaseUrl,
    shadow: process.env.PRISMA_ENGINE_SHADOW === 'pglite' ? 'pglite' : 'server',
    poolMax: Number(process.env.PRISMA_ENGINE_POOL_MAX ?? '') || 1,
  });

  const boundFactory = bindMigrationAwareSqlAdapterFactory(adapterFactory);
  const describe = (/** @type {unknown} */ error) => {
    const described = describeError(error, takePanicMessage());
    const message = expandExternalErrors(described.message, (id) => boundFactory.errorRegistry.consumeError(id)?.error);
    return { ...described, message };
  };

  /** @type {Map<string | number, (message: { result?: unknown, error?: unknown }) => void>} */
  const pendingOutgoing = new Map();
  let outgoingId = 0;
  const send = (/** @type {object} */ message) => process.stdout.write(serialize(message));
  const print = (/** @type {string} */ content) =>
    new Promise((resolve) => {
      const id = `print-${++outgoingId}`;
      pendingOutgoing.set(id, () => resolve(undefined));
      send({ jsonrpc: '2.0', id, method: 'print', params: { content } });
    });

  /** @type {Promise<ReturnType<typeof createEngineSession>> | undefined} */
  let sessionPromise;
  const session = (/** @type {unknown} */ firstParams) => {
    sessionPromise ??= (async () => {
      const files = await initialDatamodels(datamodels, firstParams);
      const engine = await createWasmEngine({
        datamodels: files,
        adapterFactory: boundFactory,
        onLog: (/** @type {string} */ line) => process.stderr.write(`${line}\n`),
      });
      return createEngineSession({ engine, mainUrl: datasource.url, print });
    })();
    return sessionPromise;
  };

  let shuttingDown = false;
  const shutdown = async (/** @type {number} */ code) => {
    if (shuttingDown) return;
    shuttingDown = true;
    await adapterFactory.cleanup();
    await exitAfterFlush(code);
  };

  // Requests run one at a time, as the native engine does; responses to our own requests do not queue.
  let queue = Promise.resolve();
  /** @type {string | number | null} */
  let inFlight = null;
  /** @param {string | number} id @param {string} method @param {unknown} params */
  const handleRequest = async (id, method, params) => {
    // Unknown methods are answered before the engine is even started.
    if (!isKnownMethod(method)) {
      send(methodNotFoundResponse(id, method));
      return;
    }
    inFlight = id;
    try {
      const result = await (await session(params)).handle(method, params);
      send(successResponse(id, result));
    } catch (error) {
      if (error instanceof UnknownMethodError) {
        send(methodNotFoundResponse(id, error.method));
        return;
      }
      const described = describe(error);
      send(errorResponse(id, described));
      // After a Rust panic the Wasm instance is unusable: exit like the native engine does.
      if (described.isPanic) await shutdown(101);
    } finally {
      inFlight = null;
    }
  };

  // Rust panics inside the engine's futures surface as uncaught Wasm traps, not as rejections:
  // answer the request they belong to instead of leaving the CLI waiting, then exit like the native engine.
  process.on('uncaughtException', (error) => {
    const described = describe(error);
    if (inFlight !== null) send(errorResponse(inFlight, { ...described, isPanic: true }));
    process.stderr.write(`${logLine('ERROR', described.message)}\n`);
    void shutdown(101);
  });

  /** @param {string} line */
  const onLine = (line) => {
    const message = parseMessage(line);
    if (message.kind === 'response') {
      pendingOutgoing.get(message.id)?.(message);
      pendingOutgoing.delete(message.id);
    } else if (message.kind === 'request') {
      queue = queue.then(() => handleRequest(message.id, message.method, message.params));
    } else if (message.kind === 'invalid') {
      send(errorResponse(message.id, { code: message.code, message: message.message }));
    }
  };

  let buffer = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => {
    const { lines, rest } = splitLines(buffer + chunk);
    buffer = rest;
    for (const line of lines) onLine(line);
  });
  process.stdin.on('end', () => {
    if (buffer.trim()) onLine(buffer);
    // Nobody is left to answer our own requests.
    for (const settle of pendingOutgoing.values()) settle({ result: null });
    pendingOutgoing.clear();
    void queue.then(() => shutdown(0));
  });
  // The CLI gone (EPIPE): nobody to answer, just clean up.
  process.stdout.on('error', () => void shutdown(0));
  // The CLI kills us as soon as it closes stdin: still drop any shadow database.
  for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT', 'SIGHUP'])) {
    process.on(signal, () => void shutdown(0));
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.kind === 'version') {
    process.stdout.write(`schema-engine-cli ${enginesCommit()}\n`);
    return exitAfterFlush(0);
  }
  if (args.kind === 'error') {
    process.stderr.write(`${args.message}\n`);
    return exitAfterFlush(1);
  }
  if (args.kind === 'cli') return runCliCommand(args.command, args.datasource.url);
  return serveJsonRpc(args);
}

main().catch((error) => {
  process.stderr.write(logLine('ERROR', error instanceof Error ? error.message : String(error)));
  void exitAfterFlush(1);
});
