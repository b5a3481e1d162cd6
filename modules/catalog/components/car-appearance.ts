import {
  BufferAttribute,
  type BufferGeometry,
  Color,
  DataTexture,
  LinearFilter,
  LinearMipmapLinearFilter,
  Matrix3,
  Mesh,
  MeshPhysicalMaterial,
  MeshStandardMaterial,
  RepeatWrapping,
  RGBAFormat,
  UnsignedByteType,
  Vector3,
  type Material,
  type Object3D,
} from 'three';
import { interiorMaterialName, paintLook, wheelVisibility, type ModelEntry, type PaintFinish } from '@/modules/catalog/model-manifest';
import { boxUv, FLAKE_TEXELS, flakeStrength, flakeTexels } from './paint-flake';

// Applies catalogue choices to a loaded car through the manifest's names only, so any glTF that
// follows the manifest (generated or a manufacturer's) works without code changes.

export type Appearance = {
  paint: { hex: string; finish: PaintFinish };
  wheels: string;
  interior: { code: string; hex: string };
};

/** Materials by name: those on meshes first (what is rendered), then the file's other ones. */
export function materialsByName(scene: Object3D, fileMaterials: readonly Material[] = []): Map<string, Material> {
  const out = new Map<string, Material>();
  scene.traverse((o) => {
    if (!(o instanceof Mesh)) return;
    const material = o.material as Material | Material[];
    const list: Material[] = Array.isArray(material) ? material : [material];
    for (const m of list) if (m.name && !out.has(m.name)) out.set(m.name, m);
  });
  for (const m of fileMaterials) if (m.name && !out.has(m.name)) out.set(m.name, m);
  return out;
}

export const MATTE_CLEARCOAT = 0.001;

let flakeMap: DataTexture | null = null;

export function applyPaint(entry: ModelEntry, materials: Map<string, Material>, paint: Appearance['paint']): void {
  const look = paintLook(paint.finish);
  for (const name of entry.materials.paint) {
    const m = materials.get(name);
    if (!(m instanceof MeshStandardMaterial)) continue;
    m.color.set(paint.hex);
    m.metalness = look.metalness;
    m.roughness = look.roughness;
    if (m instanceof MeshPhysicalMaterial) {
      // Never exactly 0: three compiles another shader without the clearcoat layer, so a switch
      // to a matte paint would stall for a recompile. A trace of rough clearcoat is invisible.
      m.clearcoat = Math.max(look.clearcoat, MATTE_CLEARCOAT);
      m.clearcoatRoughness = look.clearcoatRoughness;
    }
    // Only a uniform: the flake map stays bound for every finish (installFlake), at strength 0
    // where the paint has no flake, so the shader is the same for every paint.
    if (m.normalMap && m.normalMap === flakeMap) m.normalScale.setScalar(flakeStrength(paint.finish));
  }
}

/** The flake normal map (paint-flake.ts), made once per page and shared by every car. */
export function flakeTexture(): DataTexture {
  if (!flakeMap) {
    const t = new DataTexture(flakeTexels(), FLAKE_TEXELS, FLAKE_TEXELS, RGBAFormat, UnsignedByteType);
    t.wrapS = RepeatWrapping;
    t.wrapT = RepeatWrapping;
    // Mipmapped: far away the flakes average to the smooth paint instead of shimmering.
    t.magFilter = LinearFilter;
    t.minFilter = LinearMipmapLinearFilter;
    t.generateMipmaps = true;
    t.anisotropy = 4;
    t.name = 'paint-flake';
    t.needsUpdate = true;
    flakeMap = t;
  }
  return flakeMap;
}

/**
 * Puts the flake normal map on the body paint, once per file and before its shaders are compiled
 * (GPU renderers only: CarScene checks flakeEnabled). The clearcoat keeps the unperturbed normal
 * (three uses the geometric normal for it without a clearcoatNormalMap), so the sparkle sits
 * under a smooth lacquer. Painted meshes without texture coordinates get box-projected ones in
 * metres. A paint that already has its own normal map (a manufacturer's file) is left alone.
 */
export function installFlake(entry: ModelEntry, scene: Object3D, materials: Map<string, Material>): void {
  const painted = new Set<Material>();
  for (const name of entry.materials.paint) {
    const m = materials.get(name);
    if (!(m instanceof MeshStandardMaterial)) continue;
    if (m.normalMap && m.normalMap !== flakeTexture()) continue;
    painted.add(m);
    if (m.normalMap) continue;
    m.normalMap = flakeTexture();
    m.normalScale.setScalar(0);
    m.needsUpdate = true;
  }
  if (painted.size === 0) return;
  const normalMatrix = new Matrix3();
  const v = new Vector3();
  scene.traverse((o) => {
    if (!(o instanceof Mesh) || Array.isArray(o.material) || !painted.has(o.material as Material)) return;
    const geometry = o.geometry as BufferGeometry;
    const position = geometry.getAttribute('position');
    const normal = geometry.getAttribute('normal');
    if (geometry.getAttribute('uv') || !position || !normal) return;
    // In the car's space: the generated files are quantized, their meshes scaled back by the node.
    o.updateWorldMatrix(true, false);
    normalMatrix.getNormalMatrix(o.matrixWorld);
    const positions = new Float32Array(position.count * 3);
    const normals = new Float32Array(position.count * 3);
    for (let i = 0; i < position.count; i++) {
      v.fromBufferAttribute(position, i)
        .applyMatrix4(o.matrixWorld)
        .toArray(positions, i * 3);
      v.fromBufferAttribute(normal, i)
        .applyMatrix3(normalMatrix)
        .toArray(normals, i * 3);
    }
    geometry.setAttribute('uv', new BufferAttribute(boxUv(positions, normals), 2));
  });
}

export function applyWheels(entry: ModelEntry, scene: Object3D, design: string): void {
  for (const [name, visible] of wheelVisibility(entry, design)) {
    const node = scene.getObjectByName(name);
    if (node) node.visible = visible;
  }
}

const tinted = new WeakMap<Material, Material>();

/**
 * Puts the interior's material on every mesh wearing any interior material. When the file has
 * no material for the code, the default one is tinted with the catalogue colour instead.
 */
export function applyInterior(entry: ModelEntry, scene: Object3D, materials: Map<string, Material>, interior: Appearance['interior']): void {
  const slotNames = new Set(Object.values(entry.interiors.materials));
  const wanted = interiorMaterialName(entry, interior.code);
  let target = wanted ? materials.get(wanted) : undefined;
  if (!target) {
    const base = materials.get(entry.interiors.materials[entry.interiors.default] ?? '');
    if (!base) return;
    let tint = tinted.get(base);
    if (!tint) {
      tint = base.clone();
      tinted.set(base, tint);
    }
    if (tint instanceof MeshStandardMaterial) tint.color = new Color(interior.hex);
    target = tint;
  }
  const chosen = target;
  scene.traverse((o) => {
    if (!(o instanceof Mesh) || Array.isArray(o.material)) return;
    const current = o.material as Material;
    const original = typeof o.userData.interiorSlot === 'string' ? o.userData.interiorSlot : current.name;
    if (!slotNames.has(original)) return;
    o.userData.interiorSlot = original;
    o.material = chosen;
  });
}

export function applyAppearance(entry: ModelEntry, scene: Object3D, materials: Map<string, Material>, a: Appearance): void {
  applyPaint(entry, materials, a.paint);
  applyWheels(entry, scene, a.wheels);
  applyInterior(entry, scene, materials, a.interior);
}
