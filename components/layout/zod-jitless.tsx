'use client';

/**
 * zod 4 probes `Function("")` before its first object parse to decide whether to compile parsers;
 * under our CSP (no 'unsafe-eval', lib/http/security-headers.ts) the probe is refused and reported
 * as a violation. In the browser, zod parses without compiling instead.
 *
 * The setting is written straight into zod's global configuration object (zod/v4/core/core.js keeps
 * it on `globalThis.__zod_globalConfig`; its `config()` assigns into that object), without importing
 * zod: the root layout is in every page's first-load JS, and even zod's core (about 6 KB gzip)
 * should load only with the forms that parse with it. zod-jitless.test.ts checks that zod reads it.
 */
const zodGlobal = globalThis as typeof globalThis & { __zod_globalConfig?: { jitless?: boolean } };
zodGlobal.__zod_globalConfig ??= {};
zodGlobal.__zod_globalConfig.jitless = true;

/** Rendered once in the root layout so the setting above is loaded with every page. */
export function ZodJitless() {
  return null;
}
