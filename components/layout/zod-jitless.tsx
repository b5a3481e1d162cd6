'use client';
// Only zod's core configuration: the root layout is in every page's first-load JS, and `zod` itself
// (about 30 KB gzip) should load only with the forms that parse with it.
import { config } from 'zod/v4/core';

// zod 4 probes `Function("")` before its first object parse to decide whether to compile
// parsers; under our CSP (no 'unsafe-eval', lib/http/security-headers.ts) the probe is refused
// and reported as a violation. In the browser, parse without compiling instead.
config({ jitless: true });

/** Rendered once in the root layout so the setting above is loaded with every page. */
export function ZodJitless() {
  return null;
}
