import { Color, Mesh, MeshPhysicalMaterial, MeshStandardMaterial, type Material, type Object3D } from 'three';
import { interiorMaterialName, paintLook, wheelVisibility, type ModelEntry, type PaintFinish } from '@/modules/catalog/model-manifest';

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
  }
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
