import { Document, Logger, NodeIO, type Material, type Mesh, type Node } from '@gltf-transform/core';
import { ALL_EXTENSIONS, KHRMaterialsClearcoat, KHRMaterialsVariants } from '@gltf-transform/extensions';
import { dedup, meshopt, prune, simplifyPrimitive } from '@gltf-transform/functions';
import { MeshoptDecoder, MeshoptEncoder, MeshoptSimplifier } from 'meshoptimizer';
import { hexToLinear, INTERIOR_SLOT, INTERIORS, interiorMaterial, MATERIALS } from './materials';
import type { Vec3 } from './math';
import type { MeshSet } from './mesh';

/** A node of the car's scene graph, in car coordinates (x forward, y left, z up). */
export type SceneNode = {
  name: string;
  mesh?: { name: string; set: MeshSet };
  translation?: Vec3;
  /** Half-turn about the vertical axis (right-hand wheels face outwards). */
  turned?: boolean;
  children?: SceneNode[];
};

/** Share of vertices to keep and the largest error allowed (fraction of the mesh's radius: 0.002 ≈ 5 mm on a car). */
const SIMPLIFY: Record<string, { ratio: number; error: number }> = {
  underbody: { ratio: 0.2, error: 0.004 },
  cabin: { ratio: 0.4, error: 0.002 },
};
const SIMPLIFY_SEATS = { ratio: 0.5, error: 0.0015 };

// glTF is y-up with the front of an asset towards +z: car (x, y, z) → glTF (y, z, x).
const toGltf = (v: Vec3): Vec3 => [v[1], v[2], v[0]];

export async function writeGlb(root: SceneNode, extras: Record<string, unknown>): Promise<Uint8Array> {
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.WARN));
  doc.getRoot().getAsset().generator = 'Virage scripts/models (glTF-Transform)';
  const buffer = doc.createBuffer();
  const clearcoat = doc.createExtension(KHRMaterialsClearcoat);
  const variants = doc.createExtension(KHRMaterialsVariants);

  const materials = new Map<string, Material>();
  const material = (name: string): Material => {
    const existing = materials.get(name);
    if (existing) return existing;
    const def = MATERIALS[name];
    if (!def) throw new Error(`Unknown material ${name}`);
    const m = doc
      .createMaterial(name)
      .setBaseColorFactor([...hexToLinear(def.color), def.alpha ?? 1])
      .setMetallicFactor(def.metallic)
      .setRoughnessFactor(def.roughness)
      .setDoubleSided(def.doubleSided ?? false);
    if (def.alpha !== undefined) m.setAlphaMode('BLEND');
    if (def.emissive) m.setEmissiveFactor(hexToLinear(def.emissive));
    if (def.clearcoat) {
      m.setExtension(
        'KHR_materials_clearcoat',
        clearcoat.createClearcoat().setClearcoatFactor(def.clearcoat.factor).setClearcoatRoughnessFactor(def.clearcoat.roughness),
      );
    }
    materials.set(name, m);
    return m;
  };

  const variantList = INTERIORS.map((code) => ({ code, variant: variants.createVariant(code) }));

  const meshes = new Map<MeshSet, Mesh>();
  const buildMesh = (name: string, set: MeshSet): Mesh => {
    const cached = meshes.get(set);
    if (cached) return cached;
    const mesh = doc.createMesh(name);
    for (const [matName, data] of [...set.byMaterial.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      if (data.indices.length === 0) continue;
      const pos = new Float32Array(data.positions.length);
      const nrm = new Float32Array(data.normals.length);
      for (let i = 0; i < data.positions.length; i += 3) {
        pos.set(toGltf([data.positions[i]!, data.positions[i + 1]!, data.positions[i + 2]!]), i);
        nrm.set(toGltf([data.normals[i]!, data.normals[i + 1]!, data.normals[i + 2]!]), i);
      }
      const vertexCount = pos.length / 3;
      const indices = vertexCount > 65535 ? new Uint32Array(data.indices) : new Uint16Array(data.indices);
      const prim = doc
        .createPrimitive()
        .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(pos).setBuffer(buffer))
        .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(nrm).setBuffer(buffer))
        .setIndices(doc.createAccessor().setType('SCALAR').setArray(indices).setBuffer(buffer))
        .setMaterial(material(matName));
      if (matName === INTERIOR_SLOT) {
        const list = variants.createMappingList();
        for (const { code, variant } of variantList) {
          list.addMapping(variants.createMapping().setMaterial(material(interiorMaterial(code))).addVariant(variant));
        }
        prim.setExtension('KHR_materials_variants', list);
      }
      mesh.addPrimitive(prim);
    }
    meshes.set(set, mesh);
    return mesh;
  };

  const buildNode = (desc: SceneNode): Node => {
    const node = doc.createNode(desc.name);
    if (desc.translation) node.setTranslation(toGltf(desc.translation));
    if (desc.turned) node.setRotation([0, 1, 0, 0]);
    if (desc.mesh) node.setMesh(buildMesh(desc.mesh.name, desc.mesh.set));
    for (const child of desc.children ?? []) node.addChild(buildNode(child));
    return node;
  };

  const scene = doc.createScene('car');
  scene.addChild(buildNode(root));
  doc.getRoot().setDefaultScene(scene);
  scene.setExtras(extras);

  // Fewer triangles where the eye never lingers: the underbody (seen from below only), the dark
  // cabin lining and the seats behind tinted glass. Paint, glass, lights and wheels keep theirs.
  await Promise.all([MeshoptEncoder.ready, MeshoptSimplifier.ready]);
  for (const mesh of doc.getRoot().listMeshes()) {
    for (const prim of mesh.listPrimitives()) {
      const name = prim.getMaterial()?.getName() ?? '';
      const target = SIMPLIFY[name] ?? (name === INTERIOR_SLOT ? SIMPLIFY_SEATS : undefined);
      if (target) simplifyPrimitive(prim, { simplifier: MeshoptSimplifier, ...target, lockBorder: false });
    }
  }
  await doc.transform(dedup(), prune({ keepLeaves: true }), meshopt({ encoder: MeshoptEncoder, level: 'high' }));
  return io().writeBinary(doc);
}

export function io(): NodeIO {
  return new NodeIO()
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder, 'meshopt.decoder': MeshoptDecoder });
}
