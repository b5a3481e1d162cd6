import { add, cross, dot, length, normalize, rotation, scale, spow, sub, type Vec3 } from './math';

/** Triangles of one material. */
export type MeshData = { positions: number[]; normals: number[]; indices: number[] };

/** Geometry grouped by material name; one glTF primitive per material. */
export class MeshSet {
  readonly byMaterial = new Map<string, MeshData>();

  get(material: string): MeshData {
    let data = this.byMaterial.get(material);
    if (!data) {
      data = { positions: [], normals: [], indices: [] };
      this.byMaterial.set(material, data);
    }
    return data;
  }

  vertexCount(): number {
    let n = 0;
    for (const d of this.byMaterial.values()) n += d.positions.length / 3;
    return n;
  }
}

export type GridOptions = {
  wrapCols?: boolean;
  wrapRows?: boolean;
  /** Faces point into the closed volume instead of out of it (e.g. a cabin lining). */
  flip?: boolean;
  /** Material of the quad between rows i..i+1 and columns j..j+1; null leaves a hole. */
  material: (i: number, j: number, center: Vec3, normal: Vec3) => string | null;
  /** Normals are smoothed only between faces of the same group: a new group makes a crease. */
  group?: (i: number, j: number) => number;
};

const AREA_EPS = 1e-10;

/**
 * Emits a quad grid. Normals are area-weighted face normals averaged per vertex, separately for
 * each (material, crease group) so material borders and creases stay sharp.
 */
export function emitGrid(set: MeshSet, grid: Vec3[][], opts: GridOptions): void {
  const rows = grid.length;
  const cols = grid[0]?.length ?? 0;
  const faceRows = opts.wrapRows ? rows : rows - 1;
  const faceCols = opts.wrapCols ? cols : cols - 1;
  const at = (i: number, j: number): Vec3 => grid[i % rows]![j % cols]!;
  const vid = (i: number, j: number) => (i % rows) * cols + (j % cols);

  // Winding is chosen from the signed volume, so every closed grid faces outwards whatever the
  // direction its rows and columns were laid out in.
  let volume = 0;
  for (let i = 0; i < faceRows; i++) {
    for (let j = 0; j < faceCols; j++) {
      const [a, b, c, d] = [at(i, j), at(i + 1, j), at(i + 1, j + 1), at(i, j + 1)];
      volume += dot(a, cross(b, c)) + dot(a, cross(c, d));
    }
  }
  const flip = (volume < 0) !== (opts.flip ?? false);

  type Tri = { key: string; v: [number, number, number]; n: Vec3 };
  const tris: Tri[] = [];
  const sums = new Map<string, Vec3>();
  const accumulate = (key: string, v: number, n: Vec3) => {
    const k = `${key}#${v}`;
    const s = sums.get(k);
    sums.set(k, s ? add(s, n) : n);
  };

  for (let i = 0; i < faceRows; i++) {
    for (let j = 0; j < faceCols; j++) {
      const ids: [number, number, number, number] = [vid(i, j), vid(i + 1, j), vid(i + 1, j + 1), vid(i, j + 1)];
      const p = [at(i, j), at(i + 1, j), at(i + 1, j + 1), at(i, j + 1)] as const;
      const quadNormal = normalize(cross(sub(p[2], p[0]), sub(p[3], p[1])));
      const center = scale(add(add(p[0], p[1]), add(p[2], p[3])), 0.25);
      const faceN = flip ? scale(quadNormal, -1) : quadNormal;
      const mat = opts.material(i, j, center, faceN);
      if (mat === null) continue;
      const key = `${mat}|${opts.group ? opts.group(i, j) : 0}`;
      const split: [number, number, number][] = flip
        ? [
            [0, 2, 1],
            [0, 3, 2],
          ]
        : [
            [0, 1, 2],
            [0, 2, 3],
          ];
      for (const [a, b, c] of split) {
        const n = cross(sub(p[b]!, p[a]!), sub(p[c]!, p[a]!));
        if (length(n) < AREA_EPS) continue;
        const v: [number, number, number] = [ids[a]!, ids[b]!, ids[c]!];
        tris.push({ key, v, n });
        for (const id of v) accumulate(key, id, n);
      }
    }
  }

  const emitted = new Map<string, number>();
  for (const t of tris) {
    const mat = t.key.slice(0, t.key.indexOf('|'));
    const data = set.get(mat);
    const idx = t.v.map((id) => {
      const k = `${t.key}#${id}`;
      let out = emitted.get(k);
      if (out === undefined) {
        out = data.positions.length / 3;
        const p = grid[Math.floor(id / cols)]![id % cols]!;
        const n = normalize(sums.get(k) ?? t.n, normalize(t.n));
        data.positions.push(p[0], p[1], p[2]);
        data.normals.push(n[0], n[1], n[2]);
        emitted.set(k, out);
      }
      return out;
    });
    data.indices.push(idx[0]!, idx[1]!, idx[2]!);
  }
}

/** Per-vertex smooth normals of a grid (used to offset surfaces, e.g. the cabin lining). */
export function gridNormals(grid: Vec3[][], wrapCols: boolean): Vec3[][] {
  const rows = grid.length;
  const cols = grid[0]?.length ?? 0;
  const out: Vec3[][] = grid.map((r) => r.map((): Vec3 => [0, 0, 0]));
  for (let i = 0; i < rows - 1; i++) {
    for (let j = 0; j < (wrapCols ? cols : cols - 1); j++) {
      const j1 = (j + 1) % cols;
      const p00 = grid[i]![j]!;
      const n = cross(sub(grid[i + 1]![j1]!, p00), sub(grid[i]![j1]!, grid[i + 1]![j]!));
      for (const [a, b] of [
        [i, j],
        [i + 1, j],
        [i + 1, j1],
        [i, j1],
      ] as const) {
        out[a]![b] = add(out[a]![b]!, n);
      }
    }
  }
  return out.map((r) => r.map((n) => normalize(n, [0, 0, 0])));
}

export type Transform = (p: Vec3) => Vec3;
export const placed =
  (origin: Vec3, yaw = 0, pitch = 0, roll = 0): Transform =>
  (p) =>
    add(rotation(yaw, pitch, roll)(p), origin);

/**
 * Superellipsoid ("rounded box"): radii along x/y/z, e1 shapes the vertical profile, e2 the plan
 * (1 = ellipsoid, towards 0 = box).
 */
export function superellipsoid(
  set: MeshSet,
  material: string,
  radii: Vec3,
  place: Transform,
  opts: { e1?: number; e2?: number; lat?: number; lon?: number } = {},
): void {
  const { e1 = 0.3, e2 = 0.3, lat = 16, lon = 24 } = opts;
  const grid: Vec3[][] = [];
  for (let i = 0; i <= lat; i++) {
    const v = -Math.PI / 2 + (Math.PI * i) / lat;
    const row: Vec3[] = [];
    for (let j = 0; j < lon; j++) {
      const u = -Math.PI + (2 * Math.PI * j) / lon;
      const cv = spow(Math.cos(v), e1);
      row.push(place([radii[0] * cv * spow(Math.cos(u), e2), radii[1] * cv * spow(Math.sin(u), e2), radii[2] * spow(Math.sin(v), e1)]));
    }
    grid.push(row);
  }
  emitGrid(set, grid, { wrapCols: true, material: () => material });
}

/**
 * Surface of revolution about the local x axis (wheel axis). profile: [radius, axial] pairs;
 * groups: crease group per profile segment (same number → smooth).
 */
export function lathe(
  set: MeshSet,
  material: string | ((segment: number) => string),
  profile: ReadonlyArray<readonly [number, number]>,
  place: Transform,
  opts: { segments?: number; groups?: number[] } = {},
): void {
  const { segments = 64, groups } = opts;
  const grid: Vec3[][] = profile.map(([r, a]) => {
    const row: Vec3[] = [];
    for (let k = 0; k < segments; k++) {
      const t = (2 * Math.PI * k) / segments;
      row.push(place([a, r * Math.sin(t), r * Math.cos(t)]));
    }
    return row;
  });
  emitGrid(set, grid, {
    wrapCols: true,
    material: (i) => (typeof material === 'string' ? material : material(i)),
    group: (i) => groups?.[i] ?? i,
  });
}

/**
 * Closed tube through rings of equal length (each ring a loop), capped at both ends by
 * collapsing onto the ring centre. Ring corners are creases.
 */
export function closedLoft(set: MeshSet, material: string, rings: Vec3[][]): void {
  const centre = (ring: Vec3[]): Vec3 => scale(ring.reduce((a, b) => add(a, b), [0, 0, 0] as Vec3), 1 / ring.length);
  const first = rings[0]!;
  const last = rings[rings.length - 1]!;
  const grid = [first.map(() => centre(first)), ...rings, last.map(() => centre(last))];
  const rows = grid.length;
  emitGrid(set, grid, {
    wrapCols: true,
    material: () => material,
    group: (i, j) => (i === 0 ? 100 : i === rows - 2 ? 101 : j),
  });
}

/**
 * Copies every triangle of `from` into `into`, half-turned about the vertical axis when asked (the
 * right-hand wheels face outwards), then moved by `offset` (car coordinates). Baking the four
 * wheels into shared meshes this way draws each material once instead of once per wheel.
 */
export function appendPlaced(into: MeshSet, from: MeshSet, offset: Vec3, turned = false): void {
  const s = turned ? -1 : 1;
  for (const [material, d] of from.byMaterial) {
    const out = into.get(material);
    const base = out.positions.length / 3;
    for (let i = 0; i < d.positions.length; i += 3) {
      out.positions.push(s * d.positions[i]! + offset[0], s * d.positions[i + 1]! + offset[1], d.positions[i + 2]! + offset[2]);
      out.normals.push(s * d.normals[i]!, s * d.normals[i + 1]!, d.normals[i + 2]!);
    }
    for (const index of d.indices) out.indices.push(base + index);
  }
}
