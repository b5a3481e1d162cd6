import { describe, expect, it } from 'vitest';

describe('zod-jitless', () => {
  it('turns off zod’s compiled parsers through zod’s own configuration, whichever loads first', async () => {
    const { config } = await import('zod/v4/core');
    expect(config().jitless).not.toBe(true);
    await import('./zod-jitless');
    expect(config().jitless).toBe(true);
    // And a parse still works without the eval probe.
    const { z } = await import('zod');
    expect(z.object({ a: z.number() }).parse({ a: 1 })).toEqual({ a: 1 });
  });
});
