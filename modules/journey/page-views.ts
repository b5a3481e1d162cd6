import { z } from 'zod';
import { parseMeasurementChoice, MEASUREMENT_COOKIE } from './consent';
import type { Touchpoint } from './events';
import { PAGE_VIEW_STEPS } from './page-view-paths';

/**
 * First-party page views: the configurator, availability and financing pages tell the server, by
 * `navigator.sendBeacon`, that a consenting visitor looked at them (a measurement step, never
 * essential). No third party: the beacon goes to our own /api/journey/page-view. Which paths are
 * page views: page-view-paths.ts (zod-free, for the beacon).
 */
export { PAGE_VIEW_STEPS, pageViewOf } from './page-view-paths';

export const ZPageView = z.strictObject({
  step: z.enum(PAGE_VIEW_STEPS),
  model: z.string().regex(/^[a-z0-9-]{1,40}$/).nullable().default(null),
});
export type TPageView = z.input<typeof ZPageView>;

/** The measurement choice in a request's Cookie header. */
export function measurementOfCookieHeader(header: string | null): ReturnType<typeof parseMeasurementChoice> {
  const value = header?.split(/;\s*/).find((c) => c.startsWith(`${MEASUREMENT_COOKIE}=`))?.slice(MEASUREMENT_COOKIE.length + 1);
  return parseMeasurementChoice(value);
}

/** What to record for a page view: only with measurement granted; the visitor's id when signed in (guests included). */
export function pageViewTouch(view: z.output<typeof ZPageView>, granted: boolean, userId: string | null): Touchpoint | null {
  if (!granted) return null;
  return { channel: 'web', step: view.step, modelCode: view.model, userId };
}
