import type { PaintFinish } from '@/modules/catalog/model-manifest';
import { mulberry32 } from '@/lib/random';

// Metallic flake under the clearcoat (issue #14), as plain numbers: a small tiling normal map made
// at run time from a seed, repeated densely over the body. Drawn on GPUs only: on a CPU renderer
// (SwiftShader in CI) the extra texture fetch and tangent frame cost about 13 % of an orbit frame,
// so there the paint stays exactly as before (no texture, same shader).

/** Side of the flake texture, in texels (RGBA8: 64 KB, with mipmaps 85 KB on the GPU). */
export const FLAKE_TEXELS = 128;
/** One tile of the texture spans this much of the body, in metres: one flake ≈ 1 mm. */
export const FLAKE_TILE_METRES = 0.125;
/** Fixed seed: every page draws the same flakes (stills and screenshots stay comparable). */
export const FLAKE_SEED = 0x5eed_f1a6;
/** Largest tangent-plane component of a flake's normal (sin of its tilt: 0.4 ≈ 24°). */
export const FLAKE_MAX_TILT = 0.4;

/** Flake only where the GPU draws it (a software renderer keeps today's cheaper paint). */
export function flakeEnabled(softwareRenderer: boolean): boolean {
  return !softwareRenderer;
}

/**
 * How strongly the flake tilts the paint's normal (the material's normalScale). Solid paints have
 * no flake and matte ones must read matte: 0 there, which leaves the normal exactly unperturbed
 * while keeping the map bound, so every paint uses the same shader (no recompile on a swap).
 */
export function flakeStrength(finish: PaintFinish): number {
  switch (finish) {
    case 'metallic':
      return 0.6;
    case 'solid':
    case 'matte':
      return 0;
  }
}

/**
 * Texels of a tangent-space normal map (RGBA8, rows of `size`): one flake per texel, tilted in a
 * random direction by up to `maxTilt` (uniform over the disc), so the texture tiles seamlessly.
 */
export function flakeTexels(size = FLAKE_TEXELS, seed = FLAKE_SEED, maxTilt = FLAKE_MAX_TILT): Uint8Array {
  if (!Number.isInteger(size) || size < 1) throw new Error(`Bad flake texture size ${size}`);
  const random = mulberry32(seed);
  const out = new Uint8Array(size * size * 4);
  const encode = (v: number) => Math.round((v * 0.5 + 0.5) * 255);
  for (let i = 0; i < size * size; i++) {
    const r = maxTilt * Math.sqrt(random());
    const angle = 2 * Math.PI * random();
    const x = r * Math.cos(angle);
    const y = r * Math.sin(angle);
    out[i * 4] = encode(x);
    out[i * 4 + 1] = encode(y);
    out[i * 4 + 2] = encode(Math.sqrt(1 - x * x - y * y));
    out[i * 4 + 3] = 255;
  }
  return out;
}

/**
 * Texture coordinates for a mesh that has none (the generated cars carry positions and normals
 * only): each vertex projected on the plane facing its normal's largest axis, in tiles of
 * `tile` metres. Positions and normals are in the car's space (metres), three numbers a vertex.
 */
export function boxUv(positions: ArrayLike<number>, normals: ArrayLike<number>, tile = FLAKE_TILE_METRES): Float32Array {
  const count = Math.floor(positions.length / 3);
  if (normals.length < count * 3) throw new Error('boxUv: fewer normals than positions');
  const uv = new Float32Array(count * 2);
  for (let i = 0; i < count; i++) {
    const [px, py, pz] = [positions[i * 3]!, positions[i * 3 + 1]!, positions[i * 3 + 2]!];
    const [ax, ay, az] = [Math.abs(normals[i * 3]!), Math.abs(normals[i * 3 + 1]!), Math.abs(normals[i * 3 + 2]!)];
    const [u, v] = ax >= ay && ax >= az ? [pz, py] : ay >= az ? [px, pz] : [px, py];
    uv[i * 2] = u / tile;
    uv[i * 2 + 1] = v / tile;
  }
  return uv;
}
