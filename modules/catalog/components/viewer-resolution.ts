// How many pixels the 3D view draws. Pure, so the policy is tested without a GPU.

/** While moving, the resolution is lowered until a frame takes about this long (≥ 8 frames/s). */
export const MOVING_FRAME_BUDGET_MS = 110;
export const MIN_MOVING_DPR = 0.4;

/**
 * At rest the frame is drawn at 1.5× the screen's density (capped at 2), which smooths edges
 * without MSAA (on software GL, MSAA multiplies the fill cost). A renderer that draws on the CPU
 * pays for every pixel (the shading, mostly its environment lookups: scripts/models/profile):
 * there the rest frame is drawn at the screen's density, at most 1.
 */
export function restDpr(screen: number, lowPower: boolean): number {
  return lowPower ? Math.min(1, screen) : Math.min(2, screen * 1.5);
}

export type MovingResolution = { dpr: number; overBudget: number };

/**
 * The moving resolution after a frame that took `frameMs` (time since the previous moving
 * frame). Two frames in a row over budget lower it (pixels scale with the square of the ratio;
 * a single long gap may be a pause of the hand); a frame well under budget raises it back, never
 * above half the rest resolution. Changes under 10 % are ignored (each one resizes the canvas).
 */
export function nextMovingDpr(current: MovingResolution, frameMs: number, rest: number): MovingResolution {
  const overBudget = frameMs > MOVING_FRAME_BUDGET_MS * 1.2 ? current.overBudget + 1 : 0;
  if (overBudget < 2 && frameMs >= MOVING_FRAME_BUDGET_MS * 0.5) return { dpr: current.dpr, overBudget };
  const next = Math.min(rest / 2, Math.max(MIN_MOVING_DPR, current.dpr * Math.sqrt(MOVING_FRAME_BUDGET_MS / Math.max(frameMs, 1))));
  if (Math.abs(next - current.dpr) / current.dpr <= 0.1) return { dpr: current.dpr, overBudget };
  return { dpr: next, overBudget: 0 };
}

/**
 * The resolution of the frame that first shows a swap (paint, wheels, trim). On a CPU renderer one
 * frame at the rest resolution takes a few hundred milliseconds (SwiftShader filling every pixel),
 * so the swap is first drawn at the moving resolution (a quarter of the pixels or fewer) and the
 * sharp frame follows at once. On a GPU the rest frame is cheap: null, drawn sharp. While the car
 * moves the camera rig owns the resolution: null too.
 */
export function swapFrameDpr(lowPower: boolean, moving: number, rest: number, inMotion: boolean): number | null {
  if (!lowPower || inMotion || moving >= rest) return null;
  return moving;
}
