// Browser side of the frame profiler (profile.ts): the configurator's car, materials and studio,
// drawn with plain three, each frame timed to completion (a 1-pixel read waits for the GPU).
import { Color, type Mesh, MeshBasicMaterial, PerspectiveCamera, Scene, Vector3, WebGLRenderer, type Material, type Object3D } from 'three';
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/addons/libs/meshopt_decoder.module.js';
import { applyAppearance, materialsByName } from '@/modules/catalog/components/car-appearance';
import { studioEnvironment } from '@/modules/catalog/components/studio-environment';
import type { ModelEntry } from '@/modules/catalog/model-manifest';

type Variant = { name: string; dpr: number; basic?: boolean; noEnv?: boolean; noInterior?: boolean; onlyPaint?: boolean; without?: string[] };

declare global {
  interface Window {
    __profile?: (entry: ModelEntry, width: number, height: number, variants: Variant[], frames: number) => Promise<Record<string, { ms: number; draws: number; triangles: number }>>;
  }
}

const UP = new Vector3(0, 1, 0);

window.__profile = async (entry, width, height, variants, frames) => {
  const canvas = document.createElement('canvas');
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  document.body.appendChild(canvas);
  const gl = new WebGLRenderer({ canvas, antialias: false, preserveDrawingBuffer: true });
  const gltf = await new GLTFLoader().setMeshoptDecoder(MeshoptDecoder).loadAsync(entry.url);
  const list = (await gltf.parser.getDependencies('material')) as Material[];
  const materials = materialsByName(gltf.scene, list);
  applyAppearance(entry, gltf.scene, materials, { paint: { hex: '#c1121f', finish: 'metallic' }, wheels: entry.wheels.default, interior: { code: entry.interiors.default, hex: '#777777' } });
  const scene = new Scene();
  scene.background = new Color('#eceef1');
  scene.add(gltf.scene);
  const env = studioEnvironment(gl);
  const camera = new PerspectiveCamera(entry.cameras.exterior.fov, width / height, 0.01, 100);
  camera.position.set(...entry.cameras.exterior.position);
  camera.lookAt(...entry.cameras.exterior.target);
  const original = new Map<Mesh, Material | Material[]>();
  gltf.scene.traverse((o: Object3D) => {
    if ((o as Partial<Mesh>).isMesh) original.set(o as Mesh, (o as Mesh).material);
  });
  const basic = new MeshBasicMaterial({ color: '#888888' });
  const pixel = new Uint8Array(4);
  const out: Record<string, { ms: number; draws: number; triangles: number }> = {};
  for (const v of variants) {
    gl.setPixelRatio(v.dpr);
    gl.setSize(width, height, false);
    scene.environment = v.noEnv ? null : env.texture;
    for (const [mesh, m] of original) {
      mesh.material = v.basic ? basic : m;
      const name = mesh.name || mesh.parent?.name || '';
      const isInterior = (Array.isArray(m) ? m : [m]).some((x) => x.name.startsWith('interior')) || name.startsWith('interior');
      const names = (Array.isArray(m) ? m : [m]).map((x) => x.name);
      mesh.userData.hide = (v.noInterior && isInterior) || (v.onlyPaint && !names.some((x) => entry.materials.paint.includes(x))) || (v.without ?? []).some((w) => names.some((x) => x.startsWith(w)));
    }
    const hidden: Object3D[] = [];
    gltf.scene.traverse((o) => {
      if (o.userData.hide && o.visible) {
        o.visible = false;
        hidden.push(o);
      }
    });
    gl.render(scene, camera);
    const ctx = gl.getContext();
    ctx.readPixels(0, 0, 1, 1, ctx.RGBA, ctx.UNSIGNED_BYTE, pixel);
    const times: number[] = [];
    for (let i = 0; i < frames; i++) {
      camera.position.applyAxisAngle(UP, 0.02);
      camera.lookAt(...entry.cameras.exterior.target);
      const t = performance.now();
      gl.render(scene, camera);
      ctx.readPixels(0, 0, 1, 1, ctx.RGBA, ctx.UNSIGNED_BYTE, pixel);
      times.push(performance.now() - t);
    }
    for (const o of hidden) o.visible = true;
    times.sort((a, b) => a - b);
    out[v.name] = { ms: Math.round(times[Math.floor(times.length / 2)] ?? 0), draws: gl.info.render.calls, triangles: gl.info.render.triangles };
  }
  return out;
};
