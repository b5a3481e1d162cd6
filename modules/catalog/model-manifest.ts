import { z } from 'zod';

// The 3D model manifest (public/models/manifest.json) ties catalogue codes to names inside each
// glTF file: which materials take the paint, which nodes are each wheel design, which material
// each interior code uses, and the camera presets. A manufacturer's own glTF replaces a generated
// one by editing this file only.

const vec3 = z.tuple([z.number(), z.number(), z.number()]);

const cameraPreset = z.object({
  position: vec3,
  target: vec3,
  fov: z.number().positive(),
  minDistance: z.number().positive(),
  maxDistance: z.number().positive(),
  minPolarAngle: z.number().min(0),
  maxPolarAngle: z.number().max(Math.PI),
});

const modelEntry = z.object({
  url: z.string().min(1),
  bytes: z.number().int().positive(),
  dimensionsMm: z.object({ length: z.number(), width: z.number(), height: z.number(), wheelbase: z.number() }),
  materials: z.object({
    paint: z.array(z.string()).min(1),
    glass: z.array(z.string()),
    chrome: z.array(z.string()),
    tyre: z.array(z.string()),
  }),
  wheels: z.object({
    default: z.string(),
    designs: z.record(z.string(), z.object({ nodes: z.array(z.string()).min(1), material: z.string() })),
  }),
  interiors: z.object({
    default: z.string(),
    /** Interior code → material name. Meshes wearing any of these materials take the selected one. */
    materials: z.record(z.string(), z.string()),
  }),
  cameras: z.object({ exterior: cameraPreset, interior: cameraPreset }),
  /** Side view for the 2D fallback, in millimetres, front to the right. */
  silhouette: z.object({
    viewBox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
    body: z.string(),
    glass: z.array(z.string()),
    wheels: z.array(z.object({ cx: z.number(), cy: z.number(), r: z.number(), rim: z.number(), well: z.number() })),
  }),
});

export const modelManifestSchema = z.object({
  version: z.literal(1),
  models: z.record(z.string(), modelEntry),
});

export type Vec3 = z.infer<typeof vec3>;
export type CameraPreset = z.infer<typeof cameraPreset>;
export type ModelEntry = z.infer<typeof modelEntry>;
export type ModelManifest = z.infer<typeof modelManifestSchema>;
export type CameraView = keyof ModelEntry['cameras'];

export const MANIFEST_URL = '/models/manifest.json';

export function parseModelManifest(json: unknown): ModelManifest {
  const manifest = modelManifestSchema.parse(json);
  for (const [code, entry] of Object.entries(manifest.models)) {
    if (!(entry.wheels.default in entry.wheels.designs)) throw new Error(`${code}: default wheel design ${entry.wheels.default} is not listed`);
    if (!(entry.interiors.default in entry.interiors.materials)) throw new Error(`${code}: default interior ${entry.interiors.default} is not listed`);
  }
  return manifest;
}

/** Which wheel nodes to show for a design: an unknown design keeps the model's default. */
export function wheelVisibility(entry: ModelEntry, design: string): Map<string, boolean> {
  const chosen = design in entry.wheels.designs ? design : entry.wheels.default;
  const out = new Map<string, boolean>();
  for (const [code, d] of Object.entries(entry.wheels.designs)) {
    for (const node of d.nodes) out.set(node, (out.get(node) ?? false) || code === chosen);
  }
  return out;
}

/** Material for an interior code, or null when the file has none for it (the viewer then tints). */
export function interiorMaterialName(entry: ModelEntry, code: string): string | null {
  return entry.interiors.materials[code] ?? null;
}

export type PaintFinish = 'solid' | 'metallic' | 'matte';
export type PaintLook = { metalness: number; roughness: number; clearcoat: number; clearcoatRoughness: number };

/**
 * Physically based parameters per finish: solid = non-metal under a glossy clearcoat, metallic =
 * metal flake under clearcoat, matte = rough, no clearcoat (highlights spread and dull).
 */
export function paintLook(finish: PaintFinish): PaintLook {
  switch (finish) {
    case 'solid':
      return { metalness: 0.05, roughness: 0.38, clearcoat: 1, clearcoatRoughness: 0.04 };
    case 'metallic':
      return { metalness: 0.75, roughness: 0.3, clearcoat: 1, clearcoatRoughness: 0.03 };
    case 'matte':
      return { metalness: 0.2, roughness: 0.78, clearcoat: 0, clearcoatRoughness: 1 };
  }
}
