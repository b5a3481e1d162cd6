'use client';

import dynamic from 'next/dynamic';

const BoxScene = dynamic(() => import('./BaselineBoxScene'), { ssr: false });

/** A canvas of the given CSS size holding one lit box: the viewer bench's reference cost. */
export function BaselineBox({ width, height }: { width: number; height: number }) {
  return (
    <div style={{ position: 'relative', width, height, margin: 16 }}>
      <BoxScene />
    </div>
  );
}
