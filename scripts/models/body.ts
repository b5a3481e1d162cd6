import { clamp, lerp, monotoneCurve, spow, type Vec3 } from './math';
import { emitGrid, gridNormals, type MeshSet } from './mesh';
import type { CarSpec } from './specs';

// The body is one lofted shell: a cross-section is evaluated at stations along the car and the
// rings are joined. Each half-section runs bottom centre → sill corner → side → shoulder →
// greenhouse side → roof (or hood/deck where the greenhouse has no height) → top centre.

export const SEGMENTS = { bottom: 0, sill: 1, side: 2, glassSide: 3, top: 4 } as const;
const COUNTS = [3, 8, 10, 8, 14] as const;
const HALF = COUNTS.reduce((a, b) => a + b, 0) + 1;
/** Columns of the top segment closer to the edge than this form the A/C pillars around the glass. */
const PILLAR_COLUMNS = 5;

export type HalfPoint = { y: number; z: number; seg: number; k: number };

export type BodyShape = {
  spec: CarSpec;
  x: (s: number) => number;
  halfSection: (s: number) => HalfPoint[];
  halfWidthAt: (s: number, z: number) => number;
  shoulderAt: (s: number) => number;
  topAt: (s: number) => number;
  archTop: (s: number) => number;
  /** Station on the front (or rear) face where the body is |y| wide at height z. */
  endSurfaceS: (end: 'front' | 'rear', y: number, z: number) => number;
  axles: [number, number];
  archRadius: number;
};

export function bodyShape(spec: CarSpec): BodyShape {
  const L = spec.length;
  const W = spec.width / 2;
  const shoulder = monotoneCurve(spec.shoulder);
  const bottom = monotoneCurve(spec.bottom);
  const roof = monotoneCurve(spec.roof);
  const roofStart = spec.roof[0]![0];
  const roofEnd = spec.roof[spec.roof.length - 1]![0];
  const axles: [number, number] = [spec.frontAxle, spec.frontAxle + spec.wheelbase];
  const archRadius = spec.tyreRadius + spec.archClearance;
  const tanTumble = Math.tan((spec.tumblehome * Math.PI) / 180);

  const archTop = (s: number) => {
    let z = -Infinity;
    for (const a of axles) {
      const d = s - a;
      if (Math.abs(d) < archRadius) z = Math.max(z, spec.tyreRadius + Math.sqrt(archRadius ** 2 - d * d));
    }
    return z;
  };

  // u: 0 where the rounded end zone starts, 1 at the very tip.
  const endU = (s: number) => {
    const [fl] = spec.frontRound;
    const [rl] = spec.rearRound;
    if (s < fl) return { u: (fl - s) / fl, p: spec.frontRound[1], drop: spec.noseDrop };
    if (s > L - rl) return { u: (s - (L - rl)) / rl, p: spec.rearRound[1], drop: spec.tailDrop };
    return { u: 0, p: 2, drop: 0 };
  };

  const frame = (s: number) => {
    const { u, p, drop } = endU(s);
    const q = u > 0 ? (1 - Math.min(1, u) ** p) ** (1 / p) : 1;
    const f = 1 - Math.sqrt(Math.max(0, 1 - Math.min(1, u) ** 2));
    const w = W * q;
    const zsh = shoulder(s) - f * drop;
    const zb = bottom(s) + f * drop * 0.5;
    const crown = spec.hoodCrown * (1 - f);
    let ztop = zsh + crown;
    if (s > roofStart && s < roofEnd) ztop = Math.max(ztop, roof(s));
    const hE = Math.max(1e-4, Math.min(Math.max(spec.roofCorner, crown), ztop - zsh));
    const zr4 = ztop - hE;
    const wsh = Math.max(0, w - spec.shoulderInset * q);
    const wr = Math.max(0.08 * q, wsh - tanTumble * (zr4 - zsh));
    const zm = clamp(spec.maxWidthZ, zb + 0.04, zsh - 0.06);
    return { w, wsh, wr, zsh, zb, zm, zr4, ztop, q };
  };

  const halfSection = (s: number): HalfPoint[] => {
    const { w, wsh, wr, zsh, zb, zm, zr4, ztop, q } = frame(s);
    const wBot = Math.max(0, w - 0.12 * q);
    const arch = archTop(s);
    const pts: HalfPoint[] = [];
    const push = (y: number, z: number, seg: number, k: number) => {
      const lower = seg <= SEGMENTS.side;
      pts.push({ y, z: lower ? Math.max(z, arch) : z, seg, k });
    };
    for (let k = 0; k < COUNTS[0]; k++) push((wBot * k) / COUNTS[0], zb, 0, k);
    for (let k = 0; k < COUNTS[1]; k++) {
      const t = -Math.PI / 2 + (Math.PI / 2) * (k / COUNTS[1]);
      push(wBot + (w - wBot) * spow(Math.cos(t), 0.5), zm + (zm - zb) * spow(Math.sin(t), 0.5), 1, k);
    }
    for (let k = 0; k < COUNTS[2]; k++) {
      const t = (Math.PI / 2) * (k / COUNTS[2]);
      push(wsh + (w - wsh) * spow(Math.cos(t), 0.8), zm + (zsh - zm) * spow(Math.sin(t), 0.8), 2, k);
    }
    for (let k = 0; k < COUNTS[3]; k++) push(lerp(wsh, wr, k / COUNTS[3]), lerp(zsh, zr4, k / COUNTS[3]), 3, k);
    for (let k = 0; k <= COUNTS[4]; k++) {
      const t = (Math.PI / 2) * (k / COUNTS[4]);
      push(wr * spow(Math.cos(t), 0.62), zr4 + (ztop - zr4) * spow(Math.sin(t), 0.62), 4, k);
    }
    return pts;
  };

  const halfWidthAt = (s: number, z: number) => {
    const pts = halfSection(s);
    let best = 0;
    for (let i = 0; i < pts.length - 1; i++) {
      const a = pts[i]!;
      const b = pts[i + 1]!;
      if ((z - a.z) * (z - b.z) > 0 || a.z === b.z) continue;
      best = Math.max(best, lerp(a.y, b.y, (z - a.z) / (b.z - a.z)));
    }
    return best;
  };

  const endSurfaceS = (end: 'front' | 'rear', y: number, z: number) => {
    let lo = end === 'front' ? 0 : L - spec.rearRound[0] - 0.3;
    let hi = end === 'front' ? spec.frontRound[0] + 0.3 : L;
    for (let it = 0; it < 40; it++) {
      const mid = (lo + hi) / 2;
      const inside = halfWidthAt(mid, z) >= Math.abs(y);
      if (end === 'front' ? inside : !inside) hi = mid;
      else lo = mid;
    }
    return (lo + hi) / 2;
  };

  return {
    spec,
    x: (s) => L / 2 - s,
    halfSection,
    halfWidthAt,
    shoulderAt: (s) => frame(s).zsh,
    topAt: (s) => frame(s).ztop,
    archTop,
    endSurfaceS,
    axles,
    archRadius,
  };
}

/** Stations along the car: a fine even spacing plus every edge the materials and arches need. */
export function stations(shape: BodyShape): number[] {
  const { spec } = shape;
  const L = spec.length;
  const out = new Set<number>();
  const add = (s: number) => out.add(Math.round(clamp(s, 0, L) * 1e5) / 1e5);
  for (let s = 0; s <= L; s += 0.025) add(s);
  const n = 28;
  for (let k = 0; k <= n; k++) {
    const c = 1 - Math.cos((k / n) * (Math.PI / 2));
    add(spec.frontRound[0] * c);
    add(L - spec.rearRound[0] * c);
  }
  for (const a of shape.axles) {
    for (const d of [-1, 1]) {
      add(a + d * (shape.archRadius - 0.0005));
      add(a + d * (shape.archRadius + 0.0005));
      for (let k = 1; k < 24; k++) add(a + d * shape.archRadius * Math.sin((k / 24) * (Math.PI / 2)));
    }
  }
  const edges = [...spec.windshield, ...spec.rearWindow, spec.sideGlassEnd, spec.windshield[0] + 0.12];
  edges.push(spec.bPillar - 0.045, spec.bPillar + 0.045);
  if (spec.cPillar) edges.push(spec.cPillar - 0.05, spec.cPillar + 0.05);
  for (const e of edges) add(e);
  add(L);
  return [...out].sort((a, b) => a - b);
}

type FaceInfo = { s: number; seg: number; k: number; center: Vec3; normal: Vec3 };

/** Body panel materials: paint, glass, black trims, chrome window line on the premium saloon. */
function bodyMaterial(shape: BodyShape, f: FaceInfo): string {
  const { spec } = shape;
  const [ws0, ws1] = spec.windshield;
  const [rw0, rw1] = spec.rearWindow;
  if (f.seg <= SEGMENTS.side) {
    if (f.seg === SEGMENTS.bottom || (f.seg === SEGMENTS.sill && f.k < 3)) return 'underbody';
    if (inArch(shape, f)) return 'underbody';
    if (spec.style === 'suv' && f.seg === SEGMENTS.sill && f.center[2] < 0.42 && f.s > 0.42 && f.s < spec.length - 0.3) return 'underbody';
    return 'paint';
  }
  if (f.seg === SEGMENTS.glassSide) {
    const frac = (f.k + 0.5) / COUNTS[3];
    if (f.s < ws0 + 0.12 || f.s > spec.sideGlassEnd) return 'paint';
    if (frac > 0.86) return 'paint';
    if (frac < 0.14) return spec.style === 'premium' ? 'chrome' : 'trim-gloss';
    if (Math.abs(f.s - spec.bPillar) < 0.045) return 'trim-gloss';
    if (spec.cPillar && Math.abs(f.s - spec.cPillar) < 0.05) return spec.style === 'suv' ? 'trim-gloss' : 'paint';
    return 'glass';
  }
  if (f.k >= PILLAR_COLUMNS) {
    if (f.s > ws0 + 0.02 && f.s < ws1) return 'glass';
    if (f.s > rw0 && f.s < rw1 - 0.02) return 'glass';
  }
  return 'paint';
}

/** Wheel-well liner and the arch's front and rear walls. */
function inArch(shape: BodyShape, f: FaceInfo): boolean {
  const z = f.center[2];
  if (z <= shape.archTop(f.s) + 0.004) return true;
  return shape.axles.some((a) => Math.abs(Math.abs(f.s - a) - shape.archRadius) < 0.003 && Math.abs(f.normal[0]) > 0.6 && z < shape.spec.tyreRadius + 0.02);
}

/** Column → (segment, index in segment) for the full mirrored ring. */
function ringColumns(): { seg: number; k: number }[] {
  const half: { seg: number; k: number }[] = [];
  COUNTS.forEach((c, seg) => {
    for (let k = 0; k < c; k++) half.push({ seg, k });
  });
  const ring = [...half];
  // Right half runs top → bottom; the face j..j+1 mirrors the left face that ends at its partner.
  for (let h = HALF - 1; h >= 1; h--) ring.push(half[h - 1]!);
  return ring;
}

export type BodyGrid = { grid: Vec3[][]; stations: number[] };

export function bodyGrid(shape: BodyShape): BodyGrid {
  const st = stations(shape);
  const grid = st.map((s) => {
    const half = shape.halfSection(s);
    const x = shape.x(s);
    const left = half.map((p): Vec3 => [x, p.y, p.z]);
    const right = half
      .slice(1, -1)
      .reverse()
      .map((p): Vec3 => [x, -p.y, p.z]);
    return [...left, ...right];
  });
  return { grid, stations: st };
}

export function buildBody(set: MeshSet, shape: BodyShape, body: BodyGrid): void {
  const cols = ringColumns();
  const faceInfo = (i: number, j: number, center: Vec3, normal: Vec3): FaceInfo => {
    const c = cols[j]!;
    return { s: (body.stations[i]! + body.stations[i + 1]!) / 2, seg: c.seg, k: c.k, center, normal };
  };
  emitGrid(set, body.grid, {
    wrapCols: true,
    material: (i, j, center, normal) => bodyMaterial(shape, faceInfo(i, j, center, normal)),
    group: (_i, j) => cols[j]!.seg,
  });
  buildCabinLining(set, shape, body, faceInfo);
}

/** Inside of doors, pillars and roof, seen through the glass: the body shell offset inwards. */
function buildCabinLining(
  set: MeshSet,
  shape: BodyShape,
  body: BodyGrid,
  faceInfo: (i: number, j: number, c: Vec3, n: Vec3) => FaceInfo,
): void {
  const { spec } = shape;
  const normals = gridNormals(body.grid, true);
  const sign = outwardSign(body.grid, normals);
  const lining = body.grid.map((row, i) => row.map((p, j): Vec3 => {
    const n = normals[i]![j]!;
    return [p[0] - sign * n[0] * 0.03, p[1] - sign * n[1] * 0.03, p[2] - sign * n[2] * 0.03];
  }));
  const from = spec.windshield[0] - 0.05;
  const to = spec.style === 'premium' ? spec.rearWindow[1] + 0.02 : spec.length - 0.12;
  emitGrid(set, lining, {
    wrapCols: true,
    flip: true,
    material: (i, j, center, normal) => {
      const f = faceInfo(i, j, center, normal);
      if (f.s < from || f.s > to || f.seg === SEGMENTS.bottom) return null;
      if (bodyMaterial(shape, { ...f, normal: [normal[0], normal[1], -normal[2]] }) === 'glass') return null;
      if (center[2] < spec.seats.floorZ || center[2] < shape.archTop(f.s) + 0.08) return null;
      return 'cabin';
    },
    group: (_i, j) => {
      const seg = faceInfo(0, j, [0, 0, 0], [0, 0, 0]).seg;
      return seg;
    },
  });
}

function outwardSign(grid: Vec3[][], normals: Vec3[][]): number {
  const mid = Math.floor(grid.length / 2);
  const row = normals[mid]!;
  const pts = grid[mid]!;
  let acc = 0;
  row.forEach((n, j) => {
    const p = pts[j]!;
    acc += n[1] * p[1] + n[2] * (p[2] - 0.7);
  });
  return acc >= 0 ? 1 : -1;
}

export const BODY_LAYOUT = { COUNTS, HALF, PILLAR_COLUMNS };
