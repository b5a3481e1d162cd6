import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * First-load JS of a route, as a browser meets it: the production server's HTML for the route is
 * fetched, every `<script src>` it carries under /_next/static/ (the scripts the page runs before
 * it is interactive: framework, root layout, route entry chunks, each client island's chunk) is
 * read from the build's .next/static, and their gzip sizes (level 9, as a CDN would serve them)
 * are summed (`nomodule` polyfills are skipped: module-capable browsers never fetch them). Chunks loaded later through a dynamic import (next/dynamic, import()) are not in
 * the HTML and do not count. A static page's first-load JS is measured in the same run as the
 * floor every page pays (the framework and the root layout's islands).
 */

export type FirstLoadJs = { route: string; files: string[]; rawBytes: number; gzipBytes: number };

const SCRIPT_TAG = /<script\b[^>]*>/g;
const SRC = /\bsrc="(\/_next\/static\/[^"?]+\.js)(?:\?[^"]*)?"/;

/** The /_next/static scripts of a page's HTML; `nomodule` ones (polyfills) are skipped, as browsers do. */
export function scriptsInHtml(html: string): string[] {
  const out = new Set<string>();
  for (const [tag] of html.matchAll(SCRIPT_TAG)) {
    const src = SRC.exec(tag)?.[1];
    if (src && !/\bnomodule\b/i.test(tag)) out.add(src);
  }
  return [...out];
}

export async function routeFirstLoadJs(base: string, route: string, nextDir: string): Promise<FirstLoadJs> {
  const response = await fetch(`${base}${route}`);
  if (!response.ok) throw new Error(`${route} answered ${response.status}`);
  const files = scriptsInHtml(await response.text());
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const src of files) {
    const file = path.join(nextDir, 'static', src.replace(/^\/_next\/static\//, ''));
    if (!existsSync(file)) throw new Error(`${src} is in the HTML of ${route} but not in ${nextDir}/static: a stale build?`);
    const body = readFileSync(file);
    rawBytes += body.byteLength;
    gzipBytes += gzipSync(body, { level: 9 }).byteLength;
  }
  return { route, files, rawBytes, gzipBytes };
}

/** The page every route's first load is compared with: static text, the root layout and nothing else. */
export const STATIC_ROUTE = '/legal/mentions-legales';

/** The route's first-load JS and, measured in the same run on the same build, the static page's. */
export async function firstLoadMetrics(base: string, route: string, nextDir: string, target?: string) {
  const page = await routeFirstLoadJs(base, route, nextDir);
  const floor = await routeFirstLoadJs(base, STATIC_ROUTE, nextDir);
  const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
  return {
    [`${route} first-load JS (gzip)`]: { value: kb(page.gzipBytes), unit: `KB (${page.files.length} scripts in its HTML, raw ${kb(page.rawBytes)} KB)`, ...(target ? { target } : {}) },
    [`static page ${STATIC_ROUTE} first-load JS (gzip)`]: { value: kb(floor.gzipBytes), unit: `KB (${floor.files.length} scripts, raw ${kb(floor.rawBytes)} KB)` },
    [`${route} first-load JS above the static page (gzip)`]: { value: kb(page.gzipBytes - floor.gzipBytes), unit: 'KB' },
  };
}
