import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Mesh, MeshPhysicalMaterial, type Material, type Object3D } from 'three';
import { GLTFLoader, type GLTF } from 'three/addons/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/addons/libs/meshopt_decoder.module.js';
import { describe, expect, test } from 'vitest';
import { parseModelManifest, type ModelEntry, type PaintFinish } from '@/modules/catalog/model-manifest';
import { applyAppearance, flakeTexture, installFlake, materialsByName, type Appearance } from './car-appearance';
import { boxUv, FLAKE_MAX_TILT, FLAKE_SEED, FLAKE_TEXELS, FLAKE_TILE_METRES, flakeEnabled, flakeStrength, flakeTexels } from './paint-flake';

const publicDir = path.resolve(import.meta.dirname, '../../../public');
const manifest = parseModelManifest(JSON.parse(readFileSync(path.join(publicDir, 'models/manifest.json'), 'utf8')));

async function load(code: string): Promise<{ entry: ModelEntry; gltf: GLTF; materials: Map<string, Material> }> {
  const entry = manifest.models[code];
  if (!entry) throw new Error(`manifest has no ${code}`);
  const bytes = readFileSync(path.join(publicDir, entry.url));
  const gltf = await new GLTFLoader()
    .setMeshoptDecoder(MeshoptDecoder)
    .parseAsync(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), '');
  const materials = materialsByName(gltf.scene, (await gltf.parser.getDependencies('material')) as Material[]);
  return { entry, gltf, materials };
}

const look = (finish: PaintFinish, hex = '#44556a'): Appearance => ({
  paint: { hex, finish },
  wheels: 'aero',
  interior: { code: 'tissu-gris', hex: '#5e6266' },
});

const paintedMeshes = (scene: Object3D, paint: Material) => {
  const out: Mesh[] = [];
  scene.traverse((o) => {
    if (o instanceof Mesh && o.material === paint) out.push(o as Mesh);
  });
  return out;
};

/** What makes three pick (or compile) a shader for the material, beyond uniforms. */
const variant = (m: MeshPhysicalMaterial) => ({
  version: m.version,
  maps: (['map', 'normalMap', 'roughnessMap', 'metalnessMap', 'clearcoatMap', 'clearcoatNormalMap', 'clearcoatRoughnessMap'] as const).map(
    (k) => m[k]?.uuid ?? null,
  ),
  clearcoat: m.clearcoat > 0,
});

describe('flake decision', () => {
  test('on hardware GPUs only', () => {
    expect(flakeEnabled(false)).toBe(true);
    expect(flakeEnabled(true)).toBe(false);
  });

  test('metallic paints sparkle, solid and matte ones do not', () => {
    expect(flakeStrength('metallic')).toBeGreaterThan(0.3);
    expect(flakeStrength('metallic')).toBeLessThanOrEqual(1);
    expect(flakeStrength('solid')).toBe(0);
    expect(flakeStrength('matte')).toBe(0);
  });
});

describe('flake texture', () => {
  test('is the same for a seed and differs for another', () => {
    const a = flakeTexels(16, 42);
    expect(flakeTexels(16, 42)).toEqual(a);
    expect(flakeTexels(16, 43)).not.toEqual(a);
    expect(flakeTexels()).toEqual(flakeTexels(FLAKE_TEXELS, FLAKE_SEED));
  });

  test('is small and square, one RGBA texel per flake', () => {
    expect(FLAKE_TEXELS).toBeLessThanOrEqual(256);
    expect(flakeTexels(8).length).toBe(8 * 8 * 4);
    expect(() => flakeTexels(0)).toThrow();
  });

  test('holds unit normals tilted up to the maximum, in every direction, averaging to straight up', () => {
    const texels = flakeTexels();
    const n = FLAKE_TEXELS * FLAKE_TEXELS;
    const decode = (b: number) => (b / 255) * 2 - 1;
    let sx = 0;
    let sy = 0;
    let maxTilt = 0;
    const quadrants = new Set<string>();
    const distinct = new Set<number>();
    for (let i = 0; i < n; i++) {
      const [x, y, z] = [decode(texels[i * 4]!), decode(texels[i * 4 + 1]!), decode(texels[i * 4 + 2]!)];
      expect(Math.hypot(x, y, z)).toBeCloseTo(1, 1);
      expect(z).toBeGreaterThan(0.9);
      expect(texels[i * 4 + 3]).toBe(255);
      sx += x;
      sy += y;
      maxTilt = Math.max(maxTilt, Math.hypot(x, y));
      quadrants.add(`${Math.sign(x)}${Math.sign(y)}`);
      distinct.add(texels[i * 4]! * 256 + texels[i * 4 + 1]!);
    }
    expect(maxTilt).toBeLessThanOrEqual(FLAKE_MAX_TILT + 0.01);
    expect(maxTilt).toBeGreaterThan(FLAKE_MAX_TILT * 0.9);
    expect(Math.abs(sx / n)).toBeLessThan(0.02);
    expect(Math.abs(sy / n)).toBeLessThan(0.02);
    expect(quadrants.size).toBeGreaterThanOrEqual(4);
    expect(distinct.size).toBeGreaterThan(n / 4);
  });

  test('tiles and is filtered for distance, as a normal map (no colour space)', () => {
    const t = flakeTexture();
    expect(flakeTexture()).toBe(t);
    expect(t.image.width).toBe(FLAKE_TEXELS);
    expect(t.wrapS).toBe(1000); // RepeatWrapping
    expect(t.wrapT).toBe(1000);
    expect(t.generateMipmaps).toBe(true);
    expect(t.colorSpace).toBe('');
  });
});

describe('box-projected texture coordinates', () => {
  test('project on the plane facing the normal, in tiles of the given size', () => {
    const positions = [0.5, 0.25, 1, 0.5, 0.25, 1, 0.5, 0.25, 1];
    const normals = [0.9, 0.3, 0.1, -0.1, 0.8, 0.2, 0.1, -0.2, -0.95];
    expect([...boxUv(positions, normals, 0.25)]).toEqual([4, 1, 2, 4, 2, 1]);
    expect([...boxUv([1, 2, 3], [0, 0, 1])]).toEqual([1 / FLAKE_TILE_METRES, 2 / FLAKE_TILE_METRES]);
    expect(() => boxUv([1, 2, 3], [])).toThrow();
  });
});

describe('flake on a generated car', () => {
  test('software renderers: no flake installed, the paint is as before (no map, no texture coordinates)', async () => {
    const { entry, gltf, materials } = await load('etincelle');
    applyAppearance(entry, gltf.scene, materials, look('metallic'));
    const paint = materials.get('paint');
    expect(paint).toBeInstanceOf(MeshPhysicalMaterial);
    if (!(paint instanceof MeshPhysicalMaterial)) return;
    expect(paint.normalMap).toBeNull();
    for (const mesh of paintedMeshes(gltf.scene, paint)) expect(mesh.geometry.getAttribute('uv')).toBeUndefined();
  });

  test('GPU: the map sits on the paint under a smooth clearcoat, dense over the body, and paint swaps change uniforms only', async () => {
    const { entry, gltf, materials } = await load('horizon');
    const paint = materials.get('paint');
    expect(paint).toBeInstanceOf(MeshPhysicalMaterial);
    if (!(paint instanceof MeshPhysicalMaterial)) return;
    installFlake(entry, gltf.scene, materials);
    expect(paint.normalMap).toBe(flakeTexture());
    expect(paint.clearcoatNormalMap).toBeNull();
    // Only the paint: chrome, glass and trims keep their look.
    for (const [name, m] of materials) if (name !== 'paint' && m instanceof MeshPhysicalMaterial) expect(m.normalMap, name).toBeNull();

    // Every painted mesh has texture coordinates, in tiles of FLAKE_TILE_METRES of the real car
    // (the file is quantized: its meshes are scaled back by their nodes).
    const meshes = paintedMeshes(gltf.scene, paint);
    expect(meshes.length).toBeGreaterThan(0);
    let span = 0;
    for (const mesh of meshes) {
      const uv = mesh.geometry.getAttribute('uv');
      expect(uv?.count).toBe(mesh.geometry.getAttribute('position').count);
      if (!uv) continue;
      let [lo, hi] = [Infinity, -Infinity];
      for (let i = 0; i < uv.count; i++) [lo, hi] = [Math.min(lo, uv.getX(i)), Math.max(hi, uv.getX(i))];
      span = Math.max(span, hi - lo);
    }
    const lengthTiles = entry.dimensionsMm.length / 1000 / FLAKE_TILE_METRES;
    expect(span).toBeGreaterThan(lengthTiles * 0.6);
    expect(span).toBeLessThan(lengthTiles * 1.05);

    // Installing again (the file is cached between canvases) changes nothing.
    const installed = variant(paint);
    installFlake(entry, gltf.scene, materials);
    expect(variant(paint)).toEqual(installed);

    applyAppearance(entry, gltf.scene, materials, look('metallic'));
    const metallic = variant(paint);
    expect(paint.normalScale.x).toBe(flakeStrength('metallic'));
    expect(paint.normalScale.y).toBe(flakeStrength('metallic'));
    expect(paint.clearcoatRoughness).toBeLessThan(0.1);
    for (const finish of ['matte', 'solid', 'metallic', 'solid'] as const) {
      applyAppearance(entry, gltf.scene, materials, look(finish, '#a1b2c3'));
      expect(variant(paint), finish).toEqual(metallic);
      expect(paint.normalScale.x, finish).toBe(flakeStrength(finish));
    }
  });

  test("a file's own paint normal map is kept", async () => {
    const { entry, gltf, materials } = await load('magistrale');
    const paint = materials.get('paint');
    if (!(paint instanceof MeshPhysicalMaterial)) throw new Error('no paint');
    const own = flakeTexture().clone();
    paint.normalMap = own;
    paint.normalScale.set(0.7, -0.7);
    installFlake(entry, gltf.scene, materials);
    applyAppearance(entry, gltf.scene, materials, look('matte'));
    expect(paint.normalMap).toBe(own);
    expect(paint.normalScale.toArray()).toEqual([0.7, -0.7]);
    for (const mesh of paintedMeshes(gltf.scene, paint)) expect(mesh.geometry.getAttribute('uv')).toBeUndefined();
  });
});
