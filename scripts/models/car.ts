import { bodyGrid, bodyShape, buildBody } from './body';
import { archCladding, buildDetails } from './details';
import { writeGlb, type SceneNode } from './gltf';
import { buildInterior } from './interior';
import { manifestEntry, rimNode, WHEEL_POSITIONS } from './manifest';
import { WHEEL_DESIGNS } from './materials';
import { MeshSet } from './mesh';
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

  const trackHalf = spec.width / 2 - spec.tyreWidth / 2 - 0.035;
  const wheels: SceneNode[] = WHEEL_POSITIONS.map((pos) => {
    const s = pos.startsWith('f') ? shape.axles[0] : shape.axles[1];
    const left = pos.endsWith('l');
    return {
      name: `wheel-${pos}`,
      translation: [shape.x(s), left ? trackHalf : -trackHalf, spec.tyreRadius],
      turned: !left,
      children: [
        { name: `tyre-${pos}`, mesh: { name: 'tyre', set: tyre } },
        ...rims.map((r) => ({ name: rimNode(r.design, pos), mesh: { name: `rim-${r.design}`, set: r.set } })),
      ],
    };
  });
  const root: SceneNode = {
    name: spec.code,
    children: [{ name: 'body', mesh: { name: 'body', set: body } }, { name: 'interior', mesh: { name: 'interior', set: interior } }, ...wheels],
  };
  const vertices = [body, interior, tyre, ...rims.map((r) => r.set)].reduce((n, s) => n + s.vertexCount(), 0);
  const glb = await writeGlb(root, { model: spec.code });
  return { glb, entry: manifestEntry(shape, grid.stations, glb.byteLength), vertices };
}
