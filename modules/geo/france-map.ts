/** Where a lat/lon falls on the departments map (map-data.generated.ts). */
import { DEPARTMENT_SHAPES, MAP_HEIGHT, MAP_PROJECTION, MAP_WIDTH } from './map-data.generated';
import { parseRings, pointInRings, project, ringsBounds, type Ring } from './projection';

export { DEPARTMENT_SHAPES, MAP_HEIGHT, MAP_WIDTH };

export type MapPoint = { x: number; y: number };

/** Map units of the 613×585 departments drawing. Metropolitan France only: overseas points fall off the map. */
export function projectToMap(lat: number, lon: number): MapPoint {
  return project(MAP_PROJECTION, lat, lon);
}

export function isOnMap({ x, y }: MapPoint): boolean {
  return x >= 0 && y >= 0 && x <= MAP_WIDTH && y <= MAP_HEIGHT;
}

let ringsByDepartment: Map<string, Ring[]> | undefined;

function departmentRings(): Map<string, Ring[]> {
  ringsByDepartment ??= new Map(DEPARTMENT_SHAPES.map((dep) => [dep.code, parseRings(dep.d)]));
  return ringsByDepartment;
}

/** Department drawn under a lat/lon, if any (points on the coast may fall just outside). */
export function departmentAt(lat: number, lon: number): string | undefined {
  const { x, y } = projectToMap(lat, lon);
  for (const [code, rings] of departmentRings()) if (pointInRings(rings, [x, y])) return code;
  return undefined;
}

export function departmentBounds(code: string): { minX: number; minY: number; maxX: number; maxY: number } | undefined {
  const rings = departmentRings().get(code);
  return rings ? ringsBounds(rings) : undefined;
}
