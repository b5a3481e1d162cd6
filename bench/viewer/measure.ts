import type { Browser, Page } from '@playwright/test';
import { percentile } from '../lib';
import { PROBE_SCRIPT, type ProbeState } from './probe';

// The probe script (probe.ts) publishes its state on window.__probe.
declare global {
  interface Window {
    __probe: ProbeState;
  }
}

export type Viewport = { name: string; width: number; height: number; dpr: number };

const probe = (page: Page) => page.evaluate(() => window.__probe);
const now = (page: Page) => page.evaluate(() => performance.now());
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitReady(page: Page, timeoutMs = 120_000): Promise<number> {
  await page.waitForFunction(() => window.__probe.readyAt !== null, null, { timeout: timeoutMs, polling: 100 });
  return (await probe(page)).readyAt ?? Number.NaN;
}

export async function openPage(browser: Browser, vp: Viewport, opts: { start3d: boolean }) {
  const context = await browser.newContext({ viewport: { width: vp.width, height: vp.height }, deviceScaleFactor: vp.dpr, locale: 'fr-FR' });
  await context.addInitScript({ content: PROBE_SCRIPT });
  if (opts.start3d) await context.addInitScript({ content: `try { sessionStorage.setItem('virage:viewer-3d', 'on') } catch {}` });
  const page = await context.newPage();
  let bytes = 0;
  const external: string[] = [];
  page.on('requestfinished', async (r) => {
    const s = await r.sizes().catch(() => null);
    if (s) bytes += s.responseBodySize + s.responseHeadersSize;
  });
  page.on('request', (r) => {
    if (!/^(http:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(r.url())) external.push(r.url());
  });
  return { context, page, bytes: () => bytes, external };
}

/** Navigation start (performance time origin) → first frame of the car (or box) drawn. */
export async function navigationToFrame(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  return waitReady(page);
}

/** Largest contentful paint of the page as the browser reports it. */
export async function lcp(page: Page): Promise<{ ms: number; element: string }> {
  return page.evaluate(
    () =>
      new Promise<{ ms: number; element: string }>((resolve) => {
        new PerformanceObserver((list) => {
          const last: (PerformanceEntry & { element?: Element | null }) | undefined = list.getEntries().at(-1);
          resolve({ ms: last?.startTime ?? Number.NaN, element: last?.element?.tagName.toLowerCase() ?? '' });
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
}

/** Click on "show in 3D" → first car frame. */
export async function clickToFrame(page: Page, url: string, buttonName: RegExp): Promise<number> {
  await page.goto(url);
  const button = page.getByRole('button', { name: buttonName });
  await button.waitFor();
  await button.click();
  const ready = await waitReady(page);
  return ready - ((await probe(page)).pointerAt ?? Number.NaN);
}

export type OrbitResult = { frameMs: number[]; drawsPerFrame: number; indicesPerFrame: number; settleMs: number; idleFrames: number };

/**
 * Drags across the canvas with `moves` pointer moves (each waits until the page took the event,
 * so a slow frame slows the drag as it would a hand), then releases and watches until the
 * canvas stops drawing.
 */
export async function orbit(page: Page, selector: string, moves = 30): Promise<OrbitResult> {
  // On a phone the viewer can sit under the sticky price bar: the drag starts from its middle, in view.
  await page.locator(selector).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} not visible`);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const start = await now(page);
  let x = cx;
  let dir = 1;
  for (let i = 0; i < moves; i++) {
    x += 8 * dir;
    if (Math.abs(x - cx) > box.width * 0.3) dir = -dir;
    await page.mouse.move(x, cy);
  }
  const end = await now(page);
  await page.mouse.up();
  const released = await now(page);
  // Wait until no frame has been drawn for 4 s (frames can be 2 s apart on software GL), or 60 s.
  const deadline = Date.now() + 60_000;
  let lastFrame = released;
  while (Date.now() < deadline) {
    await sleep(500);
    const p = await probe(page);
    lastFrame = p.frames.at(-1)?.t ?? released;
    if ((await now(page)) - lastFrame > 4000) break;
  }
  const idleFrom = await now(page);
  await sleep(2000);
  const p = await probe(page);
  const during = p.frames.filter((f) => f.t > start && f.t <= end);
  const frameMs = during.slice(1).map((f, i) => f.t - (during[i]?.t ?? f.t));
  return {
    frameMs,
    drawsPerFrame: percentile(during.map((f) => f.draws), 50),
    indicesPerFrame: percentile(during.map((f) => f.indices), 50),
    settleMs: Math.max(0, lastFrame - released),
    idleFrames: p.frames.filter((f) => f.t > idleFrom).length,
  };
}

/** Picks a choice in a configurator step → the frame showing it (data-rendered matches). */
export async function swapToFrame(page: Page, stepName: string, choice: RegExp, rendered: RegExp): Promise<number> {
  await page.getByRole('navigation', { name: 'Étapes de la configuration' }).getByRole('button', { name: stepName }).click();
  const before = (await probe(page)).rendered.length;
  await page.getByRole('radio', { name: choice }).click();
  const source = rendered.source;
  await page.waitForFunction(
    ([from, src]) => window.__probe.rendered.slice(from).some(([, v]) => new RegExp(src).test(v)),
    [before, source] as const,
    { timeout: 60_000, polling: 50 },
  );
  const p = await probe(page);
  const hit = p.rendered.slice(before).find(([, v]) => rendered.test(v));
  return (hit?.[0] ?? Number.NaN) - (p.pointerAt ?? Number.NaN);
}

/**
 * Several swaps back and forth between two choices (each measured as swapToFrame): one sample is
 * at the mercy of whatever else the shared machine does at that moment.
 */
export async function swapsToFrame(page: Page, stepName: string, there: [RegExp, RegExp], back: [RegExp, RegExp], samples = 5): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < samples; i++) {
    const [choice, rendered] = i % 2 === 0 ? there : back;
    out.push(await swapToFrame(page, stepName, choice, rendered));
    // Let the swap's own transition (the server's new price) finish before the next one.
    await page.waitForFunction(() => document.querySelector('[data-testid="price-panel"]')?.getAttribute('data-pending') === 'false', null, { timeout: 60_000 });
  }
  return out;
}
