import { describe, expect, it } from 'vitest';
import { latestOnly } from './latest-only';

function recorder() {
  const events: string[] = [];
  return { events, on: { busy: (b: boolean) => events.push(b ? 'busy' : 'idle'), result: (r: string) => events.push(`result ${r}`), failure: (e: unknown) => events.push(`failure ${(e as Error).message}`) } };
}

describe('latestOnly', () => {
  it('is free again after a failed call, and reports the failure', async () => {
    const { events, on } = recorder();
    let fail = true;
    const send = latestOnly(async (wish: string) => {
      if (fail) throw new Error('network down');
      return wish.toUpperCase();
    }, on);
    await send('a');
    expect(events).toEqual(['busy', 'failure network down', 'idle']);
    fail = false;
    await send('b');
    expect(events.slice(3)).toEqual(['busy', 'result B', 'idle']);
  });

  it('sends only the latest of the wishes made while a call runs', async () => {
    const { events, on } = recorder();
    const sent: string[] = [];
    let release: () => void = () => undefined;
    const send = latestOnly(async (wish: string) => {
      sent.push(wish);
      if (wish === 'first') await new Promise<void>((resolve) => (release = resolve));
      return wish;
    }, on);
    const running = send('first');
    void send('second');
    void send('third');
    release();
    await running;
    expect(sent).toEqual(['first', 'third']);
    expect(events).toEqual(['busy', 'result first', 'result third', 'idle']);
  });
});
