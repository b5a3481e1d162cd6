import { add, lerp, type Vec3 } from './math';
import { emitGrid, lathe, MeshSet, superellipsoid, type Transform } from './mesh';
import { rimMaterial, type WheelDesign } from './materials';
import type { CarSpec } from './specs';

// Wheels are built around their own centre, axis along +y (outwards for a left-hand wheel).
// Lathe/spoke local coordinates are (axial, up, forward).
const wheelFrame: Transform = ([a, u, v]) => [v, a, u];

/** Tyre, barrel, back plate, brake disc and calliper: what every rim design sits in. */
export function buildTyre(spec: CarSpec): MeshSet {
  const set = new MeshSet();
  const R = spec.tyreRadius;
  const rr = spec.rimRadius;
  const h = spec.tyreWidth / 2;
  const mid = lerp(rr, R, 0.55);
  const side = (sgn: number): [number, number][] => [
    [rr - 0.005, sgn * (h - 0.02)],
    [rr + 0.02, sgn * (h - 0.004)],
    [mid, sgn * (h + 0.006)],
    [R - 0.035, sgn * h],
    [R - 0.012, sgn * (h - 0.012)],
    [R, sgn * (h - 0.035)],
  ];
  const grooves: [number, number][] = [];
  for (const c of [-0.05, 0, 0.05]) {
    grooves.push([R, c - 0.008], [R - 0.009, c - 0.006], [R - 0.009, c + 0.006], [R, c + 0.008]);
  }
  const profile = [...side(-1), ...grooves, ...side(1).reverse()];
  profile.push(profile[0]!);
  const groups = profile.map((p, i) => (Math.abs(p[0] - (R - 0.009)) < 1e-6 || (i > 5 && i < 18 && p[0] === R) ? i : 0));
  lathe(set, 'tyre', profile, wheelFrame, { segments: 72, groups });

  // Barrel and back plate: dark, so the gaps between spokes read as depth.
  const back = -h + 0.03;
  lathe(
    set,
    'underbody',
    [
      [rr - 0.012, h - 0.03],
      [rr - 0.02, back],
      [0.06, back],
      [0.0, back + 0.01],
    ],
    wheelFrame,
    { segments: 48, groups: [0, 1, 2, 3] },
  );
  const discR = rr - 0.045;
  lathe(
    set,
    'brake',
    [
      [0.07, 0.025],
      [discR, 0.025],
      [discR, 0.005],
      [0.07, 0.005],
    ],
    wheelFrame,
    { segments: 48, groups: [0, 1, 2, 3] },
  );
  const t = (Math.PI * 3) / 4;
  const caliperAt = wheelFrame([0.03, (discR - 0.012) * Math.sin(t), (discR - 0.012) * Math.cos(t)]);
  superellipsoid(set, 'caliper', [0.06, 0.035, 0.06], (p) => add(p, caliperAt), { e1: 0.4, e2: 0.4, lat: 8, lon: 12 });
  return set;
}

type SpokeShape = {
  r0: number;
  r1: number;
  /** Centre angle of the spoke at radius r. */
  angle: (r: number) => number;
  /** Angular half-width at radius r. */
  halfAngle: (r: number) => number;
  /** Axial position of the spoke face at radius r. */
  face: (r: number) => number;
  depth: number;
};

/** A spoke as a closed tube along the radius: back, face and both side walls (hidden ends). */
function spoke(set: MeshSet, material: string, shape: SpokeShape, steps = 12): void {
  const rows: Vec3[][] = [];
  for (let i = 0; i <= steps; i++) {
    const r = lerp(shape.r0, shape.r1, i / steps);
    const c = shape.angle(r);
    const hw = shape.halfAngle(r);
    const a = shape.face(r);
    const at = (t: number, ax: number) => wheelFrame([ax, r * Math.sin(t), r * Math.cos(t)]);
    rows.push([at(c - hw, a - shape.depth), at(c - hw, a), at(c + hw, a), at(c + hw, a - shape.depth)]);
  }
  emitGrid(set, rows, { wrapCols: true, material: () => material, group: (_i, j) => j });
}

function lipAndHub(set: MeshSet, material: string, spec: CarSpec, face: number, hubFace: number): void {
  const rr = spec.rimRadius;
  lathe(
    set,
    material,
    [
      [rr - 0.012, face - 0.045],
      [rr + 0.012, face - 0.004],
      [rr + 0.006, face + 0.006],
      [rr - 0.014, face + 0.004],
      [rr - 0.03, face - 0.012],
      [rr - 0.03, face - 0.05],
    ],
    wheelFrame,
    { segments: 72, groups: [0, 1, 2, 3, 4, 5] },
  );
  lathe(
    set,
    material,
    [
      [0.095, hubFace - 0.05],
      [0.095, hubFace - 0.008],
      [0.075, hubFace + 0.004],
      [0.03, hubFace + 0.01],
      [0, hubFace + 0.011],
    ],
    wheelFrame,
    { segments: 40, groups: [0, 1, 2, 2, 2] },
  );
}

export function buildRim(spec: CarSpec, design: WheelDesign): MeshSet {
  const set = new MeshSet();
  const mat = rimMaterial(design);
  const face = spec.tyreWidth / 2 - 0.012;
  const r0 = 0.08;
  const r1 = spec.rimRadius - 0.025;
  if (design === 'aero') {
    lipAndHub(set, mat, spec, face, face + 0.004);
    for (let i = 0; i < 5; i++) {
      const base = (i * 2 * Math.PI) / 5;
      spoke(set, mat, {
        r0,
        r1: r1 * 0.8,
        angle: () => base,
        halfAngle: (r) => Math.PI / 5 - 0.075 / (r / r1 + 0.35),
        face: (r) => face + 0.006 * (1 - r / r1),
        depth: 0.02,
      });
    }
    // Closed outer ring: the aero look, slots only near the hub.
    lathe(
      set,
      mat,
      [
        [r1 * 0.74, face - 0.012],
        [r1 * 0.74, face + 0.002],
        [r1 + 0.006, face - 0.001],
        [r1 + 0.006, face - 0.02],
      ],
      wheelFrame,
      { segments: 72, groups: [0, 1, 2, 3] },
    );
  } else if (design === 'sport') {
    const hub = face - 0.035;
    lipAndHub(set, mat, spec, face, hub);
    for (let i = 0; i < 5; i++) {
      for (const side of [-1, 1]) {
        const base = (i * 2 * Math.PI) / 5;
        spoke(set, mat, {
          r0,
          r1,
          angle: (r) => base + side * lerp(0.03, 0.105, (r - r0) / (r1 - r0)),
          halfAngle: (r) => lerp(0.017, 0.012, (r - r0) / (r1 - r0)) / r,
          face: (r) => lerp(hub + 0.004, face + 0.002, ((r - r0) / (r1 - r0)) ** 0.7),
          depth: 0.028,
        });
      }
    }
  } else {
    lipAndHub(set, mat, spec, face, face + 0.008);
    const blades = 12;
    for (let i = 0; i < blades; i++) {
      const base = (i * 2 * Math.PI) / blades;
      spoke(
        set,
        mat,
        {
          r0,
          r1,
          angle: (r) => base + 0.75 * ((r - r0) / (r1 - r0)) ** 1.3,
          halfAngle: (r) => lerp(0.012, 0.009, (r - r0) / (r1 - r0)) / r,
          face: (r) => face + 0.012 * (1 - (r - r0) / (r1 - r0)),
          depth: 0.022,
        },
        16,
      );
    }
  }
  return set;
}
