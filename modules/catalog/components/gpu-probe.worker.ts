import { hardwareRendererName } from './webgl-renderer';

// A dedicated worker (gpu-probe.ts): making the probe's WebGL context costs 15 ms here and 60 ms
// on a slow phone, time the page's main thread would otherwise spend while the page starts.
self.postMessage(hardwareRendererName(new OffscreenCanvas(1, 1)));
