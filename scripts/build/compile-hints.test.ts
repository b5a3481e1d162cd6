import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import adapter, { COMPILE_HINT, addCompileHints, entryChunksOf, startupChunks, withCompileHint } from './compile-hints.mjs';

/** A client reference manifest as Next 16 writes one per route (trimmed to what the adapter reads). */
const manifest = (route: string, entries: Record<string, string[]>) =>
  `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST[${JSON.stringify(route)}] = ${JSON.stringify({ clientModules: {}, entryJSFiles: entries })};\n`;

const CHUNKS = {
  react: 'static/chunks/react-dom.js',
  layout: 'static/chunks/layout.js',
  configurator: 'static/chunks/configurator.js',
  garage: 'static/chunks/garage.js',
  viewer: 'static/chunks/three-viewer.js',
  styles: 'static/chunks/site.css',
};

let dist: string;

beforeEach(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'compile-hints-'));
  await mkdir(path.join(dist, 'static', 'chunks'), { recursive: true });
  await mkdir(path.join(dist, 'server', 'app', 'configure', '[model]'), { recursive: true });
  await mkdir(path.join(dist, 'server', 'app', 'garage'), { recursive: true });
  for (const chunk of Object.values(CHUNKS)) await writeFile(path.join(dist, chunk), `(globalThis.TURBOPACK||[]).push(["${chunk}",1,e=>{}]);\n`);
  await writeFile(path.join(dist, 'build-manifest.json'), JSON.stringify({ polyfillFiles: ['static/chunks/polyfills.js'], rootMainFiles: [CHUNKS.react] }));
  await writeFile(
    path.join(dist, 'server', 'app', 'configure', '[model]', 'page_client-reference-manifest.js'),
    manifest('/configure/[model]/page', { '[project]/app/layout': [CHUNKS.layout, CHUNKS.styles], '[project]/app/configure/[model]/page': [CHUNKS.layout, CHUNKS.configurator] }),
  );
  await writeFile(path.join(dist, 'server', 'app', 'garage', 'page_client-reference-manifest.js'), manifest('/garage/page', { '[project]/app/garage/page': [CHUNKS.garage] }));
});

afterEach(async () => {
  await rm(dist, { recursive: true, force: true });
});

const read = (chunk: string) => readFile(path.join(dist, chunk), 'utf8');

describe('withCompileHint', () => {
  it('puts the hint on a line of its own before the script, once', () => {
    const hinted = withCompileHint('let a=1;');
    expect(hinted).toBe(`${COMPILE_HINT}\nlet a=1;`);
    expect(withCompileHint(hinted)).toBe(hinted);
  });
});

describe('entryChunksOf', () => {
  it("reads every segment's entry chunks from a route's client reference manifest", () => {
    expect(entryChunksOf(manifest('/x/page', { a: ['static/chunks/1.js'], b: ['static/chunks/2.js', 'static/chunks/1.js'] }))).toEqual([
      'static/chunks/1.js',
      'static/chunks/2.js',
      'static/chunks/1.js',
    ]);
  });

  it('runs the manifest in a context of its own: it cannot reach this process', () => {
    expect(() => entryChunksOf('process.exit(1)')).toThrow(/process is not defined/);
  });
});

describe('the build adapter', () => {
  it('marks the root main files and every route entry chunk, and neither stylesheets nor chunks loaded on demand', async () => {
    expect(await startupChunks(dist)).toEqual([CHUNKS.configurator, CHUNKS.garage, CHUNKS.layout, CHUNKS.react]);
    await adapter.onBuildComplete({ distDir: dist } as Parameters<typeof adapter.onBuildComplete>[0]);
    for (const chunk of [CHUNKS.react, CHUNKS.layout, CHUNKS.configurator, CHUNKS.garage]) expect((await read(chunk)).split('\n')[0]).toBe(COMPILE_HINT);
    expect(await read(CHUNKS.viewer)).not.toContain(COMPILE_HINT);
    expect(await read(CHUNKS.styles)).not.toContain(COMPILE_HINT);
  });

  it('leaves a script as it was apart from the first line, and a second run changes nothing', async () => {
    const before = await read(CHUNKS.configurator);
    expect(await addCompileHints(dist)).toBe(4);
    const once = await read(CHUNKS.configurator);
    expect(once).toBe(`${COMPILE_HINT}\n${before}`);
    await addCompileHints(dist);
    expect(await read(CHUNKS.configurator)).toBe(once);
  });

  it('copes with a build without app routes (only the root main files)', async () => {
    await rm(path.join(dist, 'server'), { recursive: true });
    expect(await startupChunks(dist)).toEqual([CHUNKS.react]);
  });
});
