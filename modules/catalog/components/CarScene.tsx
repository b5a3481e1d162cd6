'use client';

import { Environment, Lightformer, OrbitControls } from '@react-three/drei';
import { Canvas, useFrame, useLoader, useThree } from '@react-three/fiber';
import { Suspense, use, useEffect, useLayoutEffect, useRef, type ComponentRef } from 'react';
import { PerspectiveCamera, Vector3, type Material } from 'three';
import { GLTFLoader, type GLTF } from 'three/addons/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/addons/libs/meshopt_decoder.module.js';
import type { CameraPreset, CameraView, ModelEntry } from '@/modules/catalog/model-manifest';
import { applyAppearance, materialsByName, type Appearance } from './car-appearance';
import { GroundShadow } from './GroundShadow';

export type CarSceneProps = {
  model: string;
  entry: ModelEntry;
  appearance: Appearance;
  view: CameraView;
  /** Called after a frame showing this exact state was drawn. */
  onRendered: (signature: string) => void;
  onProgress: (percent: number) => void;
};

export const stateSignature = (model: string, a: Appearance, view: CameraView) =>
  [model, a.paint.hex.toLowerCase(), a.paint.finish, a.wheels, a.interior.code, view].join('|');

const BACKGROUND = '#eceef1';

export function CarScene({ model, entry, appearance, view, onRendered, onProgress }: CarSceneProps) {
  const preset = entry.cameras[view];
  return (
    <Canvas
      frameloop="demand"
      dpr={[1, 2]}
      gl={{ preserveDrawingBuffer: true, antialias: true }}
      camera={{ position: preset.position, fov: preset.fov, near: 0.01, far: 100 }}
      style={{ position: 'absolute', inset: 0, touchAction: 'none' }}
    >
      <color attach="background" args={[BACKGROUND]} />
      <Studio />
      <CameraRig preset={preset} />
      <Suspense fallback={null}>
        <CarModel model={model} entry={entry} appearance={appearance} view={view} onRendered={onRendered} onProgress={onProgress} />
      </Suspense>
    </Canvas>
  );
}

/** Soft studio: a ceiling softbox and long side strips whose reflections draw the body lines. */
function Studio() {
  return (
    <Environment resolution={256} frames={1}>
      <color attach="background" args={['#50545a']} />
      <Lightformer form="rect" intensity={2.2} position={[0, 6, 0]} rotation-x={Math.PI / 2} scale={[12, 6, 1]} />
      <Lightformer form="rect" intensity={1.6} position={[-7, 1.6, 0]} rotation-y={Math.PI / 2} scale={[16, 0.7, 1]} />
      <Lightformer form="rect" intensity={1.6} position={[7, 1.6, 0]} rotation-y={-Math.PI / 2} scale={[16, 0.7, 1]} />
      <Lightformer form="rect" intensity={1} position={[0, 2.5, 8]} rotation-y={Math.PI} scale={[10, 2, 1]} />
      <Lightformer form="rect" intensity={0.8} position={[0, 2, -8]} scale={[10, 2, 1]} />
      <Lightformer form="ring" intensity={1.5} position={[5, 4, 5]} scale={2.5} target={[0, 0, 0]} />
      <Lightformer form="rect" color="#dfe3e8" intensity={0.5} position={[0, -2, 0]} rotation-x={-Math.PI / 2} scale={[20, 20, 1]} />
    </Environment>
  );
}

const materialCache = new WeakMap<GLTF, Promise<Map<string, Material>>>();
function loadMaterials(gltf: GLTF): Promise<Map<string, Material>> {
  let p = materialCache.get(gltf);
  if (!p) {
    p = gltf.parser.getDependencies('material').then((list: Material[]) => materialsByName(gltf.scene, list));
    materialCache.set(gltf, p);
  }
  return p;
}

function CarModel({ model, entry, appearance, view, onRendered, onProgress }: CarSceneProps) {
  const gltf = useLoader(
    GLTFLoader,
    entry.url,
    (loader) => {
      loader.setMeshoptDecoder(MeshoptDecoder);
    },
    (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(Math.round((100 * e.loaded) / e.total));
    },
  );
  const materials = use(loadMaterials(gltf));
  const invalidate = useThree((s) => s.invalidate);
  const signature = stateSignature(model, appearance, view);
  const pending = useRef<string | null>(null);

  useLayoutEffect(() => {
    applyAppearance(entry, gltf.scene, materials, appearance);
    pending.current = signature;
    invalidate();
  }, [entry, gltf, materials, appearance, signature, invalidate]);

  // useFrame runs just before the frame is drawn; the next animation frame comes after it.
  useFrame(() => {
    const drawn = pending.current;
    if (drawn === null) return;
    pending.current = null;
    requestAnimationFrame(() => onRendered(drawn));
  });

  return (
    <>
      <primitive object={gltf.scene} />
      <GroundShadow model={gltf.scene} />
    </>
  );
}

/** Orbit with limited zoom; moving to another preset glides there instead of jumping. */
function CameraRig({ preset }: { preset: CameraPreset }) {
  const controls = useRef<ComponentRef<typeof OrbitControls>>(null);
  const invalidate = useThree((s) => s.invalidate);
  const goal = useRef<{ preset: CameraPreset; position: Vector3; target: Vector3; t: number } | null>(null);
  const placed = useRef(false);

  useEffect(() => {
    // The first preset is taken at once; later ones glide.
    goal.current = { preset, position: new Vector3(...preset.position), target: new Vector3(...preset.target), t: placed.current ? 0 : 1 };
    placed.current = true;
    invalidate();
  }, [preset, invalidate]);

  // The camera is read from the frame's state: r3f owns it and expects it to be moved imperatively here.
  useFrame(({ camera }, delta) => {
    const g = goal.current;
    const c = controls.current;
    if (!g || !c) return;
    // Limits are lifted while gliding, else the old ones would pull the camera back.
    c.minDistance = 0;
    c.maxDistance = Infinity;
    c.minPolarAngle = 0;
    c.maxPolarAngle = Math.PI;
    g.t = g.t >= 1 ? 1 : Math.min(1, g.t + delta / 0.6);
    const k = g.t >= 1 ? 1 : 1 - (1 - g.t) ** 3;
    camera.position.lerp(g.position, k);
    c.target.lerp(g.target, k);
    if (camera instanceof PerspectiveCamera && camera.fov !== g.preset.fov) {
      camera.fov = g.t >= 1 ? g.preset.fov : camera.fov + (g.preset.fov - camera.fov) * k;
      camera.updateProjectionMatrix();
    }
    if (g.t >= 1) {
      c.minDistance = g.preset.minDistance;
      c.maxDistance = g.preset.maxDistance;
      c.minPolarAngle = g.preset.minPolarAngle;
      c.maxPolarAngle = g.preset.maxPolarAngle;
      goal.current = null;
    }
    c.update();
    invalidate();
  });

  return <OrbitControls ref={controls} makeDefault enablePan={false} enableDamping dampingFactor={0.12} rotateSpeed={0.7} zoomSpeed={0.6} />;
}
