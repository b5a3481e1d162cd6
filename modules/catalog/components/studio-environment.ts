import { Color, DoubleSide, Mesh, MeshBasicMaterial, PlaneGeometry, PMREMGenerator, RingGeometry, Scene, type Texture, type WebGLRenderer } from 'three';

// The studio the cars are lit by: a ceiling softbox, long side strips whose reflections draw the
// body lines, front/back fills, a ring highlight and a pale floor bounce. Built from plain
// emissive panels and prefiltered (PMREM) once per renderer: nothing is fetched, nothing is
// re-rendered per frame.

type Panel = { form: 'rect' | 'ring'; color?: string; intensity: number; position: [number, number, number]; rotation?: [number, number, number]; scale: [number, number]; lookAt?: [number, number, number] };

const PANELS: Panel[] = [
  { form: 'rect', intensity: 2.2, position: [0, 6, 0], rotation: [Math.PI / 2, 0, 0], scale: [12, 6] },
  { form: 'rect', intensity: 1.6, position: [-7, 1.6, 0], rotation: [0, Math.PI / 2, 0], scale: [16, 0.7] },
  { form: 'rect', intensity: 1.6, position: [7, 1.6, 0], rotation: [0, -Math.PI / 2, 0], scale: [16, 0.7] },
  { form: 'rect', intensity: 1, position: [0, 2.5, 8], rotation: [0, Math.PI, 0], scale: [10, 2] },
  { form: 'rect', intensity: 0.8, position: [0, 2, -8], scale: [10, 2] },
  { form: 'ring', intensity: 1.5, position: [5, 4, 5], scale: [2.5, 2.5], lookAt: [0, 0, 0] },
  { form: 'rect', color: '#dfe3e8', intensity: 0.5, position: [0, -2, 0], rotation: [-Math.PI / 2, 0, 0], scale: [20, 20] },
];

/** The panels' scene, and a way to free its geometry and materials once it has been prefiltered. */
function studioScene(): { scene: Scene; dispose: () => void } {
  const scene = new Scene();
  const materials: MeshBasicMaterial[] = [];
  scene.background = new Color('#50545a');
  // The background is the dim room around the panels, so grazing reflections are not black.
  const rect = new PlaneGeometry(1, 1);
  const ring = new RingGeometry(0.5, 1, 48);
  for (const p of PANELS) {
    const material = new MeshBasicMaterial({ color: new Color(p.color ?? '#ffffff').multiplyScalar(p.intensity), side: DoubleSide, toneMapped: false });
    materials.push(material);
    const mesh = new Mesh(p.form === 'ring' ? ring : rect, material);
    mesh.position.set(...p.position);
    if (p.rotation) mesh.rotation.set(...p.rotation);
    if (p.lookAt) mesh.lookAt(...p.lookAt);
    mesh.scale.set(p.scale[0], p.scale[1], 1);
    scene.add(mesh);
  }
  const dispose = () => {
    rect.dispose();
    ring.dispose();
    for (const material of materials) material.dispose();
  };
  return { scene, dispose };
}


/** The prefiltered studio environment for `gl`; call `release` when the canvas goes away. */
export function studioEnvironment(gl: WebGLRenderer): { texture: Texture; release: () => void } {
  const { scene, dispose } = studioScene();
  const pmrem = new PMREMGenerator(gl);
  const target = pmrem.fromScene(scene, 0, 0.1, 50, { size: 256 });
  pmrem.dispose();
  dispose();
  return { texture: target.texture, release: () => target.dispose() };
}
