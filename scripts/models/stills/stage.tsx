// Browser side of the still renderer: the configurator's own CarScene at the viewer's 16:10 shape,
// driven by the Node side through window.__still(job). Bundled by esbuild in render.ts.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { CarScene } from '@/modules/catalog/components/CarScene';
import type { Appearance } from '@/modules/catalog/components/car-appearance';
import type { CameraView, ModelEntry } from '@/modules/catalog/model-manifest';

export type StillJob = { key: string; model: string; entry: ModelEntry; appearance: Appearance; view: CameraView; camera: string };

declare global {
  interface Window {
    __still?: (job: StillJob) => void;
  }
}

function Stage({ width, height }: { width: number; height: number }) {
  const [job, setJob] = useState<StillJob | null>(null);
  const [rendered, setRendered] = useState('');
  useEffect(() => {
    window.__still = (next) => {
      // Cleared first: a new camera remounts the canvas, and its first frame has the same state signature.
      setRendered('');
      setJob(next);
    };
  }, []);
  return (
    <div data-testid="still-stage" data-rendered={rendered} style={{ position: 'relative', width, height }}>
      {job ? (
        // One canvas per model and camera: paint and wheel changes reuse it, as in the configurator.
        <CarScene key={`${job.model}|${job.camera}`} model={job.model} entry={job.entry} appearance={job.appearance} view={job.view} onRendered={setRendered} onProgress={() => undefined} fixedDpr={window.devicePixelRatio} />
      ) : null}
    </div>
  );
}

const params = new URLSearchParams(window.location.search);
const root = document.getElementById('root');
if (root) createRoot(root).render(<Stage width={Number(params.get('w') ?? 720)} height={Number(params.get('h') ?? 450)} />);
