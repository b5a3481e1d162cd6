import { hardwareRendererName } from './webgl-renderer';

const onMainThread = () => hardwareRendererName(document.createElement('canvas'));

/**
 * The WebGL renderer's name (null without a context free of performance caveats), read in a worker
 * on an OffscreenCanvas so that the page's main thread does not pay for the probe context. Where
 * workers cannot (no OffscreenCanvas, or the worker fails to start), it is read here instead.
 */
export function probeRendererName(): Promise<string | null> {
  if (typeof Worker !== 'function' || typeof OffscreenCanvas !== 'function') return Promise.resolve(onMainThread());
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./gpu-probe.worker.ts', import.meta.url));
    } catch {
      resolve(onMainThread());
      return;
    }
    const finish = (name: string | null) => {
      worker.terminate();
      resolve(name);
    };
    worker.onmessage = (event: MessageEvent<unknown>) => finish(typeof event.data === 'string' ? event.data : null);
    worker.onerror = () => finish(onMainThread());
  });
}
