'use client';

import { OrbitControls } from '@react-three/drei';
import { Canvas, useFrame } from '@react-three/fiber';
import { useRef, useState } from 'react';

function FirstFrame({ onDrawn }: { onDrawn: () => void }) {
  const done = useRef(false);
  useFrame(() => {
    if (done.current) return;
    done.current = true;
    requestAnimationFrame(onDrawn);
  });
  return null;
}

/** Same canvas settings as the car viewer (demand frameloop, DPR 1-2, antialias), one lit box. */
export default function BaselineBoxScene() {
  const [ready, setReady] = useState(false);
  return (
    <div data-testid="bench-box" data-ready={ready ? 'true' : 'false'} style={{ position: 'absolute', inset: 0 }}>
      <Canvas frameloop="demand" dpr={[1, 2]} gl={{ antialias: true }} camera={{ position: [2.5, 1.6, 2.5], fov: 40 }} style={{ touchAction: 'none' }}>
        <color attach="background" args={['#eceef1']} />
        <ambientLight intensity={0.4} />
        <directionalLight position={[3, 5, 2]} intensity={2} />
        <mesh>
          <boxGeometry />
          <meshStandardMaterial color="#c1121f" />
        </mesh>
        <OrbitControls makeDefault enablePan={false} enableDamping />
        <FirstFrame onDrawn={() => setReady(true)} />
      </Canvas>
    </div>
  );
}
