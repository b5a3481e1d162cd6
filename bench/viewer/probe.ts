// Injected before any page script (addInitScript): counts WebGL draw calls per animation frame
// and timestamps readiness and rendered-state changes, so the bench reads what was drawn and when
// without touching the app's code. Plain JavaScript text: a transpiled function would carry
// helpers (esbuild's __name) that do not exist in the page.
export type ProbeFrame = { t: number; draws: number; indices: number };
export type ProbeState = {
  frames: ProbeFrame[];
  readyAt: number | null;
  pointerAt: number | null;
  rendered: [number, string][];
};

export const PROBE_SCRIPT = `(() => {
  const probe = { frames: [], readyAt: null, pointerAt: null, rendered: [] };
  window.__probe = probe;
  let draws = 0;
  let indices = 0;
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    for (const [name, countArg] of [['drawElements', 1], ['drawArrays', 2], ['drawElementsInstanced', 1], ['drawArraysInstanced', 2]]) {
      const original = proto[name];
      if (typeof original !== 'function') continue;
      proto[name] = function (...args) {
        draws++;
        indices += args[countArg] || 0;
        return original.apply(this, args);
      };
    }
  }
  const tick = () => {
    if (draws > 0) probe.frames.push({ t: performance.now(), draws, indices });
    draws = 0;
    indices = 0;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  document.addEventListener('pointerdown', (e) => { probe.pointerAt = e.timeStamp; }, true);
  const READY = '[data-testid="car-viewer"][data-mode="webgl"][data-ready="true"], [data-testid="bench-box"][data-ready="true"]';
  new MutationObserver((records) => {
    const now = performance.now();
    if (probe.readyAt === null && document.querySelector(READY)) probe.readyAt = now;
    for (const r of records) {
      if (r.attributeName !== 'data-rendered') continue;
      const v = r.target.getAttribute('data-rendered');
      if (v) probe.rendered.push([now, v]);
    }
  }).observe(document, { subtree: true, attributes: true, childList: true, attributeFilter: ['data-ready', 'data-rendered'] });
})();`;
