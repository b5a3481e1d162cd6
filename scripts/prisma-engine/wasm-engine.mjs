// Loads @prisma/schema-engine-wasm by hand: its package entry imports the .wasm file as an ES module,
// which Node 20 cannot do, so we instantiate it ourselves against the bindings module.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** @type {Promise<typeof import('@prisma/schema-engine-wasm/schema_engine_bg')> | undefined} */
let bindingsPromise;

function packageDir() {
  // The package exports no ./package.json, so locate it through an exported file.
  return path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
}

export function engineWasmVersion() {
  return JSON.parse(readFileSync(path.join(packageDir(), 'package.json'), 'utf8')).version;
}

/** The engines commit hash, the part the native `schema-engine --version` prints. */
export function enginesCommit() {
  const version = engineWasmVersion();
  const dot = version.lastIndexOf('.');
  return dot >= 0 ? version.slice(dot + 1) : version;
}

export function loadBindings() {
  bindingsPromise ??= (async () => {
    const pkgDir = packageDir();
    const bg = await import(path.join(pkgDir, 'schema_engine_bg.js'));
    const bytes = await readFile(path.join(pkgDir, 'schema_engine_bg.wasm'));
    const module = await WebAssembly.compile(bytes);
    const instance = new WebAssembly.Instance(module, { './schema_engine_bg.js': bg });
    bg.__wbg_set_wasm(instance.exports);
    // The bindings report Rust panics through this global before throwing.
    globalThis.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (message) => { lastPanicMessage = message; } };
    instance.exports.__wbindgen_start();
    return bg;
  })();
  return bindingsPromise;
}

let lastPanicMessage = '';
export function takePanicMessage() {
  const message = lastPanicMessage;
  lastPanicMessage = '';
  return message;
}

/**
 * @param {{ datamodels: [string, string][], adapterFactory: object, onLog: (line: string) => void }} options
 */
export async function createWasmEngine({ datamodels, adapterFactory, onLog }) {
  const bg = await loadBindings();
  return bg.SchemaEngine.new({ datamodels }, onLog, adapterFactory);
}
