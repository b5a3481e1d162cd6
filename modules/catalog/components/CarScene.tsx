'use client';

import { OrbitControls } from '@react-three/drei';
import { Canvas, useFrame, useLoader, useThree } from '@react-three/fiber';
import { Suspense, use, useCallback, useEffect, useLayoutEffect, useRef, useState, type ComponentRef, type ReactNode, type RefObject } from 'react';
import { BoxGeometry, Mesh, PerspectiveCamera, Scene, Spherical, Vector3, WebGLRenderTarget, type Material } from 'three';
import { GLTFLoader, type GLTF } from 'three/addons/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/addons/libs/meshopt_decoder.module.js';
import type { CameraPreset, CameraView, ModelEntry } from '@/modules/catalog/model-manifest';
import { applyAppearance, installFlake, materialsByName, type Appearance } from './car-appearance';
import { GroundShadow } from './GroundShadow';
import { flakeEnabled } from './paint-flake';
import { studioEnvironment } from './studio-environment';
import { nextMovingDpr, restDpr as restDprFor, swapFrameDpr, type MovingResolution } from './viewer-resolution';
import { isSoftwareRenderer } from './webgl-support';

export type CarSceneProps = {
  model: string;
  entry: ModelEntry;
  appearance: Appearance;
  view: CameraView;
  /** Called after a frame showing this exact state was drawn. */
  onRendered: (signature: string) => void;
  onProgress: (percent: number) => void;
  /** Accessible name of the focusable canvas and the id of its keyboard instructions. */
  canvasLabel?: string;
  instructionsId?: string;
  /** A fixed resolution (the still renderer's), instead of the adaptive one. */
  fixedDpr?: number;
};

/** One arrow-key press turns the car by this angle (radians): 24 presses go round. */
export const KEY_ROTATE_STEP = Math.PI / 12;

export const stateSignature = (model: string, a: Appearance, view: CameraView) =>
  [model, a.paint.hex.toLowerCase(), a.paint.finish, a.wheels, a.interior.code, view].join('|');

const BACKGROUND = '#eceef1';

/** Resolution at rest on this screen and renderer (viewer-resolution.ts); it adapts while the car moves (CameraRig). */
export function restDpr(lowPower = false): number {
  return restDprFor(typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1, lowPower);
}

/** Orbit inertia decays with this time constant (seconds), whatever the frame rate. */
const DAMPING_TAU = 0.08;
/**
 * Rendering stops this long after the pointer is released (what is left of the motion is applied
 * at once). With a GPU the car glides on (about 1 % of the motion is left after 350 ms); on a CPU
 * renderer, where one sharp frame takes a few hundred milliseconds, it stops after about one
 * more moving frame, so the sharp frame comes within 1 s of the release.
 */
const settleMs = (lowPower: boolean) => (lowPower ? 120 : 350);

/**
 * What the camera rig and the model share about resolution: the moving resolution learnt on this
 * device, whether the car is moving (the rig then owns the resolution), and how to change it.
 */
type Resolution = {
  rest: number;
  lowPower: boolean;
  adaptive: boolean;
  movingRef: RefObject<MovingResolution>;
  inMotionRef: RefObject<boolean>;
  /** Call inside a frame (useFrame), so the resized canvas is drawn before the page shows it. */
  setDpr: (dpr: number) => void;
};

export function CarScene({ model, entry, appearance, view, onRendered, onProgress, canvasLabel, instructionsId, fixedDpr }: CarSceneProps) {
  const preset = entry.cameras[view];
  // Read once: the probe context is created before the canvas's own.
  const [lowPower] = useState(isSoftwareRenderer);
  const rest = fixedDpr ?? restDpr(lowPower);
  // The canvas's dpr prop follows what the frames set: r3f resets the resolution to the prop on
  // every render of the canvas, which would resize (and so clear) it outside a frame.
  const [dpr, setCanvasDpr] = useState(rest);
  const moving = useRef<MovingResolution>({ dpr: rest / 2, overBudget: 0 });
  const inMotion = useRef(false);
  const adaptive = fixedDpr === undefined;
  return (
    <Canvas
      frameloop="demand"
      dpr={adaptive ? dpr : rest}
      gl={{ preserveDrawingBuffer: true, antialias: false }}
      camera={{ position: preset.position, fov: preset.fov, near: 0.01, far: 100 }}
      style={{ position: 'absolute', inset: 0, touchAction: 'none' }}
    >
      <color attach="background" args={[BACKGROUND]} />
      <StudioEnvironment />
      <ResolutionScope rest={rest} lowPower={lowPower} adaptive={adaptive} movingRef={moving} inMotionRef={inMotion} onDpr={setCanvasDpr}>
        {(resolution) => (
          <>
            <CameraRig preset={preset} canvasLabel={canvasLabel} instructionsId={instructionsId} resolution={resolution} settle={settleMs(lowPower)} />
            <Suspense fallback={null}>
              <CarModel model={model} entry={entry} appearance={appearance} view={view} onRendered={onRendered} onProgress={onProgress} resolution={resolution} />
            </Suspense>
          </>
        )}
      </ResolutionScope>
    </Canvas>
  );
}

/** Gives the rig and the model one way to change the resolution: the store's, mirrored in the canvas's prop. */
function ResolutionScope({ onDpr, children, ...rest }: Omit<Resolution, 'setDpr'> & { onDpr: (dpr: number) => void; children: (r: Resolution) => ReactNode }) {
  const storeSetDpr = useThree((s) => s.setDpr);
  const setDpr = useCallback(
    (dpr: number) => {
      storeSetDpr(dpr);
      onDpr(dpr);
    },
    [storeSetDpr, onDpr],
  );
  return <>{children({ ...rest, setDpr })}</>;
}

/** The studio's prefiltered environment, computed once per canvas (studio-environment.ts). */
function StudioEnvironment() {
  // The store's getter, not the scene itself: the scene is r3f's object, set here imperatively.
  const get = useThree((st) => st.get);
  useLayoutEffect(() => {
    const { gl, scene, invalidate } = get();
    const env = studioEnvironment(gl);
    scene.environment = env.texture;
    invalidate();
    return () => {
      scene.environment = null;
      env.release();
    };
  }, [get]);
  return null;
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

function CarModel({ model, entry, appearance, view, onRendered, onProgress, resolution }: Omit<CarSceneProps, 'fixedDpr'> & { resolution: Resolution }) {
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
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const scene = useThree((s) => s.scene);
  const signature = stateSignature(model, appearance, view);
  const pending = useRef<string | null>(null);
  // The first frame of the car is drawn sharp (it replaces the still); later swaps may be drawn
  // at a lower resolution first (swapFrameDpr), then refined on the next frame.
  const drawnOnce = useRef(false);
  const refine = useRef<'no' | 'scheduled' | 'now'>('no');

  // Once per file: glass drawn in one pass (three draws double-sided transparent surfaces twice
  // by default), and everything a swap can show made ready now, so a swap only changes uniforms
  // or visibility: every material's shader compiled (the file's unused ones on a box), and every
  // wheel design drawn once into a 1-pixel target, which uploads its geometry. On a GPU the paint
  // gets its metallic flake first (paint-flake.ts), so the compiled shader is the one with it.
  const flake = flakeEnabled(resolution.lowPower);
  useLayoutEffect(() => {
    if (flake) installFlake(entry, gltf.scene, materials);
    for (const name of entry.materials.glass) {
      const glass = materials.get(name);
      if (glass) glass.forceSinglePass = true;
    }
    const warm = new Scene();
    const box = new BoxGeometry();
    for (const m of new Set(materials.values())) warm.add(new Mesh(box, m));
    gl.compile(warm, camera, scene);
    const rims = Object.values(entry.wheels.designs).flatMap((d) => d.nodes.map((n) => gltf.scene.getObjectByName(n)));
    const shown = rims.map((node) => node?.visible ?? false);
    for (const node of rims) if (node) node.visible = true;
    gl.compile(scene, camera);
    const pixel = new WebGLRenderTarget(1, 1);
    const before = gl.getRenderTarget();
    gl.setRenderTarget(pixel);
    gl.render(scene, camera);
    gl.setRenderTarget(before);
    pixel.dispose();
    rims.forEach((node, i) => node && (node.visible = shown[i] ?? false));
    box.dispose();
  }, [entry, gltf, materials, gl, camera, scene, flake]);

  useLayoutEffect(() => {
    applyAppearance(entry, gltf.scene, materials, appearance);
    pending.current = signature;
    invalidate();
  }, [entry, gltf, materials, appearance, signature, invalidate]);

  // useFrame runs just before the frame is drawn; the next animation frame comes after it. The
  // resolution changes here, in the frame that is drawn with it: a canvas resized elsewhere is
  // cleared and would show empty until the next frame.
  useFrame(() => {
    const { adaptive, lowPower, movingRef, inMotionRef, rest, setDpr } = resolution;
    const drawn = pending.current;
    if (drawn === null) {
      if (refine.current !== 'now') return;
      refine.current = 'no';
      if (!inMotionRef.current) setDpr(rest);
      return;
    }
    pending.current = null;
    const lower = adaptive && drawnOnce.current ? swapFrameDpr(lowPower, movingRef.current.dpr, rest, inMotionRef.current) : null;
    drawnOnce.current = true;
    if (lower !== null) {
      setDpr(lower);
      refine.current = 'scheduled';
    }
    requestAnimationFrame(() => {
      onRendered(drawn);
      // The sharp frame comes after the page has said the swap is on screen.
      if (refine.current !== 'scheduled') return;
      refine.current = 'now';
      invalidate();
    });
  });

  return (
    <>
      <primitive object={gltf.scene} />
      <GroundShadow model={gltf.scene} />
    </>
  );
}

/** Orbit with limited zoom; moving to another preset glides there instead of jumping. */
function CameraRig({ preset, canvasLabel, instructionsId, resolution, settle }: { preset: CameraPreset; canvasLabel?: string; instructionsId?: string; resolution: Resolution; settle: number }) {
  const { rest, adaptive, setDpr, movingRef, inMotionRef } = resolution;
  const controls = useRef<ComponentRef<typeof OrbitControls>>(null);
  const invalidate = useThree((s) => s.invalidate);
  const canvas = useThree((s) => s.gl.domElement);

  // The canvas takes the keyboard focus (with a visible ring, globals.css) and turns the car with
  // the arrow keys; its name and instructions are for screen readers.
  useEffect(() => {
    canvas.setAttribute('tabindex', '0');
    canvas.setAttribute('role', 'img');
    if (canvasLabel) canvas.setAttribute('aria-label', canvasLabel);
    if (instructionsId) canvas.setAttribute('aria-describedby', instructionsId);
    canvas.setAttribute('data-keyboard-orbit', 'true');
    const onKey = (event: KeyboardEvent) => {
      const c = controls.current;
      if (!c) return;
      const turns: Record<string, [number, number]> = { ArrowLeft: [KEY_ROTATE_STEP, 0], ArrowRight: [-KEY_ROTATE_STEP, 0], ArrowUp: [0, KEY_ROTATE_STEP / 2], ArrowDown: [0, -KEY_ROTATE_STEP / 2] };
      const turn = turns[event.key];
      if (!turn) return;
      event.preventDefault();
      // Round the target, as a drag would: azimuth freely, polar angle within the preset's limits.
      const offset = c.object.position.clone().sub(c.target);
      const sphere = new Spherical().setFromVector3(offset);
      sphere.theta += turn[0];
      sphere.phi = Math.min(Math.max(sphere.phi - turn[1], Math.max(c.minPolarAngle, 0.01)), Math.min(c.maxPolarAngle, Math.PI - 0.01));
      c.object.position.copy(c.target).add(offset.setFromSpherical(sphere));
      c.update();
      invalidate();
    };
    canvas.addEventListener('keydown', onKey);
    return () => canvas.removeEventListener('keydown', onKey);
  }, [canvas, canvasLabel, instructionsId, invalidate]);

  const goal = useRef<{ preset: CameraPreset; position: Vector3; target: Vector3; t: number } | null>(null);
  const placed = useRef(false);
  const releasedAt = useRef<number | null>(null);
  // The next frame is drawn at the rest resolution (the motion has settled).
  const sharpen = useRef(false);
  // When the last moving frame was drawn (the moving resolution learnt on this device is `movingRef`, kept between drags).
  const dragging = useRef(false);
  const lastMovingFrame = useRef<number | null>(null);

  // Lower resolution while the user drags; full resolution once the motion has settled.
  useEffect(() => {
    const c = controls.current;
    if (!c || !adaptive) return;
    const start = () => {
      dragging.current = true;
      inMotionRef.current = true;
      releasedAt.current = null;
      lastMovingFrame.current = null;
      // The resolution drops in the next frame (useFrame below), not here: resized now, the
      // canvas would show empty until then.
      invalidate();
    };
    const end = () => {
      dragging.current = false;
      releasedAt.current = performance.now();
      invalidate();
    };
    c.addEventListener('start', start);
    c.addEventListener('end', end);
    return () => {
      c.removeEventListener('start', start);
      c.removeEventListener('end', end);
    };
  }, [invalidate, adaptive, inMotionRef]);

  useEffect(() => {
    // The first preset is taken at once; later ones glide.
    goal.current = { preset, position: new Vector3(...preset.position), target: new Vector3(...preset.target), t: placed.current ? 0 : 1 };
    placed.current = true;
    invalidate();
  }, [preset, invalidate]);

  // The camera is read from the frame's state: r3f owns it and expects it to be moved imperatively here.
  useFrame(({ camera }, delta) => {
    const c = controls.current;
    if (!c) return;
    // OrbitControls damps by a fixed share per frame: at 2 frames/s that glides on for ~20 s.
    // A share from the elapsed time makes it settle in the same wall-clock time at any rate.
    c.dampingFactor = 1 - Math.exp(-Math.min(delta, 1) / DAMPING_TAU);
    const released = releasedAt.current;
    const t = performance.now();
    if (sharpen.current) {
      sharpen.current = false;
      // setDpr resizes the canvas at once: this frame, drawn after this callback, is the sharp one.
      if (!dragging.current) setDpr(rest);
    }
    if (released !== null && t - released > settle) {
      releasedAt.current = null;
      lastMovingFrame.current = null;
      // Apply what is left of the motion at once. Moving the camera inside a frame asks for one
      // more frame (the controls' change event): this one shows where the car came to rest at the
      // moving resolution (cheap), the next one at the rest resolution. Sharpening this one
      // instead drew the full-resolution frame twice, a few hundred milliseconds each on a CPU.
      c.enableDamping = false;
      c.update();
      c.enableDamping = true;
      sharpen.current = true;
      invalidate();
    } else if (released !== null) {
      invalidate();
    }
    // Adaptive resolution while moving (viewer-resolution.ts), from the time between moving frames.
    const moved = dragging.current || releasedAt.current !== null;
    inMotionRef.current = moved;
    if (adaptive && dragging.current && lastMovingFrame.current === null) setDpr(movingRef.current.dpr);
    if (adaptive && moved && lastMovingFrame.current !== null) {
      const next = nextMovingDpr(movingRef.current, t - lastMovingFrame.current, rest);
      if (next.dpr !== movingRef.current.dpr) setDpr(next.dpr);
      movingRef.current = next;
    }
    lastMovingFrame.current = moved ? t : null;
    const g = goal.current;
    if (!g) return;
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

  return <OrbitControls ref={controls} makeDefault enablePan={false} enableDamping rotateSpeed={0.7} zoomSpeed={0.6} />;
}
