import { bodyGrid, bodyShape, buildBody } from './body';
import { archCladding, buildDetails } from './details';
import { writeGlb, type SceneNode } from './gltf';
import { buildInterior } from './interior';
import { manifestEntry, rimNode, WHEEL_POSITIONS } from './manifest';
import { WHEEL_DESIGNS } from './materials';
import { appendPlaced, MeshSet } from './mesh';
import type { Vec3 } from './math';
import type { ModelEntry } from '@/modules/catalog/model-manifest';
import type { CarSpec } from './specs';
import { buildRim, buildTyre } from './wheels';

export type GeneratedCar = { glb: Uint8Array; entry: ModelEntry; vertices: number };

/** Builds one car: body, interior and the four wheels with every rim design as its own node. */
export async function generateCar(spec: CarSpec): Promise<GeneratedCar> {
  const shape = bodyShape(spec);
  const grid = bodyGrid(shape);
  const body = new MeshSet();
  buildBody(body, shape, grid);
  buildDetails(body, shape);
  if (spec.style === 'suv') archCladding(body, shape);
  const interior = buildInterior(shape);
  const tyre = buildTyre(spec);
  const rims = WHEEL_DESIGNS.map((d) => ({ design: d, set: buildRim(spec, d) }));

  // One mesh for everything that never changes (body, cabin, tyres and brakes of the four
  // wheels: one draw per material) and one per rim design with its four rims (a wheel swap shows
  // one node and hides another). Fewer draws, same pixels.
  const trackHalf = spec.width / 2 - spec.tyreWidth / 2 - 0.035;
  const placements = WHEEL_POSITIONS.map((pos) => {
    const s = pos.startsWith('f') ? shape.axles[0] : shape.axles[1];
    const left = pos.endsWith('l');
    return { offset: [shape.x(s), left ? trackHalf : -trackHalf, spec.tyreRadius] as Vec3, turned: !left };
  });
  const fixed = new MeshSet();
  appendPlaced(fixed, body, [0, 0, 0]);
  appendPlaced(fixed, interior, [0, 0, 0]);
  for (const p of placements) appendPlaced(fixed, tyre, p.offset, p.turned);
  const rimNodes: SceneNode[] = rims.map((r) => {
    const set = new MeshSet();
    for (const p of placements) appendPlaced(set, r.set, p.offset, p.turned);
    return { name: rimNode(r.design), mesh: { name: `rim-${r.design}`, set } };
  });
  const root: SceneNode = { name: spec.code, children: [{ name: 'body', mesh: { name: 'body', set: fixed } }, ...rimNodes] };
  const vertices = [fixed, ...rimNodes.map((n) => n.mesh?.set ?? new MeshSet())].reduce((n, s) => n + s.vertexCount(), 0);
  const glb = await writeGlb(root, { model: spec.code });
  return { glb, entry: manifestEntry(shape, grid.stations, glb.byteLength), vertices };
}
