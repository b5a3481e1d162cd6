import type { BodyShape } from './body';
import { lerp, type Vec3 } from './math';
import { closedLoft, lathe, placed, superellipsoid, type MeshSet } from './mesh';

// Lights, grilles, mirrors, handles, rails: parts laid onto the body surface. Each is a closed
// tube that follows the front or rear face, partly sunk into it so no gap shows.

type Band = {
  end: 'front' | 'rear';
  y0: number;
  y1: number;
  lo: (t: number) => number;
  hi: (t: number) => number;
  out?: number;
  sink?: number;
  steps?: number;
};

function endBand(set: MeshSet, shape: BodyShape, material: string, b: Band): void {
  const { out = 0.008, sink = 0.03, steps = 24 } = b;
  const sign = b.end === 'front' ? 1 : -1;
  const rings: Vec3[][] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const y = lerp(b.y0, b.y1, t);
    const ring: Vec3[] = [];
    const pts = [b.lo(t), b.hi(t)].map((z) => {
      const s = shape.endSurfaceS(b.end, y, z);
      const s2 = shape.endSurfaceS(b.end, y + 0.01 * Math.sign(y || 1), z);
      const dxdy = (shape.x(s2) - shape.x(s)) / (0.01 * Math.sign(y || 1));
      const nx = sign;
      const ny = -sign * dxdy;
      const l = Math.hypot(nx, ny);
      return { p: [shape.x(s), y, z] as Vec3, n: [nx / l, ny / l] as const };
    });
    const [lo, hi] = pts as [(typeof pts)[0], (typeof pts)[0]];
    const off = (q: typeof lo, d: number): Vec3 => [q.p[0] + q.n[0] * d, q.p[1] + q.n[1] * d, q.p[2]];
    ring.push(off(lo, -sink), off(lo, out), off(hi, out), off(hi, -sink));
    rings.push(ring);
  }
  closedLoft(set, material, rings);
}

/** Band mirrored on both sides of the car (y0, y1 > 0). */
function pairBand(set: MeshSet, shape: BodyShape, material: string, b: Band): void {
  endBand(set, shape, material, b);
  endBand(set, shape, material, { ...b, y0: -b.y1, y1: -b.y0, lo: (t) => b.lo(1 - t), hi: (t) => b.hi(1 - t) });
}

export function buildDetails(set: MeshSet, shape: BodyShape): void {
  const { spec } = shape;
  const L = spec.length;
  const W = spec.width / 2;
  const nose = shape.shoulderAt(0.2);
  const tail = shape.shoulderAt(L - 0.2);
  const low = spec.bottom[0]![1];
  const lowRear = spec.bottom[spec.bottom.length - 1]![1];

  if (spec.style === 'ev') {
    pairBand(set, shape, 'light-front', { end: 'front', y0: 0.5, y1: W * 0.84, hi: (t) => nose - 0.045 - 0.01 * t, lo: (t) => nose - 0.095 + 0.015 * t });
    endBand(set, shape, 'light-front', { end: 'front', y0: -0.47, y1: 0.47, hi: () => nose - 0.062, lo: () => nose - 0.078, steps: 30 });
    endBand(set, shape, 'trim-gloss', { end: 'front', y0: -0.5, y1: 0.5, hi: (t) => low + 0.2 - 0.03 * Math.abs(t - 0.5), lo: () => low + 0.1, steps: 30 });
    endBand(set, shape, 'light-rear', { end: 'rear', y0: -W * 0.84, y1: W * 0.84, hi: () => tail - 0.09, lo: () => tail - 0.14, steps: 40 });
    endBand(set, shape, 'trim-gloss', { end: 'rear', y0: -0.45, y1: 0.45, hi: () => lowRear + 0.12, lo: () => lowRear + 0.05 });
  } else if (spec.style === 'suv') {
    pairBand(set, shape, 'light-front', { end: 'front', y0: 0.52, y1: W * 0.88, hi: () => nose - 0.05, lo: (t) => nose - 0.14 + 0.03 * t });
    endBand(set, shape, 'chrome', { end: 'front', y0: -0.5, y1: 0.5, hi: () => nose - 0.045, lo: () => low + 0.2, out: 0.006, steps: 30 });
    endBand(set, shape, 'trim-gloss', { end: 'front', y0: -0.47, y1: 0.47, hi: () => nose - 0.07, lo: () => low + 0.23, out: 0.012, steps: 30 });
    endBand(set, shape, 'brake', { end: 'front', y0: -0.42, y1: 0.42, hi: () => low + 0.12, lo: () => low + 0.04, out: 0.012 });
    pairBand(set, shape, 'light-rear', { end: 'rear', y0: 0.5, y1: W * 0.9, hi: () => tail - 0.04, lo: (t) => tail - 0.2 + 0.06 * t });
    endBand(set, shape, 'light-rear', { end: 'rear', y0: -0.5, y1: 0.5, hi: () => tail - 0.09, lo: () => tail - 0.115, steps: 30 });
    endBand(set, shape, 'brake', { end: 'rear', y0: -0.45, y1: 0.45, hi: () => lowRear + 0.1, lo: () => lowRear + 0.03, out: 0.012 });
  } else {
    pairBand(set, shape, 'light-front', { end: 'front', y0: 0.4, y1: W * 0.9, hi: (t) => nose - 0.045 + 0.01 * t, lo: (t) => nose - 0.085 + 0.025 * t });
    endBand(set, shape, 'chrome', { end: 'front', y0: -0.36, y1: 0.36, hi: () => nose - 0.045, lo: (t) => low + 0.14 + 0.04 * Math.abs(t - 0.5), out: 0.006 });
    endBand(set, shape, 'trim-gloss', { end: 'front', y0: -0.335, y1: 0.335, hi: () => nose - 0.07, lo: (t) => low + 0.165 + 0.04 * Math.abs(t - 0.5), out: 0.01 });
    endBand(set, shape, 'light-rear', { end: 'rear', y0: -W * 0.86, y1: W * 0.86, hi: () => tail - 0.06, lo: (t) => tail - 0.1 - 0.03 * Math.abs(t - 0.5) * 2, steps: 40 });
    endBand(set, shape, 'chrome', { end: 'rear', y0: -0.55, y1: 0.55, hi: () => tail - 0.2, lo: () => tail - 0.212 });
    for (const y of [-0.5, 0.5]) {
      const z = lowRear + 0.06;
      const s = shape.endSurfaceS('rear', y, z + 0.05);
      const tip: [number, number][] = [[0.045, 0.1], [0.045, -0.02], [0.039, -0.028], [0.035, 0.06]];
      lathe(set, 'chrome', tip, placed([shape.x(s), y, z]), { segments: 24, groups: [0, 1, 2, 3] });
    }
  }

  // Mirrors, door handles.
  const ms = spec.windshield[0] + 0.16;
  const mz = shape.shoulderAt(ms) + 0.1;
  const my = shape.halfWidthAt(ms, shape.shoulderAt(ms) - 0.02);
  for (const side of [-1, 1]) {
    superellipsoid(set, 'paint', [0.09, 0.1, 0.06], placed([shape.x(ms), side * (my + 0.06), mz], 0, 0, side * 0.08), { e1: 0.5, e2: 0.6 });
    superellipsoid(set, 'trim-gloss', [0.05, 0.06, 0.018], placed([shape.x(ms) + 0.01, side * (my + 0.005), mz - 0.05]), { e1: 0.5, e2: 0.5, lat: 8, lon: 12 });
    for (const hs of [spec.bPillar - 0.3, spec.bPillar + 0.62]) {
      const hz = shape.shoulderAt(hs) - 0.07;
      const hy = shape.halfWidthAt(hs, hz);
      superellipsoid(set, 'chrome', [0.075, 0.012, 0.012], placed([shape.x(hs), side * (hy + 0.001), hz]), { e1: 0.5, e2: 0.4, lat: 8, lon: 12 });
    }
  }

  if (spec.style === 'suv') roofRails(set, shape);
}

function roofRails(set: MeshSet, shape: BodyShape): void {
  const { spec } = shape;
  const s0 = spec.windshield[1] + 0.15;
  const s1 = spec.rearWindow[0] - 0.05;
  for (const side of [-1, 1]) {
    const rings: Vec3[][] = [];
    const steps = 30;
    for (let i = 0; i <= steps; i++) {
      const s = lerp(s0, s1, i / steps);
      const half = shape.halfSection(s);
      const edge = half.find((p) => p.seg === 4 && p.k === 3) ?? half[half.length - 1]!;
      const lift = 0.045 * Math.min(1, Math.sin((Math.PI * i) / steps) * 4);
      const c: Vec3 = [shape.x(s), side * (edge.y - 0.02), edge.z + 0.012 + lift];
      const ring: Vec3[] = [];
      for (let k = 0; k < 8; k++) {
        const a = (k / 8) * Math.PI * 2;
        ring.push([c[0], c[1] + 0.016 * Math.cos(a), c[2] + 0.015 * Math.sin(a)]);
      }
      rings.push(ring);
    }
    closedLoft(set, 'chrome', rings);
  }
}

/** Black cladding around the SUV's wheel arches. */
export function archCladding(set: MeshSet, shape: BodyShape): void {
  const { spec } = shape;
  const rIn = shape.archRadius - 0.003;
  const rOut = shape.archRadius + 0.07;
  for (const axle of shape.axles) {
    for (const side of [-1, 1]) {
      const rings: Vec3[][] = [];
      const steps = 36;
      for (let i = 0; i <= steps; i++) {
        const phi = lerp(-0.12, Math.PI + 0.12, i / steps);
        const sOut = axle + rOut * Math.cos(phi);
        const zOut = spec.tyreRadius + rOut * Math.sin(phi);
        const y = shape.halfWidthAt(sOut, zOut);
        const at = (r: number, dy: number): Vec3 => [shape.x(axle + r * Math.cos(phi)), side * (y + dy), spec.tyreRadius + r * Math.sin(phi)];
        rings.push([at(rIn, -0.04), at(rIn, 0.016), at(rOut, 0.012), at(rOut, -0.012)]);
      }
      closedLoft(set, 'underbody', rings);
    }
  }
}
