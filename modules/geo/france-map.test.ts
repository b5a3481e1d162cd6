import { describe, expect, it } from 'vitest';
import { DEPARTMENT_SHAPES, MAP_HEIGHT, MAP_WIDTH, departmentAt, departmentBounds, isOnMap, projectToMap } from './france-map';
import { parseRings, pointInRings } from './projection';

const CITIES = [
  { name: 'Paris', lat: 48.8566, lon: 2.3522, departement: '75' },
  { name: 'Marseille', lat: 43.2965, lon: 5.3698, departement: '13' },
  { name: 'Brest', lat: 48.3904, lon: -4.4861, departement: '29' },
  { name: 'Strasbourg', lat: 48.5734, lon: 7.7521, departement: '67' },
  { name: 'Lille', lat: 50.6292, lon: 3.0573, departement: '59' },
  { name: 'Bayonne', lat: 43.4929, lon: -1.4748, departement: '64' },
  { name: 'Nice', lat: 43.7102, lon: 7.262, departement: '06' },
  { name: 'Perpignan', lat: 42.6887, lon: 2.8948, departement: '66' },
  { name: 'Ajaccio', lat: 41.9192, lon: 8.7386, departement: '2A' },
  { name: 'Clermont-Ferrand', lat: 45.7772, lon: 3.087, departement: '63' },
];

describe('the departments map', () => {
  it('has the 96 metropolitan departments, each a closed path', () => {
    expect(DEPARTMENT_SHAPES).toHaveLength(96);
    expect(new Set(DEPARTMENT_SHAPES.map((d) => d.code)).size).toBe(96);
    for (const dep of DEPARTMENT_SHAPES) {
      expect(dep.d).toMatch(/^M[\d.]+ [\d.]+l.*Z$/);
      const rings = parseRings(dep.d);
      expect(rings.length).toBeGreaterThan(0);
      for (const ring of rings) for (const [x, y] of ring) expect(x >= 0 && y >= 0 && x <= MAP_WIDTH && y <= MAP_HEIGHT).toBe(true);
    }
  });
});

describe('projectToMap', () => {
  it.each(CITIES)('puts $name inside the bounding box of department $departement', ({ lat, lon, departement }) => {
    const point = projectToMap(lat, lon);
    const bounds = departmentBounds(departement);
    expect(bounds).toBeDefined();
    expect(point.x).toBeGreaterThanOrEqual(bounds!.minX);
    expect(point.x).toBeLessThanOrEqual(bounds!.maxX);
    expect(point.y).toBeGreaterThanOrEqual(bounds!.minY);
    expect(point.y).toBeLessThanOrEqual(bounds!.maxY);
  });

  it.each(CITIES)('puts $name inside the outline of department $departement', ({ lat, lon, departement }) => {
    expect(departmentAt(lat, lon)).toBe(departement);
  });

  it('keeps north up and west left', () => {
    const paris = projectToMap(48.8566, 2.3522);
    expect(projectToMap(50.6292, 3.0573).y).toBeLessThan(paris.y);
    expect(projectToMap(48.3904, -4.4861).x).toBeLessThan(paris.x);
  });

  it('leaves overseas points off the map', () => {
    expect(isOnMap(projectToMap(-20.8823, 55.4504))).toBe(false);
    expect(isOnMap(projectToMap(16.2411, -61.5331))).toBe(false);
    expect(isOnMap(projectToMap(46.6, 2.4))).toBe(true);
  });
});

describe('pointInRings', () => {
  it('uses the even-odd rule', () => {
    const square: Array<[number, number]> = [[0, 0], [10, 0], [10, 10], [0, 10]];
    const hole: Array<[number, number]> = [[4, 4], [6, 4], [6, 6], [4, 6]];
    expect(pointInRings([square], [5, 5])).toBe(true);
    expect(pointInRings([square, hole], [5, 5])).toBe(false);
    expect(pointInRings([square, hole], [2, 2])).toBe(true);
    expect(pointInRings([square], [11, 5])).toBe(false);
  });
});
