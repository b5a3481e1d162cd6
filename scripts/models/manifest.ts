import type { CameraPreset, ModelEntry } from '@/modules/catalog/model-manifest';
import type { BodyShape } from './body';
import { INTERIORS, interiorMaterial, rimMaterial, WHEEL_DESIGNS } from './materials';
import { normalize, type Vec3 } from './math';

export const WHEEL_POSITIONS = ['fl', 'fr', 'rl', 'rr'] as const;
/** One node per rim design, holding its four rims. */
export const rimNode = (design: string) => `rim-${design}`;

const round = (v: number, d = 3) => Number(v.toFixed(d));
const r3 = (v: Vec3): Vec3 => [round(v[0]), round(v[1]), round(v[2])];

/** Presets in glTF/three coordinates: y up, car front towards +z, driver side (left) towards +x. */
function cameras(shape: BodyShape, height: number): ModelEntry['cameras'] {
  const { spec } = shape;
  const L = spec.length;
  const dir = normalize([0.62, 0.2, 0.76]);
  const dist = L * 1.42;
  const target: Vec3 = [0, height * 0.38, 0];
  const exterior: CameraPreset = {
    position: r3([dir[0] * dist, target[1] + dir[1] * dist, dir[2] * dist]),
    target: r3(target),
    fov: 32,
    minDistance: round(L * 0.9),
    maxDistance: round(L * 2.1),
    minPolarAngle: 0.15,
    maxPolarAngle: 1.5,
  };
  // Driver's eye (left-hand drive), pivoting on itself so a drag looks around the cabin.
  const eyeS = spec.seats.front + 0.16;
  const eye: Vec3 = [0.3, spec.seats.cushionZ + 0.7, shape.x(eyeS)];
  const look = normalize([-0.12, -0.34, 1]);
  const interior: CameraPreset = {
    position: r3(eye),
    target: r3([eye[0] + look[0] * 0.06, eye[1] + look[1] * 0.06, eye[2] + look[2] * 0.06]),
    fov: 62,
    minDistance: 0.02,
    maxDistance: 0.3,
    minPolarAngle: 0.5,
    maxPolarAngle: 2.4,
  };
  return { exterior, interior };
}

/** Side view in millimetres (SVG y down, front to the right) for the no-WebGL fallback. */
function silhouette(shape: BodyShape, stations: number[], height: number): ModelEntry['silhouette'] {
  const { spec } = shape;
  const L = spec.length;
  const mm = (v: number) => Math.round(v * 1000);
  const H = height + 0.05;
  const X = (s: number) => mm(L - s);
  const Y = (z: number) => mm(H - z);
  const top: string[] = [];
  const bottom: string[] = [];
  for (const s of stations) {
    const half = shape.halfSection(s);
    top.push(`${X(s)},${Y(Math.max(...half.map((p) => p.z)))}`);
    bottom.push(`${X(s)},${Y(Math.min(...half.map((p) => p.z)))}`);
  }
  const body = `M${top.join('L')}L${bottom.reverse().join('L')}Z`;
  const windowPath = (from: number, to: number) => {
    const upper: string[] = [];
    const lower: string[] = [];
    for (const s of stations.filter((v) => v >= from && v <= to)) {
      const d = shape.halfSection(s).filter((p) => p.seg === 3);
      upper.push(`${X(s)},${Y(d[d.length - 1]!.z)}`);
      lower.push(`${X(s)},${Y(d[1]!.z)}`);
    }
    return `M${upper.join('L')}L${lower.reverse().join('L')}Z`;
  };
  const glassFrom = spec.windshield[0] + 0.14;
  const glass = [windowPath(glassFrom, spec.bPillar - 0.05), windowPath(spec.bPillar + 0.05, spec.cPillar ? spec.cPillar - 0.05 : spec.sideGlassEnd)];
  if (spec.cPillar) glass.push(windowPath(spec.cPillar + 0.05, spec.sideGlassEnd));
  return {
    viewBox: [0, 0, mm(L), mm(H)],
    body,
    glass,
    wheels: shape.axles.map((a) => ({ cx: X(a), cy: Y(spec.tyreRadius), r: mm(spec.tyreRadius), rim: mm(spec.rimRadius), well: mm(shape.archRadius) })),
  };
}

export function manifestEntry(shape: BodyShape, stations: number[], bytes: number): ModelEntry {
  const { spec } = shape;
  const height = Math.max(...stations.map((s) => shape.topAt(s)));
  return {
    url: `/models/${spec.code}.glb`,
    bytes,
    dimensionsMm: { length: Math.round(spec.length * 1000), width: Math.round(spec.width * 1000), height: Math.round(height * 1000), wheelbase: Math.round(spec.wheelbase * 1000) },
    materials: { paint: ['paint'], glass: ['glass'], chrome: ['chrome'], tyre: ['tyre'] },
    wheels: {
      default: 'aero',
      designs: Object.fromEntries(
        WHEEL_DESIGNS.map((d) => [d, { nodes: [rimNode(d)], material: rimMaterial(d) }]),
      ),
    },
    interiors: { default: 'tissu-gris', materials: Object.fromEntries(INTERIORS.map((c) => [c, interiorMaterial(c)])) },
    cameras: cameras(shape, height),
    silhouette: silhouette(shape, stations, height),
  };
}
