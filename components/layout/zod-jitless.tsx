'use client';
import { z } from 'zod';

// zod 4 probes `Function("")` before its first object parse to decide whether to compile
// parsers; under our CSP (no 'unsafe-eval', lib/http/security-headers.ts) the probe is refused
// and reported as a violation. In the browser, parse without compiling instead.
z.config({ jitless: true });

/** Rendered once in the root layout so the setting above is loaded with every page. */
export function ZodJitless() {
  return null;
}
