import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import validator from 'gltf-validator';
import { MeshoptDecoder } from 'meshoptimizer';
import { Mesh, MeshPhysicalMaterial, type Material } from 'three';
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';
import { MeshoptDecoder as ThreeMeshoptDecoder } from 'three/addons/libs/meshopt_decoder.module.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { applyAppearance, materialsByName } from '@/modules/catalog/components/car-appearance';
import { parseModelManifest, type ModelEntry } from '@/modules/catalog/model-manifest';
import { generateCar } from './car';
import { io } from './gltf';
import { CAR_SPECS } from './specs';

const publicDir = path.resolve(import.meta.dirname, '../../public');
const manifest = parseModelManifest(JSON.parse(readFileSync(path.join(publicDir, 'models/manifest.json'), 'utf8')));
const MODELS = ['etincelle', 'horizon', 'magistrale'] as const;
const MAX_BYTES = 1024 * 1024;

const fileOf = (entry: ModelEntry) => path.join(publicDir, entry.url);
const entryOf = (code: string): ModelEntry => {
  const entry = manifest.models[code];
  if (!entry) throw new Error(`manifest has no ${code}`);
  return entry;
};
const bytesOf = (entry: ModelEntry) => new Uint8Array(readFileSync(fileOf(entry)));

const validate = (bytes: Uint8Array) => validator.validateBytes(bytes, { maxIssues: 100 });

beforeAll(async () => {
  await MeshoptDecoder.ready;
});

test('the manifest lists exactly the catalogue models', () => {
  expect(Object.keys(manifest.models).sort()).toEqual([...MODELS]);
});

describe.each(MODELS)('%s.glb', (code) => {
  const entry = entryOf(code);

  test('is at most 1 MB and matches the size in the manifest', () => {
    const size = statSync(fileOf(entry)).size;
    expect(size).toBeLessThanOrEqual(MAX_BYTES);
    expect(entry.bytes).toBe(size);
  });

  test('passes the glTF validator, compressed and decompressed', async () => {
    const bytes = bytesOf(entry);
    const packed = await validate(bytes);
    expect(packed.issues.numErrors).toBe(0);
    // The validator cannot look inside meshopt buffers: validate the decoded geometry too.
    const doc = await io().readBinary(bytes);
    for (const ext of doc.getRoot().listExtensionsUsed()) if (ext.extensionName === 'EXT_meshopt_compression') ext.dispose();
    const plain = await validate(await io().writeBinary(doc));
    expect(plain.issues.messages.filter((m) => m.severity <= 1)).toEqual([]);
  });

  test('uses meshopt compression and quantized attributes', async () => {
    const doc = await io().readBinary(bytesOf(entry));
    const used = doc.getRoot().listExtensionsUsed().map((e) => e.extensionName);
    expect(used).toEqual(expect.arrayContaining(['EXT_meshopt_compression', 'KHR_mesh_quantization']));
  });

  test('has every material and node the manifest names', async () => {
    const doc = await io().readBinary(bytesOf(entry));
    const materials = new Set(doc.getRoot().listMaterials().map((m) => m.getName()));
    const nodes = new Set(doc.getRoot().listNodes().map((n) => n.getName()));
    const named = [
      ...Object.values(entry.materials).flat(),
      ...Object.values(entry.wheels.designs).map((d) => d.material),
      ...Object.values(entry.interiors.materials),
    ];
    for (const name of named) expect(materials, name).toContain(name);
    for (const design of ['aero', 'sport', 'turbine']) {
      const d = entry.wheels.designs[design];
      // One node per design holding its four rims: a wheel swap toggles one node.
      expect(d?.nodes).toHaveLength(1);
      for (const node of d?.nodes ?? []) expect(nodes, node).toContain(node);
    }
    expect(Object.keys(entry.interiors.materials).sort()).toEqual(['cuir-cognac', 'cuir-noir', 'tissu-gris']);
  });

  test('draws each material once: one mesh for the fixed parts, one per rim design, and a bounded triangle count', async () => {
    const doc = await io().readBinary(bytesOf(entry));
    const meshes = doc.getRoot().listMeshes();
    expect(meshes.map((m) => m.getName()).sort()).toEqual(['body', 'rim-aero', 'rim-sport', 'rim-turbine']);
    const body = meshes.find((m) => m.getName() === 'body');
    const materials = body?.listPrimitives().map((p) => p.getMaterial()?.getName()) ?? [];
    expect(new Set(materials).size).toBe(materials.length);
    // What one frame draws: the fixed parts and one rim design (the 33 draws and 383k indices of
    // the first viewer were 15 and under 300k once merged and simplified where the eye never lingers).
    const indices = (name: string) => meshes.find((m) => m.getName() === name)?.listPrimitives().reduce((n, p) => n + (p.getIndices()?.getCount() ?? 0), 0) ?? 0;
    expect(materials.length + 1).toBeLessThanOrEqual(15);
    expect(indices('body') + Math.max(indices('rim-aero'), indices('rim-sport'), indices('rim-turbine'))).toBeLessThan(300_000);
  });

  test('is what the generator produces today (committed output is up to date)', async () => {
    const spec = CAR_SPECS.find((s) => s.code === code);
    if (!spec) throw new Error(`no spec for ${code}`);
    const fresh = await generateCar(spec);
    expect(Buffer.from(fresh.glb).equals(Buffer.from(bytesOf(entry)))).toBe(true);
    expect(fresh.entry).toEqual(entry);
  }, 60_000);

  test('three.js loads it and the viewer swaps paint, wheels and interior by manifest names', async () => {
    const bytes = bytesOf(entry);
    const gltf = await new GLTFLoader()
      .setMeshoptDecoder(ThreeMeshoptDecoder)
      .parseAsync(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), '');
    const fileMaterials = (await gltf.parser.getDependencies('material')) as Material[];
    const materials = materialsByName(gltf.scene, fileMaterials);

    applyAppearance(entry, gltf.scene, materials, {
      paint: { hex: '#1b2f4b', finish: 'matte' },
      wheels: 'sport',
      interior: { code: 'cuir-cognac', hex: '#8b4a26' },
    });
    const paint = materials.get('paint');
    expect(paint).toBeInstanceOf(MeshPhysicalMaterial);
    if (!(paint instanceof MeshPhysicalMaterial)) return;
    expect(paint.color.getHexString()).toBe('1b2f4b');
    // Matte: no visible clearcoat, but the same shader variant as glossy paints (no recompile).
    expect(paint.clearcoat).toBeGreaterThan(0);
    expect(paint.clearcoat).toBeLessThan(0.01);
    expect(paint.roughness).toBeGreaterThan(0.6);
    // The paint material is the one on the body meshes, not an unused copy.
    let paintedMeshes = 0;
    gltf.scene.traverse((o) => {
      if (o instanceof Mesh && o.material === paint) paintedMeshes++;
    });
    expect(paintedMeshes).toBeGreaterThan(0);

    for (const [design, d] of Object.entries(entry.wheels.designs)) {
      for (const node of d.nodes) expect(gltf.scene.getObjectByName(node)?.visible, node).toBe(design === 'sport');
    }
    const seatMaterials = new Set<string>();
    gltf.scene.traverse((o) => {
      if (o instanceof Mesh && typeof o.userData.interiorSlot === 'string' && !Array.isArray(o.material)) seatMaterials.add((o.material as Material).name);
    });
    expect([...seatMaterials]).toEqual(['interior-cuir-cognac']);

    applyAppearance(entry, gltf.scene, materials, {
      paint: { hex: '#eef1f2', finish: 'metallic' },
      wheels: 'turbine',
      interior: { code: 'cuir-noir', hex: '#1c1c1e' },
    });
    expect(paint.metalness).toBeGreaterThan(0.5);
    expect(paint.clearcoat).toBe(1);
    expect(gltf.scene.getObjectByName(entry.wheels.designs.turbine?.nodes[0] ?? '')?.visible).toBe(true);
    expect(gltf.scene.getObjectByName(entry.wheels.designs.sport?.nodes[0] ?? '')?.visible).toBe(false);
  });
});

test('the three silhouettes differ: hatch short, SUV tall, saloon long and low', () => {
  const dims = Object.fromEntries(MODELS.map((m) => [m, entryOf(m).dimensionsMm]));
  expect(dims.etincelle!.length).toBeLessThan(dims.horizon!.length);
  expect(dims.horizon!.length).toBeLessThan(dims.magistrale!.length);
  expect(dims.horizon!.height).toBeGreaterThan(dims.etincelle!.height + 100);
  expect(dims.magistrale!.height).toBeLessThan(dims.etincelle!.height);
});
