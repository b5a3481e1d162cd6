import type { BodyShape } from './body';
import { INTERIOR_SLOT } from './materials';
import { lerp } from './math';
import { lathe, MeshSet, placed, superellipsoid } from './mesh';

// Cabin seen through the glass: seats and trim inserts in the selected interior material, dash,
// console, wheel and floor in dark plastic. Left-hand drive (driver at +y).

export function buildInterior(shape: BodyShape): MeshSet {
  const set = new MeshSet();
  const { spec } = shape;
  const { seats } = spec;
  const x = shape.x;
  const ws = spec.windshield[0];
  const cabinEnd = spec.style === 'premium' ? spec.rearWindow[1] : spec.length - 0.2;
  const inner = (s: number, z: number) => shape.halfWidthAt(s, z) - 0.07;
  const box = { e1: 0.2, e2: 0.2 };

  // Floor and front bulkhead + dashboard.
  const floorLen = cabinEnd - ws;
  superellipsoid(set, 'cabin', [floorLen / 2, inner(ws + floorLen / 2, seats.floorZ + 0.1), 0.025], placed([x(ws + floorLen / 2), 0, seats.floorZ]), {
    e1: 0.1,
    e2: 0.1,
  });
  const dashS = ws + 0.3;
  const dashTop = shape.shoulderAt(ws + 0.45) + 0.05;
  const dashW = inner(dashS, dashTop - 0.1);
  superellipsoid(set, 'cabin', [0.33, dashW, (dashTop - seats.floorZ) / 2], placed([x(dashS), 0, (dashTop + seats.floorZ) / 2]), { e1: 0.25, e2: 0.2 });
  superellipsoid(set, INTERIOR_SLOT, [0.03, dashW - 0.04, 0.035], placed([x(dashS + 0.32), 0, dashTop - 0.1]), box);

  const screenZ = dashTop + (spec.style === 'ev' ? 0.08 : 0.06);
  const screenW = spec.style === 'ev' ? 0.34 : 0.2;
  superellipsoid(set, 'screen', [0.012, screenW, 0.075], placed([x(dashS + 0.22), spec.style === 'ev' ? 0.08 : 0, screenZ], 0, -0.35), box);

  // Steering wheel: rim torus and hub, column tilted down towards the dash.
  const wheelC: [number, number, number] = [x(dashS + 0.36), 0.37, dashTop + 0.02];
  const torus: [number, number][] = [];
  for (let k = 0; k <= 12; k++) {
    const a = (k / 12) * Math.PI * 2;
    torus.push([0.175 + 0.018 * Math.cos(a), 0.018 * Math.sin(a)]);
  }
  lathe(set, 'cabin', torus, placed(wheelC, 0, 0.45), { segments: 40, groups: torus.map(() => 0) });
  superellipsoid(set, 'cabin', [0.035, 0.07, 0.05], placed(wheelC, 0, 0.45), { e1: 0.5, e2: 0.5 });
  superellipsoid(set, 'cabin', [0.012, 0.16, 0.02], placed(wheelC, 0, 0.45), box);

  // Front seats.
  for (const y of [-0.37, 0.37]) frontSeat(set, x(seats.front), y, seats.cushionZ);

  // Rear bench.
  const rx = x(seats.rear);
  const rz = seats.cushionZ + 0.01;
  const benchW = Math.min(0.66, inner(seats.rear, rz) - 0.02);
  superellipsoid(set, INTERIOR_SLOT, [0.25, benchW, 0.075], placed([rx, 0, rz - 0.07]), box);
  superellipsoid(set, INTERIOR_SLOT, [0.08, benchW, 0.3], placed([rx - 0.3, 0, rz + 0.28], 0, -0.22), box);
  for (const y of [-0.4, 0, 0.4]) superellipsoid(set, INTERIOR_SLOT, [0.05, 0.12, 0.08], placed([rx - 0.4, y, rz + 0.66], 0, -0.22), { e1: 0.5, e2: 0.5 });
  superellipsoid(set, 'cabin', [0.2, benchW, (rz - 0.1 - seats.floorZ) / 2 + 0.02], placed([rx + 0.02, 0, (rz - 0.1 + seats.floorZ) / 2]), box);

  // Console between the front seats, armrest on top.
  const consoleFrom = dashS + 0.3;
  const consoleTo = seats.front + 0.1;
  const cLen = (consoleTo - consoleFrom) / 2;
  const cTop = seats.cushionZ + 0.12;
  superellipsoid(set, 'cabin', [cLen, 0.1, (cTop - seats.floorZ) / 2], placed([x(consoleFrom + cLen), 0, (cTop + seats.floorZ) / 2]), box);
  superellipsoid(set, INTERIOR_SLOT, [0.16, 0.1, 0.03], placed([x(seats.front + 0.02), 0, cTop + 0.02]), box);

  // Door inserts at armrest height.
  const doors: [number, number][] = [[ws + 0.55, spec.bPillar - 0.05], [spec.bPillar + 0.06, Math.min(spec.bPillar + 0.85, spec.sideGlassEnd)]];
  for (const [a, b] of doors) {
    const s = (a + b) / 2;
    const z = shape.shoulderAt(s) - 0.16;
    const y = shape.halfWidthAt(s, z) - 0.06;
    for (const side of [-1, 1]) {
      superellipsoid(set, INTERIOR_SLOT, [(b - a) / 2, 0.03, 0.09], placed([x(s), side * y, z]), box);
    }
  }

  if (spec.style === 'premium') {
    const s0 = seats.rear + 0.35;
    const s1 = spec.rearWindow[1] + 0.05;
    const z = shape.shoulderAt(s1) - 0.03;
    superellipsoid(set, 'cabin', [(s1 - s0) / 2, inner((s0 + s1) / 2, z - 0.05), 0.02], placed([x((s0 + s1) / 2), 0, z]), { e1: 0.1, e2: 0.1 });
  }
  return set;
}

function frontSeat(set: MeshSet, sx: number, y: number, cz: number): void {
  const round = { e1: 0.35, e2: 0.3 };
  superellipsoid(set, INTERIOR_SLOT, [0.25, 0.25, 0.075], placed([sx, y, cz - 0.06]), round);
  superellipsoid(set, INTERIOR_SLOT, [0.085, 0.25, 0.33], placed([sx - 0.26, y, cz + 0.28], 0, -0.26), round);
  for (const side of [-1, 1]) {
    superellipsoid(set, INTERIOR_SLOT, [0.09, 0.05, 0.25], placed([sx - 0.22, y + side * 0.23, cz + 0.22], 0, -0.26), round);
  }
  superellipsoid(set, INTERIOR_SLOT, [0.06, 0.13, 0.09], placed([sx - 0.4, y, cz + 0.7], 0, -0.26), { e1: 0.5, e2: 0.5 });
  superellipsoid(set, 'cabin', [0.22, 0.2, lerp(0.05, 0.12, 0.5)], placed([sx, y, cz - 0.2]), { e1: 0.2, e2: 0.2 });
}
