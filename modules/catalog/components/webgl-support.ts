import { rendererName } from './webgl-renderer';

/** True when the browser can create a WebGL context (the 3D viewer needs one). */
export function hasWebGL(): boolean {
  return typeof document !== 'undefined' && rendererName(document.createElement('canvas')) !== null;
}

/** Renderers that draw on the CPU (Chromium's SwiftShader, Mesa's llvmpipe, Windows' basic driver). */
export const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

let software: boolean | null = null;

/**
 * True when WebGL is drawn on the CPU: every pixel then costs, and the viewer draws fewer of
 * them. Read once per page from a probe context, given back at once.
 */
export function isSoftwareRenderer(): boolean {
  if (software !== null) return software;
  software = false;
  if (typeof document === 'undefined') return software;
  const name = rendererName(document.createElement('canvas'));
  software = name !== null && SOFTWARE_RENDERER.test(name);
  return software;
}
