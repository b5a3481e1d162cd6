// @ts-check
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import vm from 'node:vm';

/**
 * A Next.js build adapter (next.config.ts `adapterPath`; Next lists "transform or optimize build
 * outputs" among adapters' uses) that marks the scripts every page runs at start-up with V8's
 * explicit compile hint (https://v8.dev/blog/explicit-compile-hints, Chromium 136+).
 *
 * Why: V8 compiles a function lazily, on the main thread, the first time it is called. Turbopack
 * wraps every module in a function, so evaluating react-dom, Next's router and the page's client
 * components compiles them on the main thread inside the hydration task: measured on
 * /configure/horizon at 4x CPU slowdown, about 190 ms of that ~600 ms task (issue #14, Lighthouse
 * TBT). With the hint, Chromium compiles those functions on the thread that streams the script in,
 * while it downloads. Browsers without the feature read a comment.
 *
 * Only start-up scripts are marked: the root main files and each app route's entry chunks, which the
 * page's HTML loads with <script> tags. Chunks loaded on demand (the 3D viewer's three.js, charts)
 * are left lazy: compiling all of their functions up front would be work nobody asked for yet.
 * Plain JavaScript, like eslint's architecture rule, because Next imports it without a compiler.
 */

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

const CLIENT_MANIFEST_SUFFIX = '_client-reference-manifest.js';

/** The source with the hint as its first line; a source that has it already is returned unchanged. */
export function withCompileHint(source) {
  return source.startsWith(`${COMPILE_HINT}\n`) ? source : `${COMPILE_HINT}\n${source}`;
}

/**
 * Every route's client reference manifest assigns `globalThis.__RSC_MANIFEST[route]`: run in an
 * empty context (it is this build's own output), it yields each segment's entry chunks.
 * @param {string} code
 * @returns {string[]}
 */
export function entryChunksOf(code) {
  /** @type {{ __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> }} */
  const context = {};
  vm.runInNewContext(code, context, { timeout: 1000 });
  return Object.values(context.__RSC_MANIFEST ?? {}).flatMap((route) => Object.values(route.entryJSFiles ?? {}).flat());
}

/**
 * The start-up scripts of a build, as paths relative to `distDir`, sorted.
 * @param {string} distDir
 * @returns {Promise<string[]>}
 */
export async function startupChunks(distDir) {
  /** @type {{ rootMainFiles?: string[] }} */
  const buildManifest = JSON.parse(await readFile(path.join(distDir, 'build-manifest.json'), 'utf8'));
  const files = new Set(buildManifest.rootMainFiles ?? []);
  const appDir = path.join(distDir, 'server', 'app');
  const entries = await readdir(appDir, { recursive: true }).catch(() => []);
  for (const entry of entries.filter((e) => e.endsWith(CLIENT_MANIFEST_SUFFIX))) {
    for (const chunk of entryChunksOf(await readFile(path.join(appDir, entry), 'utf8'))) files.add(chunk);
  }
  return [...files].filter((f) => f.endsWith('.js')).sort();
}

/**
 * Adds the hint to each start-up script of the build in `distDir`; returns how many were marked.
 * @param {string} distDir
 * @returns {Promise<number>}
 */
export async function addCompileHints(distDir) {
  const chunks = await startupChunks(distDir);
  await Promise.all(
    chunks.map(async (chunk) => {
      const file = path.join(distDir, chunk);
      const source = await readFile(file, 'utf8');
      const hinted = withCompileHint(source);
      if (hinted !== source) await writeFile(file, hinted);
    }),
  );
  return chunks.length;
}

/** @type {import('next').NextAdapter} */
const adapter = {
  name: 'virage-compile-hints',
  async onBuildComplete({ distDir }) {
    const count = await addCompileHints(distDir);
    console.log(`compile hints: ${count} start-up scripts marked`);
  },
};

export default adapter;
