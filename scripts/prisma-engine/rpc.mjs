// JSON-RPC 2.0 framing as the Prisma CLI speaks it to its schema engine: one JSON object per line
// on stdio. Pure functions, no I/O, so they can be unit-tested.

/** The code the native engine uses for every error meant for the user. */
export const USER_FACING_ERROR_CODE = 4466;
export const PARSE_ERROR_CODE = -32700;
export const INVALID_REQUEST_CODE = -32600;
export const METHOD_NOT_FOUND_CODE = -32601;

/**
 * Classifies one line read from the CLI: a request for us, or a response to a request we sent
 * (the `print` call of `diff`).
 * @param {string} line
 */
export function parseMessage(line) {
  let value;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: 'invalid', id: null, code: PARSE_ERROR_CODE, message: `Could not parse JSON-RPC message: ${reason}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { kind: 'invalid', id: null, code: INVALID_REQUEST_CODE, message: 'A JSON-RPC message must be an object.' };
  }
  const id = typeof value.id === 'number' || typeof value.id === 'string' ? value.id : null;
  if (typeof value.method === 'string') {
    if (id === null) {
      // A notification: nothing to answer, but we still have to know about it.
      return { kind: 'notification', method: value.method, params: value.params };
    }
    return { kind: 'request', id, method: value.method, params: value.params };
  }
  if (id !== null && ('result' in value || 'error' in value)) {
    return { kind: 'response', id, result: value.result, error: value.error };
  }
  return { kind: 'invalid', id, code: INVALID_REQUEST_CODE, message: 'Neither a JSON-RPC request nor a response.' };
}

/** @param {string | number} id @param {unknown} result */
export function successResponse(id, result) {
  return { jsonrpc: '2.0', id, result: result === undefined ? null : result };
}

/**
 * The shape the CLI turns into a readable error: it prints `data.message`, prefixed by
 * `data.error_code` when there is one, and treats `data.is_panic` as an engine crash.
 * @param {string | number | null} id
 * @param {{ message: string, errorCode?: string | null, meta?: unknown, isPanic?: boolean, code?: number }} error
 */
export function errorResponse(id, { message, errorCode = null, meta = null, isPanic = false, code = USER_FACING_ERROR_CODE }) {
  return {
    jsonrpc: '2.0',
    id,
    error: {
      code,
      // For panics the CLI shows this message, for other errors `data.message`.
      message: isPanic ? `The schema engine panicked: ${message}` : 'An error happened. Check the data field for details.',
      data: { is_panic: isPanic, message, meta, error_code: errorCode },
    },
  };
}

/** @param {string | number} id @param {string} method */
export function methodNotFoundResponse(id, method) {
  return errorResponse(id, {
    code: METHOD_NOT_FOUND_CODE,
    message: `The schema engine stand-in (scripts/prisma-engine) does not implement the method \`${method}\`.`,
  });
}

/**
 * Turns whatever the Wasm engine (or our own code) threw into error fields. Prisma errors carry a
 * `code` like P1014; Wasm traps are panics.
 * @param {unknown} error
 * @param {string} [panicMessage]
 */
export function describeError(error, panicMessage = '') {
  if (error instanceof WebAssembly.RuntimeError) {
    return { message: panicMessage || error.message, errorCode: null, meta: null, isPanic: true };
  }
  if (error instanceof Error) {
    const code = /** @type {{ code?: unknown, meta?: unknown }} */ (error).code;
    const meta = /** @type {{ meta?: unknown }} */ (error).meta;
    const errorCode = typeof code === 'string' && /^P\d{4}$/.test(code) ? code : null;
    return { message: error.message, errorCode, meta: meta ?? null, isPanic: false };
  }
  return { message: String(error), errorCode: null, meta: null, isPanic: false };
}

/**
 * Driver adapter errors reach the engine as "External error id#N", N an index in the adapter
 * binding's error registry: put the original message back.
 * @param {string} message
 * @param {(id: number) => unknown} lookup the registered error, if any
 */
export function expandExternalErrors(message, lookup) {
  return message.replace(/External error id#(\d+)/g, (whole, id) => {
    const error = lookup(Number(id));
    if (error instanceof Error) return error.message;
    return typeof error === 'string' ? error : whole;
  });
}

/** One line on the wire. @param {object} message */
export function serialize(message) {
  return `${JSON.stringify(message)}\n`;
}

/**
 * A log line in the native engine's format. The CLI reads these from stderr, and for the
 * `cli ...` subcommands looks for the ERROR one with `fields.error_code`.
 * @param {'INFO' | 'ERROR'} level
 * @param {string} message
 * @param {string | null} [errorCode]
 */
export function logLine(level, message, errorCode = null) {
  const fields = errorCode ? { message, error_code: errorCode } : { message };
  return JSON.stringify({ timestamp: new Date().toISOString(), level, fields, target: 'schema_engine::logger' });
}

/** Splits a growing text buffer into complete lines, returning the unfinished rest. @param {string} buffer */
export function splitLines(buffer) {
  const parts = buffer.split(/\r?\n/);
  const rest = parts.pop() ?? '';
  return { lines: parts.filter((line) => line.trim().length > 0), rest };
}
