'use client';

import { useEffect, useMemo } from 'react';
import { Box3, CanvasTexture, SRGBColorSpace, type Object3D } from 'three';

/**
 * Soft shadow under the car: a painted gradient sized to the model's footprint. Drawn once, it
 * costs nothing per frame (a render-to-texture shadow would need extra passes on each change).
 */
export function GroundShadow({ model }: { model: Object3D }) {
  const texture = useMemo(() => {
    const size = 256;
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const g = canvas.getContext('2d');
    if (g) {
      const layers: [radius: number, alpha: number][] = [
        [0.5, 0.42],
        [0.36, 0.38],
        [0.26, 0.3],
      ];
      for (const [radius, alpha] of layers) {
        const grad = g.createRadialGradient(size / 2, size / 2, 0, size / 2, size / 2, size * radius);
        grad.addColorStop(0, `rgba(0,0,0,${alpha})`);
        grad.addColorStop(0.55, `rgba(0,0,0,${alpha * 0.8})`);
        grad.addColorStop(1, 'rgba(0,0,0,0)');
        g.fillStyle = grad;
        g.fillRect(0, 0, size, size);
      }
    }
    const t = new CanvasTexture(canvas);
    t.colorSpace = SRGBColorSpace;
    return t;
  }, []);
  useEffect(() => () => texture.dispose(), [texture]);

  const box = useMemo(() => new Box3().setFromObject(model), [model]);
  const width = box.max.x - box.min.x;
  const length = box.max.z - box.min.z;
  return (
    <mesh rotation-x={-Math.PI / 2} position={[(box.max.x + box.min.x) / 2, 0.003, (box.max.z + box.min.z) / 2]} scale={[width * 1.18, length * 1.08, 1]} renderOrder={-1}>
      <planeGeometry />
      <meshBasicMaterial map={texture} transparent depthWrite={false} toneMapped={false} />
    </mesh>
  );
}
