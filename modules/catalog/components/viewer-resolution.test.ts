import { expect, test } from 'vitest';
import { MIN_MOVING_DPR, nextMovingDpr, restDpr, swapFrameDpr } from './viewer-resolution';

test('the rest frame is sharper than the screen on a GPU, and at most the screen density on a CPU renderer', () => {
  expect(restDpr(1, false)).toBe(1.5);
  expect(restDpr(3, false)).toBe(2);
  expect(restDpr(1, true)).toBe(1);
  expect(restDpr(3, true)).toBe(1);
});

test('moving frames over budget lower the resolution after two in a row, down to a floor', () => {
  const start = { dpr: 0.5, overBudget: 0 };
  const once = nextMovingDpr(start, 260, 1);
  expect(once).toEqual({ dpr: 0.5, overBudget: 1 });
  const twice = nextMovingDpr(once, 260, 1);
  expect(twice.dpr).toBeCloseTo(Math.max(MIN_MOVING_DPR, 0.5 * Math.sqrt(110 / 260)), 5);
  expect(twice.overBudget).toBe(0);
  let r = start;
  for (let i = 0; i < 20; i++) r = nextMovingDpr(r, 2000, 1);
  expect(r.dpr).toBe(MIN_MOVING_DPR);
});

test('a pause of the hand (one long gap) changes nothing; fast frames raise it back to half the rest resolution', () => {
  expect(nextMovingDpr({ dpr: 0.5, overBudget: 0 }, 3000, 1).dpr).toBe(0.5);
  expect(nextMovingDpr({ dpr: 0.4, overBudget: 0 }, 16, 1).dpr).toBe(0.5);
  // On a GPU (rest 1.5) at 60 frames/s it stays at half the rest resolution.
  expect(nextMovingDpr({ dpr: 0.75, overBudget: 0 }, 16, 1.5).dpr).toBe(0.75);
});

test('a swap is first drawn at the moving resolution on a CPU renderer at rest, sharp everywhere else', () => {
  expect(swapFrameDpr(true, 0.5, 1, false)).toBe(0.5);
  // On a GPU the sharp frame is cheap.
  expect(swapFrameDpr(false, 0.75, 1.5, false)).toBeNull();
  // While the car moves, the camera rig sets the resolution.
  expect(swapFrameDpr(true, 0.5, 1, true)).toBeNull();
  // A fixed resolution (the still renderer's) has no lower one.
  expect(swapFrameDpr(true, 1, 1, false)).toBeNull();
});
