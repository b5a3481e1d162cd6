/** A canvas of the page or an OffscreenCanvas in a worker: both can make a WebGL context. */
type WebGLCanvas = {
  getContext(contextId: 'webgl2', options?: WebGLContextAttributes): WebGL2RenderingContext | null;
  getContext(contextId: 'webgl', options?: WebGLContextAttributes): WebGLRenderingContext | null;
};

/**
 * The name of the WebGL renderer of a context made on `canvas` with `options`, or null when the
 * browser gives none. The probe context is given back at once: browsers cap live contexts.
 */
export function rendererName(canvas: WebGLCanvas, options: WebGLContextAttributes = {}): string | null {
  try {
    const gl = canvas.getContext('webgl2', options) ?? canvas.getContext('webgl', options);
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return name;
  } catch {
    return null;
  }
}

/** The renderer's name when the browser gives a context without a major performance caveat, else null. */
export const hardwareRendererName = (canvas: WebGLCanvas): string | null => rendererName(canvas, { failIfMajorPerformanceCaveat: true });
