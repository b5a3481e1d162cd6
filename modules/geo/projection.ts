/** Plane geometry for the France map: Mercator + affine projection, paths, point-in-polygon. */

export type Ring = Array<[number, number]>;

/** x = a·λ + b·ψ + c, y = d·λ + e·ψ + f, with λ the longitude in radians and ψ the Mercator y. */
export type AffineProjection = { a: number; b: number; c: number; d: number; e: number; f: number };

export function mercatorY(latDeg: number): number {
  return Math.log(Math.tan(Math.PI / 4 + (latDeg * Math.PI) / 360));
}

export function project(projection: AffineProjection, lat: number, lon: number): { x: number; y: number } {
  const lambda = (lon * Math.PI) / 180;
  const psi = mercatorY(lat);
  const { a, b, c, d, e, f } = projection;
  return { x: a * lambda + b * psi + c, y: d * lambda + e * psi + f };
}

/** Rings of a "Mx y l dx dy dx dy … Z" path, as written by scripts/build-map.ts. */
export function parseRings(d: string): Ring[] {
  return d
    .split('Z')
    .filter((part) => part.trim().length > 0)
    .map((part) => {
      const numbers = part.replace(/[Ml]/g, ' ').trim().split(/\s+/).map(Number);
      const ring: Ring = [];
      let [x, y] = [numbers[0] ?? 0, numbers[1] ?? 0];
      ring.push([x, y]);
      for (let i = 2; i + 1 < numbers.length; i += 2) {
        x = Math.round((x + numbers[i]!) * 10) / 10;
        y = Math.round((y + numbers[i + 1]!) * 10) / 10;
        ring.push([x, y]);
      }
      return ring;
    });
}

/** Even-odd rule over all rings, so holes and islands both work. */
export function pointInRings(rings: Ring[], [x, y]: readonly [number, number]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

export function ringsBounds(rings: Ring[]): { minX: number; minY: number; maxX: number; maxY: number } {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const [x, y] of ring) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  }
  return { minX, minY, maxX, maxY };
}
